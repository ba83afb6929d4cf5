import type { SelectQueryBuilder } from 'kysely';
import { clickIdNames } from '../core/clicks/query-facts.js';
import { CONSENT_OUTCOMES, type ConsentOutcome } from '../core/consent/consent-decision.js';
import { idFloor } from '../core/ids.js';
import { DEVICE_TYPES, type DeviceType } from '../core/link.js';
import { consentOf, decodePixels } from './click-store.js';
import type { Database } from './database.js';
import type { ClicksTable, Schema } from './schema.js';

/** Which clicks a CSV export or an events page covers: one workspace, [from, to), and exact matches. */
export interface ClickFilter {
  workspaceId: string;
  linkId?: string;
  from: number;
  to: number;
  bots: 'include' | 'exclude' | 'only';
  country?: string;
  device?: DeviceType;
  consent?: ConsentOutcome;
  referrerHost?: string;
  utmSource?: string;
  utmMedium?: string;
  utmCampaign?: string;
  utmTerm?: string;
  utmContent?: string;
}

/** One click, codes spelled out (the CSV's columns; no IP, no visitor value). */
export interface ExportRow {
  id: string;
  link_id: string;
  /** The link's slug; null once the link is deleted. */
  slug: string | null;
  /** The link's domain (`''` = the default domain); null once the link is deleted. */
  domain: string | null;
  at: number;
  country: string | null;
  device: DeviceType;
  os: string | null;
  browser: string | null;
  referrer_host: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  /** Names of the ad click ids present. */
  click_ids: ReturnType<typeof clickIdNames>;
  bot: boolean;
  consent: ConsentOutcome;
  /** Ids of the pixels that fired. */
  pixels_fired: string[];
  /** Ids of the pixels whose hit left the browser; null until the beacon arrived. */
  pixels_confirmed: string[] | null;
}

const COLUMNS = [
  'id', 'link_id', 'at', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source', 'utm_medium', 'utm_campaign',
  'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels', 'pixels_confirmed',
] as const;
type Row = Pick<ClicksTable, (typeof COLUMNS)[number]>;

const EXACT = [
  ['linkId', 'link_id'], ['country', 'country'], ['referrerHost', 'referrer_host'], ['utmSource', 'utm_source'], ['utmMedium', 'utm_medium'],
  ['utmCampaign', 'utm_campaign'], ['utmTerm', 'utm_term'], ['utmContent', 'utm_content'],
] as const;

/**
 * The clicks of `filter` as a query on the clicks' key (workspace, id): ids start with their
 * time, so [from, to) is a range of that key, and every other condition filters rows inside it
 * (no index serves them: a rare value in a long range reads the range).
 */
export function clickQuery(database: Database, filter: ClickFilter): SelectQueryBuilder<Schema, 'clicks', Row> {
  let q = database.db
    .selectFrom('clicks')
    .select([...COLUMNS])
    .where('workspace_id', '=', filter.workspaceId)
    .where('id', '>=', idFloor('click', filter.from))
    .where('id', '<', idFloor('click', filter.to + 1))
    .where('at', '>=', filter.from)
    .where('at', '<', filter.to);
  for (const [field, column] of EXACT) {
    const value = filter[field];
    if (value !== undefined) q = q.where(column, '=', value);
  }
  if (filter.device !== undefined) q = q.where('device', '=', DEVICE_TYPES.indexOf(filter.device));
  if (filter.consent !== undefined) q = q.where('consent', '=', CONSENT_OUTCOMES.indexOf(filter.consent));
  if (filter.bots === 'exclude') q = q.where('bot', '=', 0);
  if (filter.bots === 'only') q = q.where('bot', '=', 1);
  return q;
}

/** Stored rows → export rows, with each link's slug and domain (one query per batch, cached in `links`). */
export async function spellOut(database: Database, rows: Row[], links: Map<string, { slug: string; domain: string } | null>): Promise<ExportRow[]> {
  const unknown = [...new Set(rows.map((r) => r.link_id))].filter((id) => !links.has(id));
  if (unknown.length > 0) {
    const found = await database.db.selectFrom('links').select(['id', 'slug', 'domain']).where('id', 'in', unknown).execute();
    for (const id of unknown) links.set(id, null);
    for (const l of found) links.set(l.id, { slug: l.slug, domain: l.domain });
  }
  return rows.map((r) => {
    const link = links.get(r.link_id) ?? null;
    return {
      id: r.id,
      link_id: r.link_id,
      slug: link?.slug ?? null,
      domain: link?.domain ?? null,
      at: Number(r.at),
      country: r.country,
      device: DEVICE_TYPES[r.device] ?? 'other',
      os: r.os,
      browser: r.browser,
      referrer_host: r.referrer_host,
      utm_source: r.utm_source,
      utm_medium: r.utm_medium,
      utm_campaign: r.utm_campaign,
      utm_term: r.utm_term,
      utm_content: r.utm_content,
      click_ids: clickIdNames(r.click_ids),
      bot: r.bot === 1,
      consent: consentOf(r.consent),
      pixels_fired: decodePixels(r.pixels).filter((p) => p.outcome === 'fire').map((p) => p.id),
      pixels_confirmed: r.pixels_confirmed === null ? null : r.pixels_confirmed.split(',').filter((id) => id !== ''),
    };
  });
}

const PAGE = 2000;

/**
 * Clicks in time order, read in keyset pages of 2,000 along the clicks' key, so an export of
 * millions of rows holds one page in memory at a time.
 */
export async function* exportClicks(database: Database, filter: ClickFilter): AsyncGenerator<ExportRow[]> {
  const links = new Map<string, { slug: string; domain: string } | null>();
  let after: string | null = null;
  for (;;) {
    let q = clickQuery(database, filter).orderBy('id').limit(PAGE);
    if (after !== null) q = q.where('id', '>', after);
    const rows = await q.execute();
    if (rows.length === 0) return;
    yield await spellOut(database, rows, links);
    if (rows.length < PAGE) return;
    after = (rows[rows.length - 1] as Row).id;
  }
}

/** One page of clicks, newest first, after the click id `page.after` (the previous page's last). */
export async function listClicks(database: Database, filter: ClickFilter, page: { limit: number; after: string | null }): Promise<{ items: ExportRow[]; nextCursor: string | null }> {
  let q = clickQuery(database, filter).orderBy('id', 'desc').limit(page.limit + 1);
  if (page.after !== null) q = q.where('id', '<', page.after);
  const rows = await q.execute();
  const items = await spellOut(database, rows.slice(0, page.limit), new Map());
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? last.id : null };
}
