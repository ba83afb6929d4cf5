import { clickIdNames } from '../core/clicks/query-facts.js';
import { idFloor } from '../core/ids.js';
import { DEVICE_TYPES } from '../core/link.js';
import { consentOf, decodePixels } from './click-store.js';
import type { Database } from './database.js';

export interface ClickExportFilter {
  workspaceId: string;
  linkId?: string;
  from: number;
  to: number;
  bots: 'include' | 'exclude' | 'only';
}

/** One exported click, codes spelled out (the CSV's columns; no IP, no visitor value). */
export interface ExportRow {
  id: string;
  link_id: string;
  /** The link's domain (`''` = the default domain). */
  domain: string;
  at: number;
  country: string | null;
  device: string;
  os: string | null;
  browser: string | null;
  referrer_host: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  /** Names of the ad click ids present, comma-separated. */
  click_ids: string;
  bot: number;
  consent: string;
  /** Ids of the pixels that fired, comma-separated. */
  pixels_fired: string;
  pixels_confirmed: string | null;
}

const PAGE = 2000;

/**
 * Clicks in time order, read in keyset pages of 2,000 along the clicks' key (workspace, id: ids
 * sort by time), so an export of millions of rows holds one page in memory at a time.
 */
export async function* exportClicks(database: Database, filter: ClickExportFilter): AsyncGenerator<ExportRow[]> {
  // Ids start with their time: every click of [from, to) has an id in [lowest id at from, lowest id at to).
  let after = idFloor('click', filter.from);
  const before = idFloor('click', filter.to);
  const domains = new Map<string, string>();
  for (;;) {
    let q = database.db
      .selectFrom('clicks')
      .select([
        'id', 'link_id', 'at', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source', 'utm_medium', 'utm_campaign',
        'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels', 'pixels_confirmed',
      ])
      .where('workspace_id', '=', filter.workspaceId)
      .where('id', '>', after)
      .where('id', '<', before)
      .orderBy('id')
      .limit(PAGE);
    if (filter.linkId) q = q.where('link_id', '=', filter.linkId);
    if (filter.bots === 'exclude') q = q.where('bot', '=', 0);
    if (filter.bots === 'only') q = q.where('bot', '=', 1);
    const rows = await q.execute();
    if (rows.length === 0) return;
    const unknown = [...new Set(rows.map((r) => r.link_id))].filter((id) => !domains.has(id));
    if (unknown.length > 0) {
      for (const l of await database.db.selectFrom('links').select(['id', 'domain']).where('id', 'in', unknown).execute()) domains.set(l.id, l.domain);
    }
    yield rows
      .filter((r) => r.at >= filter.from && r.at < filter.to)
      .map((r) => ({
        id: r.id,
        link_id: r.link_id,
        domain: domains.get(r.link_id) ?? '',
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
        click_ids: clickIdNames(r.click_ids).join(','),
        bot: r.bot,
        consent: consentOf(r.consent),
        pixels_fired: decodePixels(r.pixels)
          .filter((p) => p.outcome === 'fire')
          .map((p) => p.id)
          .join(','),
        pixels_confirmed: r.pixels_confirmed,
      }));
    if (rows.length < PAGE) return;
    after = (rows[rows.length - 1] as { id: string }).id;
  }
}

