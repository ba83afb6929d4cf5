import { sql, type Transaction } from 'kysely';
import { dayOf, type PixelConfirmation, type StoredClick } from '../core/clicks/click.js';
import { RollupAccumulator, type RollupDelta } from '../core/clicks/rollup.js';
import { batchInsert, type BatchColumn } from './batch-insert.js';
import { KnownVisitors } from './known-visitors.js';
import type { Database } from './database.js';
import type { ClicksTable, Schema } from './schema.js';

export interface ClickBatch {
  clicks: StoredClick[];
  confirmations: PixelConfirmation[];
}

export interface WriteResult {
  clicks: number;
  /** Confirmations whose click was found and updated. */
  confirmations: number;
  /** Confirmations whose click is not (yet) in the database: the caller may retry them. */
  unmatched: PixelConfirmation[];
  /** What this batch adds to the rollups; the caller merges and writes them with `writeRollups`. */
  rollups: RollupAccumulator;
}

/**
 * The click sink's SQL, for both engines, in two steps (`ClickWriter` drives them):
 *
 * - `write(batch)`: one transaction writes the raw clicks, the day's visitor hashes (learning
 *   which are new, for unique counts), the per-pixel audience rows, the links' click counters and
 *   pixel confirmations — all or nothing, so a failed batch is retried whole without double
 *   counting. It returns the batch's rollup deltas instead of writing them.
 * - `writeRollups(deltas)`: upserts merged deltas. Rollup rows are per (link, dimension, value,
 *   day): written per batch, a sparse batch of 1,000 clicks costs ~15,000 upserts; merged over
 *   seconds, the cost follows the number of distinct rows, not the click rate. Raw clicks stay
 *   the source of truth: the rollups of a process killed hard between two rollup writes are
 *   missing from stats but not from exports (a command to rebuild rollups from raw clicks is not
 *   written yet).
 */
export class ClickSink {
  private readonly database: Database;
  private readonly known = new KnownVisitors();

  constructor(database: Database) {
    this.database = database;
  }

  async write(batch: ClickBatch): Promise<WriteResult> {
    const seen: Array<[string, number]> = [];
    const result = await this.database.db.transaction().execute(async (trx) => {
      const database = this.database;
      // Count only the clicks this attempt inserted: a retried batch may hold clicks an earlier
      // attempt already committed (COMMIT outcome unknown), and they must not count twice.
      const inserted = await insertClicks(trx, database, batch.clicks);
      const fresh = inserted.size === batch.clicks.length ? batch.clicks : batch.clicks.filter((c) => inserted.has(c.id));
      const rollups = new RollupAccumulator();
      for (const click of fresh) rollups.addClick(click);
      await countNewVisitors(trx, database, fresh, rollups, this.known, seen);
      await addPixelVisitors(trx, database, fresh.filter((c) => !c.bot).flatMap((c) => c.pixelsFired.map((pixelId) => ({ click: c, pixelId }))));
      const confirmed = await applyConfirmations(trx, database, batch.confirmations, rollups);
      await bumpLinkCounters(trx, fresh);
      return { clicks: batch.clicks.length, confirmations: confirmed.matched, unmatched: confirmed.unmatched, rollups };
    });
    // Committed: these visitor-days are in the database now.
    this.known.addAll(seen, Date.now());
    return result;
  }

  async writeRollups(deltas: RollupDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.database.db.transaction().execute((trx) => upsertRollups(trx, this.database, deltas));
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function toRow(c: StoredClick): ClicksTable {
  return {
    id: c.id,
    workspace_id: c.workspaceId,
    link_id: c.linkId,
    domain: c.domain,
    at: c.at,
    country: c.country,
    device: c.device,
    os: c.os,
    browser: c.browser,
    referrer_host: c.referrerHost,
    utm_source: c.utm.utm_source,
    utm_medium: c.utm.utm_medium,
    utm_campaign: c.utm.utm_campaign,
    utm_term: c.utm.utm_term,
    utm_content: c.utm.utm_content,
    click_ids: c.clickIds.join(','),
    bot: c.bot ? 1 : 0,
    consent: c.consent,
    pixels_fired: c.pixelsFired.join(','),
    pixels_confirmed: null,
    visitor_hash: c.visitorHash,
  };
}

const CLICK_COLUMNS = [
  ['id', 'text'], ['workspace_id', 'text'], ['link_id', 'text'], ['domain', 'text'], ['at', 'bigint'], ['country', 'text'],
  ['device', 'text'], ['os', 'text'], ['browser', 'text'], ['referrer_host', 'text'], ['utm_source', 'text'], ['utm_medium', 'text'],
  ['utm_campaign', 'text'], ['utm_term', 'text'], ['utm_content', 'text'], ['click_ids', 'text'], ['bot', 'integer'],
  ['consent', 'text'], ['pixels_fired', 'text'], ['pixels_confirmed', 'text'], ['visitor_hash', 'text'],
] as const satisfies ReadonlyArray<readonly [keyof ClicksTable, BatchColumn[1]]>;

/** Insert the clicks not stored yet; returns the ids actually inserted. */
async function insertClicks(trx: Transaction<Schema>, database: Database, clicks: StoredClick[]): Promise<Set<string>> {
  const rows = clicks.map((c) => {
    const row = toRow(c);
    return CLICK_COLUMNS.map(([column]) => row[column]);
  });
  const inserted = await batchInsert<{ id: string }>(trx, database, 'clicks', CLICK_COLUMNS, rows, {
    onConflict: 'on conflict (id) do nothing',
    returning: ['id'],
  });
  return new Set(inserted.map((r) => r.id));
}

/**
 * Unique visitors = distinct visitor hashes per UTC day (docs/analytics.md), per link and per
 * workspace. Humans only. INSERT … ON CONFLICT DO NOTHING RETURNING yields exactly the hashes
 * not seen before today, which become `uniques` on the `total` rollup rows. Visitor-days this
 * process already wrote (`known`) are skipped; the batch's keys go to `seen`, to be remembered
 * once the transaction commits.
 */
async function countNewVisitors(
  trx: Transaction<Schema>,
  database: Database,
  clicks: StoredClick[],
  rollups: RollupAccumulator,
  known: KnownVisitors,
  seen: Array<[string, number]>,
): Promise<void> {
  const firstSeen = new Map<string, StoredClick>();
  for (const c of clicks) {
    if (c.bot) continue;
    const day = dayOf(c.at);
    for (const linkId of [c.linkId, '']) {
      const key = `${c.workspaceId}|${linkId}|${day}|${c.visitorHash}`;
      if (firstSeen.has(key) || known.has(key, day)) continue;
      firstSeen.set(key, c);
      seen.push([key, day]);
    }
  }
  // In key order: two batches written at once (PostgreSQL) then take the same rows' locks in the
  // same order, so neither can wait for the other while holding a row it needs (a deadlock).
  const rows = [...firstSeen.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, c]) => [c.workspaceId, key.split('|')[1] as string, dayOf(c.at), c.visitorHash]);
  const inserted = await batchInsert<{ workspace_id: string; link_id: string; day: number; visitor_hash: string }>(
    trx,
    database,
    'daily_visitors',
    [['workspace_id', 'text'], ['link_id', 'text'], ['day', 'integer'], ['visitor_hash', 'text']],
    rows,
    { onConflict: 'on conflict (workspace_id, link_id, day, visitor_hash) do nothing', returning: ['workspace_id', 'link_id', 'day', 'visitor_hash'] },
  );
  for (const row of inserted) {
    // Only the link-level row adds to a link's uniques; the workspace row ('' link) to the workspace's.
    const click = firstSeen.get(`${row.workspace_id}|${row.link_id}|${Number(row.day)}|${row.visitor_hash}`) as StoredClick;
    rollups.addUnique(row.workspace_id, row.link_id, click.at);
  }
}

async function addPixelVisitors(trx: Transaction<Schema>, database: Database, fired: Array<{ click: StoredClick; pixelId: string }>): Promise<void> {
  const rows = new Map<string, { workspace_id: string; pixel_id: string; day: number; visitor_hash: string; hits: number }>();
  for (const { click, pixelId } of fired) {
    const day = dayOf(click.at);
    const key = `${pixelId}|${day}|${click.visitorHash}`;
    const row = rows.get(key);
    if (row) row.hits++;
    else rows.set(key, { workspace_id: click.workspaceId, pixel_id: pixelId, day, visitor_hash: click.visitorHash, hits: 1 });
  }
  await batchInsert(
    trx,
    database,
    'pixel_visitors',
    [['workspace_id', 'text'], ['pixel_id', 'text'], ['day', 'integer'], ['visitor_hash', 'text'], ['hits', 'bigint']],
    // In key order, as for visitor-days (see countNewVisitors).
    [...rows.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, r]) => [r.workspace_id, r.pixel_id, r.day, r.visitor_hash, r.hits]),
    { onConflict: 'on conflict (pixel_id, day, visitor_hash) do update set hits = pixel_visitors.hits + excluded.hits' },
  );
}

/**
 * Pixel yield: record which pixels the interstitial saw dispatch, once per click (a replayed
 * beacon changes nothing), and the prompt's answer. An accepted prompt also adds the visitor to
 * the audiences of the pixels that then fired.
 */
async function applyConfirmations(
  trx: Transaction<Schema>,
  database: Database,
  confirmations: PixelConfirmation[],
  rollups: RollupAccumulator,
): Promise<{ matched: number; unmatched: PixelConfirmation[] }> {
  if (confirmations.length === 0) return { matched: 0, unmatched: [] };
  const byId = new Map(confirmations.map((c) => [c.clickId, c]));
  const found = await trx
    .selectFrom('clicks')
    .select(['id', 'workspace_id', 'link_id', 'at', 'bot', 'consent', 'pixels_fired', 'pixels_confirmed', 'visitor_hash'])
    .where('id', 'in', [...byId.keys()])
    .execute();
  // After an Accept the pixels behind the prompt may fire too: the click's link's pixels, no others.
  const accepted = found.filter((r) => r.consent === 'prompt' && byId.get(r.id)?.choice === 'accept').map((r) => r.link_id);
  const linkPixels = new Set(
    accepted.length === 0
      ? []
      : (await trx.selectFrom('link_pixels').select(['link_id', 'pixel_id']).where('link_id', 'in', [...new Set(accepted)]).execute()).map(
          (r) => `${r.link_id}|${r.pixel_id}`,
        ),
  );
  const audience: Array<{ click: StoredClick; pixelId: string }> = [];
  let matched = 0;
  for (const row of found) {
    const confirmation = byId.get(row.id) as PixelConfirmation;
    byId.delete(row.id);
    if (row.pixels_confirmed !== null || row.bot === 1) continue;
    matched++;
    const fired = new Set(row.pixels_fired === '' ? [] : row.pixels_fired.split(','));
    const prompted = row.consent === 'prompt' && confirmation.choice !== null;
    const consent = prompted ? (confirmation.choice === 'accept' ? 'granted_prompt' : 'denied_prompt') : row.consent;
    // Only pixels this click could fire count, each once: the fired list, or after an Accept the link's pixels.
    const confirmed = [...new Set(confirmation.confirmed)].filter(
      (id) => fired.has(id) || (consent === 'granted_prompt' && linkPixels.has(`${row.link_id}|${id}`)),
    );
    await trx.updateTable('clicks').set({ pixels_confirmed: confirmed.join(','), consent }).where('id', '=', row.id).execute();
    for (const pixelId of confirmed) {
      rollups.add(row.workspace_id, row.link_id, row.at, 'pixel_confirmed', pixelId, { clicks: 1, humans: 1 });
      if (!fired.has(pixelId)) {
        rollups.add(row.workspace_id, row.link_id, row.at, 'pixel_fired', pixelId, { clicks: 1, humans: 1 });
        audience.push({ click: { workspaceId: row.workspace_id, at: row.at, visitorHash: row.visitor_hash } as StoredClick, pixelId });
      }
    }
    if (consent !== row.consent) {
      rollups.add(row.workspace_id, row.link_id, row.at, 'consent', row.consent, { clicks: -1, humans: -1 });
      rollups.add(row.workspace_id, row.link_id, row.at, 'consent', consent, { clicks: 1, humans: 1 });
    }
  }
  await addPixelVisitors(trx, database, audience);
  return { matched, unmatched: [...byId.values()] };
}

const ROLLUP_COLUMNS: readonly BatchColumn[] = [
  ['workspace_id', 'text'], ['link_id', 'text'], ['bucket', 'bigint'], ['dim', 'text'], ['value', 'text'],
  ['clicks', 'bigint'], ['humans', 'bigint'], ['bots', 'bigint'], ['uniques', 'bigint'],
];

async function upsertRollups(trx: Transaction<Schema>, database: Database, deltas: RollupDelta[]): Promise<void> {
  for (const grain of ['hour', 'day'] as const) {
    const table = grain === 'hour' ? 'rollups_hour' : 'rollups_day';
    const rows = deltas
      .filter((d) => d.grain === grain)
      .map((d) => [d.workspaceId, d.linkId, d.bucket, d.dim, d.value, d.clicks, d.humans, d.bots, d.uniques]);
    await batchInsert(
      trx,
      database,
      table,
      ROLLUP_COLUMNS,
      rows,
      {
        onConflict:
          `on conflict (workspace_id, link_id, dim, bucket, value) do update set clicks = ${table}.clicks + excluded.clicks, ` +
          `humans = ${table}.humans + excluded.humans, bots = ${table}.bots + excluded.bots, uniques = ${table}.uniques + excluded.uniques`,
      },
    );
  }
}

/** One UPDATE per batch (a CASE over the batch's links), not one per link. */
async function bumpLinkCounters(trx: Transaction<Schema>, clicks: StoredClick[]): Promise<void> {
  const humans = new Map<string, number>();
  for (const c of clicks) if (!c.bot) humans.set(c.linkId, (humans.get(c.linkId) ?? 0) + 1);
  for (const part of chunks([...humans], 400)) {
    const cases = sql.join(part.map(([id, n]) => sql`when ${id} then ${n}`), sql` `);
    await sql`update links set clicks = clicks + case id ${cases} else 0 end where id in (${sql.join(part.map(([id]) => id))})`.execute(trx);
  }
}
