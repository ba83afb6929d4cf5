import type { Transaction } from 'kysely';
import { dayOf, type PixelConfirmation, type StoredClick } from '../core/clicks/click.js';
import { RollupAccumulator, type RollupDelta } from '../core/clicks/rollup.js';
import type { Database } from './database.js';
import type { ClicksTable, Schema } from './schema.js';

/** Rows per INSERT statement: below SQLite's 32,766 bound variables for the widest table (21 columns). */
const ROWS_PER_STATEMENT = 500;

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
 * The click-sink port's SQL implementation, for both engines, in two steps:
 *
 * - `write(batch)`: one transaction writes the raw clicks, the day's visitor hashes (learning
 *   which are new, for unique counts), the per-pixel audience rows, the links' click counters and
 *   pixel confirmations — all or nothing, so a failed batch is retried whole without double
 *   counting. It returns the batch's rollup deltas instead of writing them.
 * - `writeRollups(deltas)`: the caller merges the deltas of many batches in memory and writes them
 *   every few seconds. Rollup rows are per (link, dimension, value, day): written per batch, a
 *   sparse batch of 1,000 clicks costs ~15,000 upserts; merged over seconds, the cost follows the
 *   number of distinct rows, not the click rate. Raw clicks stay the source of truth: the rollups
 *   of a process killed hard between two rollup writes can be rebuilt from them.
 */
export class ClickSink {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  async write(batch: ClickBatch): Promise<WriteResult> {
    return this.database.db.transaction().execute(async (trx) => {
      const rollups = new RollupAccumulator();
      for (const click of batch.clicks) rollups.addClick(click);
      await insertClicks(trx, batch.clicks);
      await countNewVisitors(trx, batch.clicks, rollups);
      await addPixelVisitors(trx, batch.clicks.filter((c) => !c.bot).flatMap((c) => c.pixelsFired.map((pixelId) => ({ click: c, pixelId }))));
      const confirmed = await applyConfirmations(trx, batch.confirmations, rollups);
      await bumpLinkCounters(trx, batch.clicks);
      return { clicks: batch.clicks.length, confirmations: confirmed.matched, unmatched: confirmed.unmatched, rollups };
    });
  }

  async writeRollups(deltas: RollupDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.database.db.transaction().execute((trx) => upsertRollups(trx, deltas));
  }
}

function chunks<T>(items: readonly T[], size = ROWS_PER_STATEMENT): T[][] {
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

async function insertClicks(trx: Transaction<Schema>, clicks: StoredClick[]): Promise<void> {
  // A retried batch may already contain rows from an attempt whose COMMIT outcome was unknown.
  for (const part of chunks(clicks)) {
    await trx.insertInto('clicks').values(part.map(toRow)).onConflict((oc) => oc.column('id').doNothing()).execute();
  }
}

/**
 * Unique visitors = distinct visitor hashes per UTC day (DESIGN.md §5), per link and per
 * workspace. Humans only. INSERT … ON CONFLICT DO NOTHING RETURNING yields exactly the hashes
 * not seen before today, which become `uniques` on the `total` rollup rows.
 */
async function countNewVisitors(trx: Transaction<Schema>, clicks: StoredClick[], rollups: RollupAccumulator): Promise<void> {
  const firstSeen = new Map<string, StoredClick>();
  for (const c of clicks) {
    if (c.bot) continue;
    const day = dayOf(c.at);
    for (const linkId of [c.linkId, '']) {
      const key = `${c.workspaceId}|${linkId}|${day}|${c.visitorHash}`;
      if (!firstSeen.has(key)) firstSeen.set(key, c);
    }
  }
  const rows = [...firstSeen.entries()].map(([key, c]) => {
    const [, linkId] = key.split('|');
    return { workspace_id: c.workspaceId, link_id: linkId as string, day: dayOf(c.at), visitor_hash: c.visitorHash };
  });
  for (const part of chunks(rows)) {
    const inserted = await trx
      .insertInto('daily_visitors')
      .values(part)
      .onConflict((oc) => oc.columns(['workspace_id', 'link_id', 'day', 'visitor_hash']).doNothing())
      .returning(['workspace_id', 'link_id', 'day', 'visitor_hash'])
      .execute();
    for (const row of inserted) {
      // Only the link-level row adds to a link's uniques; the workspace row ('' link) to the workspace's.
      const click = firstSeen.get(`${row.workspace_id}|${row.link_id}|${row.day}|${row.visitor_hash}`) as StoredClick;
      rollups.addUnique(row.workspace_id, row.link_id, click.at);
    }
  }
}

async function addPixelVisitors(trx: Transaction<Schema>, fired: Array<{ click: StoredClick; pixelId: string }>): Promise<void> {
  const rows = new Map<string, { workspace_id: string; pixel_id: string; day: number; visitor_hash: string; hits: number }>();
  for (const { click, pixelId } of fired) {
    const day = dayOf(click.at);
    const key = `${pixelId}|${day}|${click.visitorHash}`;
    const row = rows.get(key);
    if (row) row.hits++;
    else rows.set(key, { workspace_id: click.workspaceId, pixel_id: pixelId, day, visitor_hash: click.visitorHash, hits: 1 });
  }
  for (const part of chunks([...rows.values()])) {
    await trx
      .insertInto('pixel_visitors')
      .values(part)
      .onConflict((oc) =>
        oc.columns(['pixel_id', 'day', 'visitor_hash']).doUpdateSet((eb) => ({ hits: eb('pixel_visitors.hits', '+', eb.ref('excluded.hits')) })),
      )
      .execute();
  }
}

/**
 * Pixel yield: record which pixels the interstitial saw dispatch, once per click (a replayed
 * beacon changes nothing), and the prompt's answer. An accepted prompt also adds the visitor to
 * the audiences of the pixels that then fired.
 */
async function applyConfirmations(
  trx: Transaction<Schema>,
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
    // Only pixels this click could fire count: the link's fired list, or after an Accept any of the link's pixels.
    const confirmed = confirmation.confirmed.filter((id) => fired.has(id) || (prompted && confirmation.choice === 'accept'));
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
  await addPixelVisitors(trx, audience);
  return { matched, unmatched: [...byId.values()] };
}

async function upsertRollups(trx: Transaction<Schema>, deltas: RollupDelta[]): Promise<void> {
  for (const grain of ['hour', 'day'] as const) {
    const table = grain === 'hour' ? 'rollups_hour' : 'rollups_day';
    const rows = deltas
      .filter((d) => d.grain === grain)
      .map((d) => ({
        workspace_id: d.workspaceId,
        link_id: d.linkId,
        bucket: d.bucket,
        dim: d.dim,
        value: d.value,
        clicks: d.clicks,
        humans: d.humans,
        bots: d.bots,
        uniques: d.uniques,
      }));
    for (const part of chunks(rows)) {
      await trx
        .insertInto(table)
        .values(part)
        .onConflict((oc) =>
          oc.columns(['workspace_id', 'link_id', 'dim', 'bucket', 'value']).doUpdateSet((eb) => ({
            clicks: eb(`${table}.clicks`, '+', eb.ref('excluded.clicks')),
            humans: eb(`${table}.humans`, '+', eb.ref('excluded.humans')),
            bots: eb(`${table}.bots`, '+', eb.ref('excluded.bots')),
            uniques: eb(`${table}.uniques`, '+', eb.ref('excluded.uniques')),
          })),
        )
        .execute();
    }
  }
}

async function bumpLinkCounters(trx: Transaction<Schema>, clicks: StoredClick[]): Promise<void> {
  const humans = new Map<string, number>();
  for (const c of clicks) if (!c.bot) humans.set(c.linkId, (humans.get(c.linkId) ?? 0) + 1);
  for (const [linkId, n] of humans) {
    await trx
      .updateTable('links')
      .set((eb) => ({ clicks: eb('clicks', '+', n) }))
      .where('id', '=', linkId)
      .execute();
  }
}
