import { sql, type Kysely } from 'kysely';
import { DEVICE_TYPES } from '../core/link.js';
import type { StoredClickFacts } from '../core/webhooks/event-data.js';
import { consentOf, decodePixels } from './click-store.js';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

/** Human click ids per workspace, as one spool row holds them. */
export type SpooledClicks = Record<string, string[]>;

/**
 * The click spool (migration 0008): the click writer adds one row per batch, in the batch's
 * transaction, naming the human clicks of workspaces that have `click` endpoints; the click
 * batcher (src/webhooks/click-batcher.ts) turns rows into messages and deletes them, in one
 * transaction. Every call takes the transaction it runs in.
 */
export class WebhookSpoolStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async add(trx: Kysely<Schema>, row: { id: string; clicks: SpooledClicks; createdAt: number }): Promise<void> {
    await trx.insertInto('webhook_click_spool').values({ id: row.id, clicks: JSON.stringify(row.clicks), created_at: row.createdAt }).execute();
  }

  /**
   * The oldest rows, locked for this transaction: on PostgreSQL another node's batcher skips them
   * (`skip locked`), so no click is sent twice by two nodes; SQLite has one writer.
   */
  async take(trx: Kysely<Schema>, limit: number): Promise<Array<{ id: string; clicks: SpooledClicks }>> {
    const lock = this.database.engine === 'postgres' ? sql`for update skip locked` : sql``;
    const rows = await sql<{ id: string; clicks: string }>`select id, clicks from webhook_click_spool order by id limit ${limit} ${lock}`.execute(trx);
    return rows.rows.map((r) => ({ id: r.id, clicks: JSON.parse(r.clicks) as SpooledClicks }));
  }

  async delete(trx: Kysely<Schema>, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await trx.deleteFrom('webhook_click_spool').where('id', 'in', [...ids]).execute();
  }

  /** How many rows wait, and since when (for `/metrics` and the benchmark). */
  async backlog(): Promise<{ rows: number; oldestAt: number | null }> {
    const row = await this.database.db
      .selectFrom('webhook_click_spool')
      .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
      .executeTakeFirst();
    return { rows: Number(row?.n ?? 0), oldestAt: row?.oldest == null ? null : Number(row.oldest) };
  }

  /** The stored facts of a workspace's clicks, by id (clicks deleted meanwhile are simply absent). */
  async clicks(trx: Kysely<Schema>, workspaceId: string, ids: readonly string[]): Promise<StoredClickFacts[]> {
    const out: StoredClickFacts[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await trx
        .selectFrom('clicks')
        .select(['id', 'link_id', 'at', 'country', 'device', 'os', 'browser', 'referrer_host', 'utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'click_ids', 'bot', 'consent', 'pixels'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        out.push({
          id: r.id,
          workspaceId,
          linkId: r.link_id,
          at: Number(r.at),
          bot: r.bot === 1,
          consent: consentOf(r.consent),
          pixels: decodePixels(r.pixels),
          country: r.country,
          device: DEVICE_TYPES[r.device] ?? 'other',
          os: r.os,
          browser: r.browser,
          referrerHost: r.referrer_host,
          utm: { utm_source: r.utm_source, utm_medium: r.utm_medium, utm_campaign: r.utm_campaign, utm_term: r.utm_term, utm_content: r.utm_content },
          clickIds: r.click_ids,
        });
      }
    }
    return out;
  }

  /** Each link's tags (for endpoints that filter by tag). */
  async linkTags(trx: Kysely<Schema>, linkIds: readonly string[]): Promise<Map<string, string[]>> {
    const map = new Map<string, string[]>();
    for (let i = 0; i < linkIds.length; i += 500) {
      const rows = await trx.selectFrom('link_tags').select(['link_id', 'tag']).where('link_id', 'in', linkIds.slice(i, i + 500)).execute();
      for (const r of rows) map.set(r.link_id, [...(map.get(r.link_id) ?? []), r.tag]);
    }
    return map;
  }
}
