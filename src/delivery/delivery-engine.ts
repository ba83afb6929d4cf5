import { retryDelayMs, unitFromBytes } from '../core/delivery/backoff.js';
import { CircuitBreaker, type BreakerOptions, type BreakerState } from '../core/delivery/circuit-breaker.js';
import { dropped, rejected, type BatchVerdict, type DeliveryOutcome } from '../core/delivery/outcome.js';
import type { Random } from '../core/ports.js';
import type { OutboxRow, OutboxStore, Settled } from '../storage/outbox-store.js';
import type { Delivery, Destination, DestinationDirectory } from './port.js';

export interface EngineOptions {
  /** How often the engine looks for due work (ms). */
  pollMs: number;
  /** How long a claim lasts: a sender that died releases its rows after this. */
  leaseMs: number;
  /** Requests in flight per destination at once. */
  maxInFlight: number;
  breaker: BreakerOptions;
  backoff: { baseMs: number; capMs: number };
  /** A delivery that kept failing is given up after this long (`retries_exhausted`) when its destination sets no age limit. */
  maxKeepMs: number;
  /** How often the list of destinations with work is re-read (other producers, other nodes). */
  refreshMs: number;
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  pollMs: 50,
  leaseMs: 60_000,
  maxInFlight: 4,
  breaker: { threshold: 5, cooldownMs: 10_000, maxCooldownMs: 120_000 },
  backoff: { baseMs: 1000, capMs: 120_000 },
  maxKeepMs: 3 * 86_400_000,
  refreshMs: 1000,
};

/** What the engine tells its owner (the writer thread posts it to the event loop, for `/metrics`). */
export interface EngineReport {
  /** Per destination label (e.g. `meta`, `webhook`): outcomes since the last report. */
  outcomes: Record<string, { sent: number; retried: number; rejected: number; dropped: number }>;
  /** Destinations by breaker state right now. */
  breakers: Record<BreakerState, number>;
  pending: number;
  oldestPendingSeconds: number | null;
}

export interface EngineDeps {
  store: OutboxStore;
  directories: readonly DestinationDirectory[];
  /** Opens the sealed part of this process's rows (src/delivery/memory-seal.ts); null for another process's. */
  seal: { open(sealed: string | null): string | null };
  now(): number;
  random: Random;
  report(report: EngineReport): void;
}

interface Lane {
  key: string;
  nextCheckAt: number;
  inFlight: number;
  breaker: CircuitBreaker;
  destination: Destination | null;
  resolvedAt: number;
  label: string;
}

/** Destinations are resolved again after this (credentials or settings may have changed). */
const RESOLVE_TTL_MS = 5000;
const REPORT_EVERY_MS = 1000;
const BACKLOG_EVERY_MS = 5000;

/**
 * The delivery engine (docs/delivery.md): drains the durable outbox, one lane per destination.
 * Each lane claims due rows (a lease), drops the ones past the destination's accepted age, sends
 * the rest in batches within the destination's limit, and settles each row by its outcome: sent
 * (deleted), retried later with exponential back-off and jitter (429, 5xx, network, timeout),
 * rejected (dead-lettered with the receiver's message; never retried) or dropped (counted). A
 * batch the receiver refuses as a whole for an item it does not name is halved until the bad
 * items stand alone. A circuit breaker per lane stops a failing receiver from being hammered,
 * and lanes never wait for each other: one slow or dead platform delays only its own deliveries.
 */
export class DeliveryEngine {
  private readonly options: EngineOptions;
  private readonly deps: EngineDeps;
  private readonly lanes = new Map<string, Lane>();
  private readonly running = new Set<Promise<void>>();
  private readonly inFlightRows = new Set<number>();
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private lastRefresh = 0;
  private lastReport = 0;
  private lastBacklog = 0;
  private outcomes: EngineReport['outcomes'] = {};
  private backlog: { pending: number; oldestAt: number | null } = { pending: 0, oldestAt: null };

  constructor(deps: EngineDeps, options: Partial<EngineOptions> = {}) {
    this.deps = deps;
    this.options = { ...DEFAULT_ENGINE_OPTIONS, ...options };
  }

  start(): void {
    const loop = () => {
      if (this.stopped) return;
      this.tick().finally(() => {
        if (!this.stopped) this.timer = setTimeout(loop, this.options.pollMs);
      });
    };
    loop();
  }

  /** New rows for `destination` were queued here: look at once instead of at the next refresh. */
  poke(destination: string): void {
    const lane = this.lane(destination);
    lane.nextCheckAt = 0;
  }

  /** One round: refresh the lanes, start the batches that are due, report. Never throws. */
  async tick(): Promise<void> {
    const now = this.deps.now();
    try {
      if (now - this.lastRefresh >= this.options.refreshMs) {
        this.lastRefresh = now;
        for (const key of await this.deps.store.activeDestinations()) {
          const lane = this.lane(key);
          if (lane.inFlight === 0 && lane.nextCheckAt > now + this.options.refreshMs) lane.nextCheckAt = now;
        }
      }
      if (now - this.lastBacklog >= BACKLOG_EVERY_MS) {
        this.lastBacklog = now;
        this.backlog = await this.deps.store.backlog();
      }
    } catch {
      // The database is away: lanes keep their schedule; the next tick tries again.
    }
    for (const lane of this.lanes.values()) {
      if (this.stopped) break;
      if (lane.nextCheckAt > now || lane.inFlight >= this.options.maxInFlight || !lane.breaker.allows(now)) continue;
      lane.inFlight++;
      lane.breaker.started(now);
      // Until this batch says otherwise, the lane is not due again (no second claim racing the first).
      lane.nextCheckAt = Number.POSITIVE_INFINITY;
      const run = this.runBatch(lane).finally(() => {
        lane.inFlight--;
        this.running.delete(run);
      });
      this.running.add(run);
    }
    if (now - this.lastReport >= REPORT_EVERY_MS) this.sendReport(now);
  }

  /** Stop starting batches, wait for those in flight up to `deadlineMs`, release the rows still out. */
  async close(deadlineMs: number): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    const all = Promise.allSettled([...this.running]);
    await Promise.race([all, new Promise((r) => setTimeout(r, deadlineMs))]);
    if (this.inFlightRows.size > 0) await this.deps.store.unclaim([...this.inFlightRows]).catch(() => {});
    this.sendReport(this.deps.now());
  }

  private lane(key: string): Lane {
    let lane = this.lanes.get(key);
    if (!lane) {
      lane = { key, nextCheckAt: 0, inFlight: 0, breaker: new CircuitBreaker(this.options.breaker), destination: null, resolvedAt: 0, label: key.split(':')[0] ?? key };
      this.lanes.set(key, lane);
    }
    return lane;
  }

  private async resolve(lane: Lane, now: number): Promise<Destination | null> {
    if (lane.destination && now - lane.resolvedAt < RESOLVE_TTL_MS) return lane.destination;
    const directory = this.deps.directories.find((d) => lane.key.startsWith(d.prefix));
    lane.destination = directory ? await directory.resolve(lane.key) : null;
    lane.resolvedAt = now;
    if (lane.destination) lane.label = lane.destination.label;
    return lane.destination;
  }

  private async runBatch(lane: Lane): Promise<void> {
    const now = this.deps.now();
    let rows: OutboxRow[] = [];
    try {
      const destination = await this.resolve(lane, now);
      if (!destination) {
        // Deleted or turned off: what it had waiting is dropped and counted, and the lane goes.
        const n = await this.deps.store.dropDestination(lane.key);
        this.count(lane.label, 'dropped', n);
        this.lanes.delete(lane.key);
        return;
      }
      rows = await this.deps.store.claim(lane.key, { now, limit: destination.maxBatch, leaseMs: this.options.leaseMs });
      if (rows.length === 0) {
        const due = await this.deps.store.nextDueAt(lane.key);
        if (due === null && lane.inFlight <= 1) this.lanes.delete(lane.key);
        else lane.nextCheckAt = Math.max(due ?? now + this.options.refreshMs, now + this.options.pollMs);
        return;
      }
      for (const r of rows) this.inFlightRows.add(r.id);
      // A full batch means more may be waiting: the next batch may start while this one is out.
      lane.nextCheckAt = rows.length >= destination.maxBatch ? 0 : now + this.options.pollMs;
      const settled = await this.deliver(lane, destination, rows, now);
      await this.deps.store.settle(settled, this.deps.now());
    } catch {
      // The database failed mid-way: claimed rows come back when their lease ends.
      lane.nextCheckAt = this.deps.now() + Math.max(this.options.refreshMs, 1000);
    } finally {
      for (const r of rows) this.inFlightRows.delete(r.id);
    }
  }

  private async deliver(lane: Lane, destination: Destination, rows: OutboxRow[], now: number): Promise<Settled[]> {
    const settled: Settled[] = [];
    const batch: Array<{ row: OutboxRow; delivery: Delivery }> = [];
    for (const row of rows) {
      if (destination.maxAgeMs !== null && row.event_at < now - destination.maxAgeMs) {
        settled.push({ row, outcome: dropped('too_old', `older than ${Math.round(destination.maxAgeMs / 3_600_000)} h, the receiver's limit`) });
      } else if (destination.maxAgeMs === null && row.created_at < now - (destination.maxKeepMs ?? this.options.maxKeepMs)) {
        settled.push({ row, outcome: dropped('retries_exhausted') });
      } else {
        let payload: unknown;
        try {
          payload = JSON.parse(row.payload);
        } catch {
          settled.push({ row, outcome: rejected('invalid', 'the queued payload is not JSON') });
          continue;
        }
        batch.push({
          row,
          delivery: {
            id: String(row.id), destination: row.destination, workspaceId: row.workspace_id, payload,
            secret: this.deps.seal.open(row.sealed), attempts: row.attempts, createdAt: row.created_at, eventAt: row.event_at,
          },
        });
      }
    }
    if (batch.length > 0) {
      const { outcomes, receiverFailed } = await this.send(destination, batch.map((b) => b.delivery));
      if (receiverFailed) lane.breaker.failed(this.deps.now());
      else lane.breaker.succeeded();
      batch.forEach((b, i) => {
        const outcome = outcomes[i] ?? rejected('invalid', 'the receiver gave no outcome for this delivery');
        settled.push(outcome.outcome === 'retry' ? { row: b.row, outcome, nextAt: this.retryAt(destination, b.row, outcome) } : { row: b.row, outcome });
      });
    } else {
      lane.breaker.succeeded();
    }
    for (const s of settled) this.count(lane.label, s.outcome.outcome === 'sent' ? 'sent' : s.outcome.outcome === 'retry' ? 'retried' : s.outcome.outcome, 1);
    return settled;
  }

  /** Send, halving a batch the receiver refused as a whole until the bad deliveries stand alone. */
  private async send(destination: Destination, batch: Delivery[]): Promise<{ outcomes: DeliveryOutcome[]; receiverFailed: boolean }> {
    let verdict: BatchVerdict;
    try {
      verdict = await destination.send(batch);
    } catch (error) {
      verdict = { outcomes: batch.map(() => ({ outcome: 'retry', reason: 'network', message: error instanceof Error ? error.message : String(error) }) as DeliveryOutcome) };
    }
    if ('outcomes' in verdict) {
      return { outcomes: verdict.outcomes, receiverFailed: verdict.outcomes.length > 0 && verdict.outcomes.every((o) => o.outcome === 'retry') };
    }
    if (batch.length === 1) return { outcomes: [rejected('invalid', verdict.message)], receiverFailed: false };
    const half = Math.ceil(batch.length / 2);
    const a = await this.send(destination, batch.slice(0, half));
    const b = await this.send(destination, batch.slice(half));
    return { outcomes: [...a.outcomes, ...b.outcomes], receiverFailed: a.receiverFailed && b.receiverFailed };
  }

  private retryAt(destination: Destination, row: OutboxRow, outcome: Extract<DeliveryOutcome, { outcome: 'retry' }>): number {
    const random = unitFromBytes(this.deps.random.bytes(3));
    if (destination.retryDelayMs) return this.deps.now() + destination.retryDelayMs(row.attempts + 1, outcome.retryAfterMs, random);
    const delay = retryDelayMs({
      attempt: row.attempts + 1,
      baseMs: this.options.backoff.baseMs,
      capMs: this.options.backoff.capMs,
      random,
      ...(outcome.retryAfterMs !== undefined ? { retryAfterMs: outcome.retryAfterMs } : {}),
    });
    return this.deps.now() + delay;
  }

  private count(label: string, outcome: 'sent' | 'retried' | 'rejected' | 'dropped', n: number): void {
    if (n === 0) return;
    const entry = (this.outcomes[label] ??= { sent: 0, retried: 0, rejected: 0, dropped: 0 });
    entry[outcome] += n;
  }

  private sendReport(now: number): void {
    this.lastReport = now;
    const breakers: Record<BreakerState, number> = { closed: 0, open: 0, half_open: 0 };
    for (const lane of this.lanes.values()) breakers[lane.breaker.state(now)]++;
    const { pending, oldestAt } = this.backlog;
    this.deps.report({ outcomes: this.outcomes, breakers, pending, oldestPendingSeconds: oldestAt === null ? null : Math.max(0, (now - oldestAt) / 1000) });
    this.outcomes = {};
  }
}
