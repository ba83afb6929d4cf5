import { sql, type Kysely, type Selectable } from 'kysely';
import type { DeliveryOutcome } from '../core/delivery/outcome.js';
import type { NewDelivery } from '../delivery/port.js';
import { batchInsert, type BatchColumn } from './batch-insert.js';
import type { Database } from './database.js';
import type { OutboxTable, Schema } from './schema.js';

export type OutboxRow = Selectable<OutboxTable>;

/** What became of a claimed row, as the engine reports it back. */
export interface Settled {
  row: Pick<OutboxRow, 'id' | 'destination' | 'workspace_id' | 'created_at'>;
  outcome: DeliveryOutcome;
  /** For `retry`: when to try again. */
  nextAt?: number;
}

/** Counters of one destination (docs/delivery.md): pending, sent, retried, and rejected/dropped by reason. */
export interface DeliveryCounts {
  pending: number;
  sent: number;
  retried: Record<string, number>;
  rejected: Record<string, number>;
  dropped: Record<string, number>;
}

export interface DeliveryStatus {
  lastError: string | null;
  lastErrorReason: string | null;
  lastErrorAt: number | null;
  lastSuccessAt: number | null;
}

const OUTBOX_COLUMNS = [
  ['destination', 'text'], ['workspace_id', 'text'], ['payload', 'text'], ['sealed', 'text'], ['node', 'text'],
  ['attempts', 'integer'], ['next_at', 'bigint'], ['claimed_until', 'bigint'], ['created_at', 'bigint'], ['event_at', 'bigint'],
] as const satisfies readonly BatchColumn[];

const DEAD_COLUMNS = [
  ['id', 'bigint'], ['destination', 'text'], ['workspace_id', 'text'], ['reason', 'text'], ['message', 'text'], ['created_at', 'bigint'], ['dead_at', 'bigint'],
] as const satisfies readonly BatchColumn[];

const COUNT_COLUMNS = [['destination', 'text'], ['outcome', 'text'], ['reason', 'text'], ['n', 'bigint']] as const satisfies readonly BatchColumn[];
const BUMP = 'on conflict (destination, outcome, reason) do update set n = delivery_counts.n + excluded.n';

/**
 * The delivery engine's durable queue (src/delivery/, docs/delivery.md), for both engines.
 * Producers `enqueue` inside their own transaction (the click writer with its clicks, the track
 * API with its conversion), so a delivery exists exactly when what caused it does. Senders
 * `claim` due rows of one destination (a lease, so two nodes never send the same row at once;
 * PostgreSQL skips rows another node holds), and `settle` what became of each. Counters are
 * upserted increments: nodes never overwrite each other's.
 */
export class OutboxStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** Queue deliveries, in `trx` when given (the caller's transaction). */
  async enqueue(deliveries: readonly NewDelivery[], meta: { node: string; now: number }, trx?: Kysely<Schema>): Promise<void> {
    if (deliveries.length === 0) return;
    const run = async (t: Kysely<Schema>) => {
      const rows = deliveries.map((d) => [d.destination, d.workspaceId, JSON.stringify(d.payload), d.sealed, meta.node, 0, meta.now, 0, meta.now, d.eventAt]);
      await batchInsert(t, this.database, 'outbox', OUTBOX_COLUMNS, rows);
      const pending = new Map<string, number>();
      for (const d of deliveries) pending.set(d.destination, (pending.get(d.destination) ?? 0) + 1);
      await this.bump(t, [...pending].map(([destination, n]) => [destination, 'pending', '', n]));
    };
    if (trx) await run(trx);
    else await this.database.db.transaction().execute(run);
  }

  /**
   * Take up to `limit` due rows of `destination` for `leaseMs`, oldest due first. A row whose lease
   * ran out (its sender died) is due again.
   */
  async claim(destination: string, opts: { now: number; limit: number; leaseMs: number }): Promise<OutboxRow[]> {
    const { now, limit, leaseMs } = opts;
    const lock = this.database.engine === 'postgres' ? sql`for update skip locked` : sql``;
    const result = await sql<OutboxRow>`
      update outbox set claimed_until = ${now + leaseMs}
      where id in (
        select id from outbox
        where destination = ${destination} and next_at <= ${now} and claimed_until <= ${now}
        order by next_at limit ${limit} ${lock}
      )
      returning *`.execute(this.database.db);
    return result.rows.map(normalize).sort((a, b) => a.next_at - b.next_at || a.id - b.id);
  }

  /** Apply what became of claimed rows, in one transaction. */
  async settle(settled: readonly Settled[], now: number): Promise<void> {
    if (settled.length === 0) return;
    await this.database.db.transaction().execute(async (trx) => {
      const gone: number[] = [];
      const dead: unknown[][] = [];
      const counts = new Map<string, number>();
      const count = (destination: string, outcome: string, reason: string, n = 1) => {
        const key = `${destination}\u0000${outcome}\u0000${reason}`;
        counts.set(key, (counts.get(key) ?? 0) + n);
      };
      const lastError = new Map<string, { message: string; reason: string }>();
      const succeeded = new Set<string>();
      for (const { row, outcome, nextAt } of settled) {
        const d = row.destination;
        switch (outcome.outcome) {
          case 'sent':
            gone.push(row.id);
            count(d, 'sent', '');
            count(d, 'pending', '', -1);
            succeeded.add(d);
            break;
          case 'dropped':
            gone.push(row.id);
            count(d, 'dropped', outcome.reason);
            count(d, 'pending', '', -1);
            if (outcome.message) lastError.set(d, { message: outcome.message, reason: outcome.reason });
            break;
          case 'rejected':
            gone.push(row.id);
            dead.push([row.id, d, row.workspace_id, outcome.reason, outcome.message, row.created_at, now]);
            count(d, 'rejected', outcome.reason);
            count(d, 'pending', '', -1);
            lastError.set(d, { message: outcome.message, reason: outcome.reason });
            break;
          case 'retry':
            await trx
              .updateTable('outbox')
              .set((eb) => ({ attempts: eb('attempts', '+', 1), next_at: nextAt ?? now, claimed_until: 0, last_error: outcome.message }))
              .where('id', '=', row.id)
              .execute();
            count(d, 'retried', outcome.reason);
            lastError.set(d, { message: outcome.message, reason: outcome.reason });
            break;
        }
      }
      await batchInsert(trx, this.database, 'outbox_dead', DEAD_COLUMNS, dead, 'on conflict (id) do nothing');
      for (let i = 0; i < gone.length; i += 500) await trx.deleteFrom('outbox').where('id', 'in', gone.slice(i, i + 500)).execute();
      await this.bump(trx, [...counts].map(([key, n]) => [...key.split('\u0000'), n]));
      for (const d of new Set([...succeeded, ...lastError.keys()])) {
        const error = lastError.get(d);
        const values = {
          destination: d,
          last_success_at: succeeded.has(d) ? now : null,
          last_error: error?.message ?? null,
          last_error_reason: error?.reason ?? null,
          last_error_at: error ? now : null,
        };
        await trx
          .insertInto('delivery_status')
          .values(values)
          .onConflict((oc) =>
            oc.column('destination').doUpdateSet((eb) => ({
              last_success_at: succeeded.has(d) ? now : eb.ref('delivery_status.last_success_at'),
              last_error: error ? error.message : eb.ref('delivery_status.last_error'),
              last_error_reason: error ? error.reason : eb.ref('delivery_status.last_error_reason'),
              last_error_at: error ? now : eb.ref('delivery_status.last_error_at'),
            })),
          )
          .execute();
      }
    });
  }

  /** Give up a claim without an attempt (the sender is shutting down): the rows are due again at once. */
  async unclaim(ids: readonly number[]): Promise<void> {
    for (let i = 0; i < ids.length; i += 500) {
      await this.database.db.updateTable('outbox').set({ claimed_until: 0 }).where('id', 'in', ids.slice(i, i + 500)).execute();
    }
  }

  /**
   * Make every waiting row of `destination` due now (not those out with a sender): a receiver that
   * was failing took a delivery again, so what waits for a later retry goes at once (webhooks).
   */
  async dueNow(destination: string, now: number): Promise<number> {
    const result = await this.database.db
      .updateTable('outbox')
      .set({ next_at: now })
      .where('destination', '=', destination)
      .where('next_at', '>', now)
      .where('claimed_until', '<=', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  /** Destinations with pending rows (any node's). */
  async activeDestinations(): Promise<string[]> {
    const rows = await this.database.db.selectFrom('delivery_counts').select('destination').where('outcome', '=', 'pending').where('n', '>', 0).execute();
    return rows.map((r) => r.destination);
  }

  /** When the earliest pending row of `destination` is due, or null when none is pending. */
  async nextDueAt(destination: string): Promise<number | null> {
    const row = await this.database.db
      .selectFrom('outbox')
      .select('next_at')
      .where('destination', '=', destination)
      .orderBy('next_at')
      .limit(1)
      .executeTakeFirst();
    return row ? Number(row.next_at) : null;
  }

  /** Pending rows in all, and when the oldest of them was queued. */
  async backlog(): Promise<{ pending: number; oldestAt: number | null }> {
    const total = await this.database.db
      .selectFrom('delivery_counts')
      .select((eb) => eb.fn.sum<number | string>('n').as('n'))
      .where('outcome', '=', 'pending')
      .executeTakeFirst();
    const oldest = await this.database.db.selectFrom('outbox').select('created_at').orderBy('id').limit(1).executeTakeFirst();
    return { pending: Math.max(0, Number(total?.n ?? 0)), oldestAt: oldest ? Number(oldest.created_at) : null };
  }

  async counts(destinations: readonly string[]): Promise<Map<string, DeliveryCounts>> {
    const out = new Map<string, DeliveryCounts>(destinations.map((d) => [d, { pending: 0, sent: 0, retried: {}, rejected: {}, dropped: {} }]));
    if (destinations.length === 0) return out;
    const rows = await this.database.db.selectFrom('delivery_counts').selectAll().where('destination', 'in', [...destinations]).execute();
    for (const r of rows) {
      const c = out.get(r.destination);
      if (!c) continue;
      const n = Number(r.n);
      if (r.outcome === 'pending') c.pending = Math.max(0, n);
      else if (r.outcome === 'sent') c.sent = n;
      else if (r.outcome === 'retried') c.retried[r.reason] = n;
      else if (r.outcome === 'rejected') c.rejected[r.reason] = n;
      else if (r.outcome === 'dropped') c.dropped[r.reason] = n;
    }
    return out;
  }

  async status(destination: string): Promise<DeliveryStatus> {
    const row = await this.database.db.selectFrom('delivery_status').selectAll().where('destination', '=', destination).executeTakeFirst();
    return {
      lastError: row?.last_error ?? null,
      lastErrorReason: row?.last_error_reason ?? null,
      lastErrorAt: row?.last_error_at == null ? null : Number(row.last_error_at),
      lastSuccessAt: row?.last_success_at == null ? null : Number(row.last_success_at),
    };
  }

  /** Dead rows of a destination, newest first (what the platform said). */
  async dead(destination: string, limit: number): Promise<Array<{ id: string; reason: string; message: string; at: number }>> {
    const rows = await this.database.db
      .selectFrom('outbox_dead')
      .select(['id', 'reason', 'message', 'created_at'])
      .where('destination', '=', destination)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: String(r.id), reason: r.reason, message: r.message, at: Number(r.created_at) }));
  }

  /** Housekeeping: dead letters older than `deadBefore` are deleted (their counts stay). */
  async cleanup(deadBefore: number): Promise<number> {
    const dead = await this.database.db.deleteFrom('outbox_dead').where('dead_at', '<', deadBefore).executeTakeFirst();
    return Number(dead.numDeletedRows);
  }

  /** Everything queued for destinations that no longer exist is dropped (`destination_gone`) and counted. */
  async dropDestination(destination: string): Promise<number> {
    return this.database.db.transaction().execute(async (trx) => {
      const pending = await trx.deleteFrom('outbox').where('destination', '=', destination).executeTakeFirst();
      const n = Number(pending.numDeletedRows);
      await trx.deleteFrom('delivery_counts').where('destination', '=', destination).where('outcome', '=', 'pending').execute();
      if (n > 0) await this.bump(trx, [[destination, 'dropped', 'destination_gone', n]]);
      return n;
    });
  }

  private async bump(trx: Kysely<Schema>, rows: Array<readonly unknown[]>): Promise<void> {
    // Key order: two writers never wait for each other's counter rows in opposite orders.
    const sorted = rows.filter((r) => r[3] !== 0).sort((a, b) => (`${a[0]}|${a[1]}|${a[2]}` < `${b[0]}|${b[1]}|${b[2]}` ? -1 : 1));
    await batchInsert(trx, this.database, 'delivery_counts', COUNT_COLUMNS, sorted, BUMP);
  }
}

/** PostgreSQL returns bigint columns as strings from raw SQL. */
function normalize(row: OutboxRow): OutboxRow {
  return { ...row, id: Number(row.id), attempts: Number(row.attempts), next_at: Number(row.next_at), claimed_until: Number(row.claimed_until), created_at: Number(row.created_at), event_at: Number(row.event_at) };
}
