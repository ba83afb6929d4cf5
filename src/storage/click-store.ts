import { sql, type Kysely, type Transaction } from 'kysely';
import type { Click, PixelConfirmation } from '../core/clicks/click.js';
import type { RollupDelta } from '../core/clicks/rollup.js';
import { CONSENT_OUTCOMES, PIXEL_OUTCOMES, type ConsentOutcome } from '../core/consent/consent-decision.js';
import { DEVICE_TYPES } from '../core/link.js';
import { batchInsert, type BatchColumn } from './batch-insert.js';
import type { Database } from './database.js';
import type { Schema } from './schema.js';

const DEVICE_CODE = new Map<string, number>(DEVICE_TYPES.map((d, i) => [d, i]));
const CONSENT_CODE = new Map<string, number>(CONSENT_OUTCOMES.map((c, i) => [c, i]));
const OUTCOME_CODE = new Map<string, number>(PIXEL_OUTCOMES.map((o, i) => [o, i]));

export const consentCode = (outcome: ConsentOutcome): number => CONSENT_CODE.get(outcome) as number;
export const consentOf = (code: number): ConsentOutcome => CONSENT_OUTCOMES[code] ?? 'no_pixels';

/** `pixelId:code,…` (the stored form of `Click.pixels`). */
export function encodePixels(pixels: Click['pixels']): string {
  let out = '';
  for (const p of pixels) out += `${out === '' ? '' : ','}${p.id}:${OUTCOME_CODE.get(p.outcome)}`;
  return out;
}

export function decodePixels(text: string): Click['pixels'] {
  if (text === '') return [];
  return text.split(',').map((pair) => {
    const colon = pair.lastIndexOf(':');
    return { id: pair.slice(0, colon), outcome: PIXEL_OUTCOMES[Number(pair.slice(colon + 1))] ?? 'no_consent' };
  });
}

/** The click row's columns, in the order `clickRow` gives its values. */
const CLICK_COLUMNS = [
  ['workspace_id', 'text'], ['id', 'text'], ['link_id', 'text'], ['at', 'bigint'], ['country', 'text'], ['device', 'integer'],
  ['os', 'text'], ['browser', 'text'], ['referrer_host', 'text'], ['utm_source', 'text'], ['utm_medium', 'text'],
  ['utm_campaign', 'text'], ['utm_term', 'text'], ['utm_content', 'text'], ['click_ids', 'integer'], ['bot', 'integer'],
  ['consent', 'integer'], ['pixels', 'text'], ['pixels_confirmed', 'text'], ['beacon', 'integer'],
] as const satisfies readonly BatchColumn[];

/**
 * A click's row: the one place a `Click` becomes columns. Its address and user agent are not
 * among them. `beacon` marks the clicks that got the interstitial, the only ones a beacon may
 * confirm (they carry a pixel that fired or awaits the prompt).
 */
export function clickRow(c: Click): unknown[] {
  const beacon = c.pixels.some((p) => p.outcome === 'fire' || p.outcome === 'awaiting_choice') ? 1 : 0;
  return [
    c.workspaceId, c.id, c.linkId, c.at, c.country ?? null, DEVICE_CODE.get(c.device) ?? 3, c.os, c.browser, c.referrerHost,
    c.utm.utm_source, c.utm.utm_medium, c.utm.utm_campaign, c.utm.utm_term, c.utm.utm_content, c.clickIds, c.bot ? 1 : 0,
    CONSENT_CODE.get(c.consent) ?? 0, encodePixels(c.pixels), null, beacon,
  ];
}

/** A stored sketch to write: one node's registers for a scope, UTC day and generation. */
export interface SketchRow {
  scope: string;
  workspaceId: string;
  day: number;
  generation: number;
  node: string;
  registers: Uint8Array;
}

/** What a confirmation changed on its click, for the rollups and the audiences. */
export interface ConfirmedClick {
  confirmation: PixelConfirmation;
  workspaceId: string;
  linkId: string;
  at: number;
  consentBefore: ConsentOutcome;
  consentAfter: ConsentOutcome;
  confirmed: string[];
  /** Confirmed pixels the click had not fired (behind the prompt, fired after Accept): they join the audience now. */
  firedLate: string[];
}

/**
 * The click writer's SQL, for both engines (src/ingest/click-ingest.ts drives it):
 * - `insert`: one transaction per batch of click rows (multi-row VALUES on SQLite, unnest on
 *   PostgreSQL), idempotent by (workspace, id) so a retried batch never stores a click twice;
 * - `confirm`: the interstitial beacons, applied once per click;
 * - `writeAggregates`: rollup deltas, the visitor sketches that changed and the links' click
 *   counters, in one transaction every few seconds.
 */
export class ClickStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /**
   * Store the batch. `retry`: an earlier attempt failed without knowing whether its COMMIT went
   * through, so rows already there are skipped and only the clicks inserted now are returned.
   * `also` writes what the inserted clicks cause, in the same transaction.
   */
  async insert(clicks: Click[], retry: boolean, also?: (trx: Kysely<Schema>, fresh: Click[]) => Promise<void>): Promise<Click[]> {
    return this.database.db.transaction().execute(async (trx) => {
      let fresh = clicks;
      if (retry) {
        const stored = new Set<string>();
        for (let i = 0; i < clicks.length; i += 500) {
          const part = clicks.slice(i, i + 500);
          const rows = await trx.selectFrom('clicks').select(['workspace_id', 'id']).where('id', 'in', part.map((c) => c.id)).execute();
          for (const r of rows) stored.add(`${r.workspace_id}|${r.id}`);
        }
        fresh = clicks.filter((c) => !stored.has(`${c.workspaceId}|${c.id}`));
      }
      await batchInsert(trx, this.database, 'clicks', CLICK_COLUMNS, fresh.map(clickRow), 'on conflict (workspace_id, id) do nothing');
      // The links' human-click counters move with their rows, in one transaction: a limit
      // (maxClicks) and a backup or a crash never see rows without their counts.
      await bumpLinkCounters(trx, humansPerLink(fresh));
      // What the clicks cause (their server events, their attribution), atomically with them.
      if (also) await also(trx, fresh);
      return fresh;
    });
  }

  /**
   * Pixel yield: record which pixels the interstitial saw dispatch, once per click (a replayed
   * beacon changes nothing), and the prompt's answer. Only pixels the click could fire count:
   * the ones it fired, or after an Accept the link's own pixels.
   */
  async confirm(confirmations: PixelConfirmation[]): Promise<{ confirmed: ConfirmedClick[]; unmatched: PixelConfirmation[] }> {
    if (confirmations.length === 0) return { confirmed: [], unmatched: [] };
    return this.database.db.transaction().execute(async (trx) => {
      const byId = new Map(confirmations.map((c) => [c.clickId, c]));
      const found = await trx
        .selectFrom('clicks')
        .select(['workspace_id', 'id', 'link_id', 'at', 'bot', 'consent', 'pixels', 'pixels_confirmed'])
        .where('beacon', '=', 1)
        .where('id', 'in', [...byId.keys()])
        .execute();
      const prompted = found.filter((r) => consentOf(r.consent) === 'prompt' && byId.get(r.id)?.choice === 'accept').map((r) => r.link_id);
      const linkPixels = new Set(
        prompted.length === 0
          ? []
          : (await trx.selectFrom('link_pixels').select(['link_id', 'pixel_id']).where('link_id', 'in', [...new Set(prompted)]).execute()).map(
              (r) => `${r.link_id}|${r.pixel_id}`,
            ),
      );
      const confirmed: ConfirmedClick[] = [];
      const unmatched = new Map(byId);
      for (const row of found) {
        const confirmation = byId.get(row.id) as PixelConfirmation;
        unmatched.delete(row.id);
        if (row.pixels_confirmed !== null || row.bot === 1) continue;
        const before = consentOf(row.consent);
        const fired = new Set(decodePixels(row.pixels).filter((p) => p.outcome === 'fire').map((p) => p.id));
        const after = before === 'prompt' && confirmation.choice !== null ? (confirmation.choice === 'accept' ? 'granted_prompt' : 'denied_prompt') : before;
        const ok = [...new Set(confirmation.confirmed)].filter((id) => fired.has(id) || (after === 'granted_prompt' && linkPixels.has(`${row.link_id}|${id}`)));
        await trx
          .updateTable('clicks')
          .set({ pixels_confirmed: ok.join(','), consent: consentCode(after) })
          .where('workspace_id', '=', row.workspace_id)
          .where('id', '=', row.id)
          .execute();
        confirmed.push({
          confirmation, workspaceId: row.workspace_id, linkId: row.link_id, at: Number(row.at), consentBefore: before, consentAfter: after,
          confirmed: ok, firedLate: ok.filter((id) => !fired.has(id)),
        });
      }
      return { confirmed, unmatched: [...unmatched.values()] };
    });
  }

  async writeAggregates(aggregates: { rollups: RollupDelta[]; sketches: SketchRow[]; now: number }): Promise<void> {
    const { rollups, sketches, now } = aggregates;
    if (rollups.length === 0 && sketches.length === 0) return;
    await this.database.db.transaction().execute(async (trx) => {
      await upsertRollups(trx, this.database, rollups);
      await batchInsert(
        trx,
        this.database,
        'visitor_sketches',
        SKETCH_COLUMNS,
        // Key order: two writers never wait for each other's rows in opposite orders (deadlock).
        [...sketches]
          .sort((a, b) => (a.scope < b.scope ? -1 : a.scope > b.scope ? 1 : a.generation - b.generation || a.day - b.day))
          .map((s) => [s.scope, s.workspaceId, s.day, s.generation, s.node, this.database.engine === 'postgres' ? Buffer.from(s.registers) : s.registers, now]),
        'on conflict (scope, generation, day, node) do update set registers = excluded.registers, updated_at = excluded.updated_at',
      );
    });
  }
}

const SKETCH_COLUMNS: readonly BatchColumn[] = [
  ['scope', 'text'], ['workspace_id', 'text'], ['day', 'integer'], ['generation', 'integer'], ['node', 'text'], ['registers', 'bytea'], ['updated_at', 'bigint'],
];

const ROLLUP_COLUMNS: readonly BatchColumn[] = [
  ['workspace_id', 'text'], ['link_id', 'text'], ['bucket', 'bigint'], ['dim', 'text'], ['value', 'text'],
  ['clicks', 'bigint'], ['humans', 'bigint'], ['bots', 'bigint'], ['uniques', 'bigint'],
];

async function upsertRollups(trx: Transaction<Schema>, database: Database, deltas: RollupDelta[]): Promise<void> {
  for (const grain of ['hour', 'day'] as const) {
    const table = grain === 'hour' ? 'rollups_hour' : 'rollups_day';
    const rows = deltas
      .filter((d) => d.grain === grain)
      .sort((a, b) => (a.linkId < b.linkId ? -1 : a.linkId > b.linkId ? 1 : a.bucket - b.bucket || (a.dim < b.dim ? -1 : a.dim > b.dim ? 1 : a.value < b.value ? -1 : 1)))
      .map((d) => [d.workspaceId, d.linkId, d.bucket, d.dim, d.value, d.clicks, d.humans, d.bots, d.uniques]);
    await batchInsert(
      trx,
      database,
      table,
      ROLLUP_COLUMNS,
      rows,
      `on conflict (workspace_id, link_id, dim, bucket, value) do update set clicks = ${table}.clicks + excluded.clicks, ` +
        `humans = ${table}.humans + excluded.humans, bots = ${table}.bots + excluded.bots, uniques = ${table}.uniques + excluded.uniques`,
    );
  }
}

/** One UPDATE per 400 links (a CASE over them), not one per link. */
function humansPerLink(clicks: readonly Click[]): Map<string, number> {
  const humans = new Map<string, number>();
  for (const click of clicks) if (!click.bot) humans.set(click.linkId, (humans.get(click.linkId) ?? 0) + 1);
  return humans;
}

async function bumpLinkCounters(trx: Transaction<Schema>, humans: Map<string, number>): Promise<void> {
  const entries = [...humans].sort(([a], [b]) => (a < b ? -1 : 1));
  for (let i = 0; i < entries.length; i += 400) {
    const part = entries.slice(i, i + 400);
    const cases = sql.join(part.map(([id, n]) => sql`when ${id} then ${n}`), sql` `);
    await sql`update links set clicks = clicks + case id ${cases} else 0 end where id in (${sql.join(part.map(([id]) => id))})`.execute(trx);
  }
}
