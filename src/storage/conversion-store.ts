import { sql, type Kysely } from 'kysely';
import type { ConsentOutcome, PixelOutcome } from '../core/consent/consent-decision.js';
import type { ClickIdValues } from '../core/conversions/click-id-values.js';
import type { Conversion, ConversionKind } from '../core/conversions/conversion.js';
import { consentOf, decodePixels } from './click-store.js';
import { isUniqueViolation } from './constraint-error.js';
import type { Database } from './database.js';
import type { ConversionsTable, Schema } from './schema.js';

/** A stored click, as attribution needs it. */
export interface AttributableClick {
  id: string;
  at: number;
  linkId: string;
  /** The link's destination and short URL parts (null when the link was deleted since). */
  link: { url: string; domain: string; slug: string } | null;
  campaign: string | null;
  bot: boolean;
  consent: ConsentOutcome;
  country: string | null;
  pixels: Array<{ id: string; outcome: PixelOutcome }>;
  /** Pixels the interstitial confirmed (after an Accept, the ones that fired late). */
  confirmed: string[];
  /** The ad click ids' values, while the attribution window keeps them. */
  clickIds: ClickIdValues;
}

/** One row of the conversion stats: a day, a link or a campaign. */
export interface ConversionSum {
  key: string;
  leads: number;
  sales: number;
  /** Per currency, minor units. */
  revenue: Record<string, number>;
}

function toConversion(r: ConversionsTable): Conversion {
  return {
    id: r.id, workspaceId: r.workspace_id, kind: r.kind, eventName: r.event_name, dedupKey: r.dedup_key, clickId: r.click_id, linkId: r.link_id,
    campaign: r.campaign, customerId: r.customer_id, emailHash: r.email_hash, phoneHash: r.phone_hash,
    amount: r.amount === null ? null : Number(r.amount), currency: r.currency, invoiceId: r.invoice_id, at: Number(r.at),
  };
}

function toRow(c: Conversion): ConversionsTable {
  return {
    workspace_id: c.workspaceId, id: c.id, kind: c.kind, event_name: c.eventName, dedup_key: c.dedupKey, click_id: c.clickId, link_id: c.linkId,
    campaign: c.campaign, customer_id: c.customerId, email_hash: c.emailHash, phone_hash: c.phoneHash, amount: c.amount, currency: c.currency,
    invoice_id: c.invoiceId, at: c.at,
  };
}

/** Leads and sales, and the clicks they are attributed to (migration 0006). Every query is scoped by workspace. */
export class ConversionStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async click(workspaceId: string, clickId: string): Promise<AttributableClick | null> {
    const row = await this.database.db
      .selectFrom('clicks')
      .leftJoin('click_attribution', (j) => j.onRef('click_attribution.workspace_id', '=', 'clicks.workspace_id').onRef('click_attribution.click_id', '=', 'clicks.id'))
      .leftJoin('links', 'links.id', 'clicks.link_id')
      .select([
        'clicks.id', 'clicks.at', 'clicks.link_id', 'clicks.utm_campaign', 'clicks.bot', 'clicks.consent', 'clicks.country', 'clicks.pixels',
        'clicks.pixels_confirmed', 'click_attribution.click_ids', 'links.url', 'links.domain', 'links.slug',
      ])
      .where('clicks.workspace_id', '=', workspaceId)
      .where('clicks.id', '=', clickId)
      .executeTakeFirst();
    if (!row) return null;
    return {
      id: row.id,
      at: Number(row.at),
      linkId: row.link_id,
      link: row.url === null ? null : { url: row.url, domain: row.domain ?? '', slug: row.slug ?? '' },
      campaign: row.utm_campaign,
      bot: row.bot === 1,
      consent: consentOf(row.consent),
      country: row.country,
      pixels: decodePixels(row.pixels),
      confirmed: row.pixels_confirmed ? row.pixels_confirmed.split(',').filter(Boolean) : [],
      clickIds: row.click_ids ? (JSON.parse(row.click_ids) as ClickIdValues) : {},
    };
  }

  /** The click of the customer's latest lead. */
  async leadClick(workspaceId: string, customerId: string): Promise<string | null> {
    const row = await this.database.db
      .selectFrom('conversions')
      .select('click_id')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('kind', '=', 'lead')
      .orderBy('at', 'desc')
      .limit(1)
      .executeTakeFirst();
    return row?.click_id ?? null;
  }

  async get(workspaceId: string, id: string): Promise<Conversion | null> {
    const row = await this.database.db.selectFrom('conversions').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row ? toConversion(row) : null;
  }

  async byDedupKey(workspaceId: string, kind: ConversionKind, dedupKey: string): Promise<Conversion | null> {
    const row = await this.database.db.selectFrom('conversions').selectAll().where('workspace_id', '=', workspaceId).where('kind', '=', kind).where('dedup_key', '=', dedupKey).executeTakeFirst();
    return row ? toConversion(row) : null;
  }

  /**
   * Store a conversion and what it causes (`also`: its server events) in one transaction; when
   * another request stored the same one first (the unique key), the stored one is returned instead.
   */
  async insert(conversion: Conversion, also: (trx: Kysely<Schema>) => Promise<void>): Promise<{ conversion: Conversion; created: boolean }> {
    try {
      await this.database.db.transaction().execute(async (trx) => {
        await trx.insertInto('conversions').values(toRow(conversion)).execute();
        await also(trx);
      });
      return { conversion, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const stored = await this.byDedupKey(conversion.workspaceId, conversion.kind, conversion.dedupKey);
      if (!stored) throw error;
      return { conversion: stored, created: false };
    }
  }

  /** Leads, sales and revenue per UTC-offset-free bucket key (`day` in the given zone, `link`, `campaign`) over [from, to). */
  async sums(workspaceId: string, opts: { from: number; to: number; groupBy: 'link' | 'campaign'; linkId?: string }): Promise<ConversionSum[]> {
    const column = opts.groupBy === 'link' ? sql<string>`link_id` : sql<string>`coalesce(campaign, '')`;
    let q = this.database.db
      .selectFrom('conversions')
      .select([column.as('key'), 'kind', 'currency'])
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.sum<number | string>('amount').as('amount')])
      .where('workspace_id', '=', workspaceId)
      .where('at', '>=', opts.from)
      .where('at', '<', opts.to)
      .groupBy([column, 'kind', 'currency']);
    if (opts.linkId) q = q.where('link_id', '=', opts.linkId);
    return fold(await q.execute());
  }

  /** The conversions of [from, to), oldest first, for per-day folding in a time zone and for CSV. */
  async list(workspaceId: string, opts: { from: number; to: number; linkId?: string; limit: number }): Promise<Conversion[]> {
    let q = this.database.db.selectFrom('conversions').selectAll().where('workspace_id', '=', workspaceId).where('at', '>=', opts.from).where('at', '<', opts.to).orderBy('at').orderBy('id').limit(opts.limit);
    if (opts.linkId) q = q.where('link_id', '=', opts.linkId);
    return (await q.execute()).map(toConversion);
  }
}

function fold(rows: Array<{ key: string; kind: string; currency: string | null; n: number | string; amount: number | string | null }>): ConversionSum[] {
  const out = new Map<string, ConversionSum>();
  for (const r of rows) {
    const sum = out.get(r.key) ?? { key: r.key, leads: 0, sales: 0, revenue: {} };
    if (r.kind === 'lead') sum.leads += Number(r.n);
    else {
      sum.sales += Number(r.n);
      if (r.currency) sum.revenue[r.currency] = (sum.revenue[r.currency] ?? 0) + Number(r.amount ?? 0);
    }
    out.set(r.key, sum);
  }
  return [...out.values()];
}
