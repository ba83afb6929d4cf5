import type { Click, DropReason, PixelConfirmation } from '../core/clicks/click.js';
import { dayOf } from '../core/clicks/click.js';
import { newId } from '../core/ids.js';
import type { Random } from '../core/ports.js';
import { RollupAccumulator } from '../core/clicks/rollup.js';
import { generationsOfDay } from '../core/clicks/salt-generations.js';
import type { Kysely } from 'kysely';
import type { ClickStore } from '../storage/click-store.js';
import type { Schema } from '../storage/schema.js';
import type { HandoverReader } from './click-handover.js';
import type { SketchBook } from './sketch-book.js';
import type { VisitorKeys } from './visitor-keys.js';

export interface IngestOptions {
  /** Clicks per transaction; a full batch is written at once. */
  flushSize: number;
  /** Most clicks per transaction when a backlog has built up (the commit is spread over more clicks). */
  maxBatchSize: number;
  flushIntervalMs: number;
  /** Most clicks held here (taken from the hand-over, not written yet); beyond it the hand-over fills. */
  capacity: number;
  /** While the database fails, clicks are kept and retried this long; older ones are then dropped. */
  retryMaxMs: number;
}

/** What the writer tells the event loop after each piece of work (added to `/metrics`). */
export interface IngestReport {
  written: number;
  confirmations: number;
  dropped: Partial<Record<DropReason, number>>;
  flushFailures: number;
  /** Seconds each batch took (for the flush histogram). */
  batchSeconds: number[];
  /** Clicks taken from the hand-over and not written yet. */
  backlog: number;
  /** Nanoseconds spent per stage of the writer, and over how many clicks (sampled for the per-click stages). */
  stages: Record<string, [ns: number, clicks: number]>;
  /** Set when a write failed for the first time in a row / worked again: the event loop logs it. */
  failure?: string;
  recovered?: boolean;
}

/**
 * What stored clicks cause besides their rows — their server-side events and attribution
 * (src/conversions/conversions-runtime.ts): captured while taking, written in the clicks' own
 * transaction, released after an Accept.
 */
export interface ClickConsequences {
  /** Re-read what they depend on when it is due, or now with `force`. */
  refresh(now: number, force?: boolean): Promise<void>;
  /** While taking a click, before its address and user agent are forgotten. */
  capture(click: Click): void;
  /** Before a batch is written (reads what it needs; may throw like the write). */
  prepare(clicks: readonly Click[]): Promise<void>;
  /** Inside the batch's transaction, for the clicks inserted now. */
  write(trx: Kysely<Schema>, fresh: readonly Click[]): Promise<void>;
  /** The batch committed (its clicks are stored, by this attempt or an earlier one). */
  committed(clicks: readonly Click[]): void;
  /** A visitor accepted on the prompt and these pixels fired. */
  accepted(clickId: string, firedLate: readonly string[]): Promise<void>;
  /** These clicks were dropped unwritten. */
  forget(clicks: readonly Click[]): void;
}

export interface IngestDeps {
  consequences?: ClickConsequences;
  reader: HandoverReader;
  store: ClickStore;
  keys: VisitorKeys;
  sketches: SketchBook;
  derive(click: Click): void;
  now(): number;
  random: Random;
  report(report: IngestReport): void;
}

/** Unmatched pixel confirmations are retried this many times (their click may be on its way). */
const CONFIRMATION_TRIES = 5;
/** Rollups and sketches are written every this many flush intervals (5 s by default). */
const AGGREGATE_EVERY_FLUSHES = 5;
const MAX_BACKOFF_MS = 30_000;

/**
 * The click writer (docs/architecture.md, after Plausible's write buffer), on its own thread: takes
 * clicks from the hand-over, derives what the redirect did not need, feeds the visitor sketches
 * and the rollups, and stores click rows in batches — by size, by interval and on shutdown. A
 * failed batch stays and is retried with exponential back-off; clicks older than `retryMaxMs`
 * are then given up (`database_unavailable`). Each batch's rows and its links'
 * human-click counters are one transaction; the aggregates (rollups, sketches) are merged in
 * memory and written every few seconds.
 */
export class ClickIngest {
  private readonly options: IngestOptions;
  private readonly deps: IngestDeps;
  private backlog: Click[] = [];
  /**
   * The head of the backlog failed once: its COMMIT outcome is unknown, so the retry checks. True
   * at start: after a crashed writer, the first batch may be one it committed just before dying.
   */
  private headRetried = true;
  private confirmations: Array<{ confirmation: PixelConfirmation; tries: number }> = [];
  private rollups = new RollupAccumulator();
  private lastWrite: number;
  private lastAggregates: number;
  private backoffMs = 0;
  private nextAttemptAt = 0;
  private queue: Promise<void> = Promise.resolve();
  /** The latest UTC day a click was for: sketches of days before the one before it are forgotten. */
  private latestDay = 0;
  private pendingReport: IngestReport = emptyReport();
  private reportedBacklog = 0;
  private seen = 0;
  private clicksSinceAggregates = 0;

  constructor(options: IngestOptions, deps: IngestDeps) {
    this.options = options;
    this.deps = deps;
    this.lastWrite = deps.now();
    this.lastAggregates = deps.now();
  }

  get size(): number {
    return this.backlog.length;
  }

  /** New visitors of a link's (or the workspace's, `''`) day, from the sketch book: the `uniques` of the timeseries. */
  countNewVisitors(workspaceId: string, linkId: string, at: number, n: number): void {
    this.rollups.addUnique(workspaceId, linkId, at, n);
  }

  confirm(confirmation: PixelConfirmation): void {
    if (this.confirmations.length < this.options.capacity) this.confirmations.push({ confirmation, tries: 0 });
  }

  /** The timer's turn: take what was handed over, write what is due. Runs one at a time. */
  tick(): Promise<void> {
    return this.exclusive(async () => {
      await this.deps.consequences?.refresh(this.deps.now());
      this.take();
      const now = this.deps.now();
      if (now < this.nextAttemptAt) return;
      const due = now - this.lastWrite >= this.options.flushIntervalMs;
      if (this.backlog.length >= this.options.flushSize || (due && (this.backlog.length > 0 || this.confirmations.length > 0))) await this.writeClicks(due);
      if (now - this.lastAggregates >= AGGREGATE_EVERY_FLUSHES * this.options.flushIntervalMs) await this.writeAggregates();
    });
  }

  /**
   * Re-read what clicks' consequences depend on (a pixel's server setup changed), between two
   * ticks: every click taken after this resolves sees the change.
   */
  refreshConsequences(): Promise<void> {
    return this.exclusive(async () => {
      await this.deps.consequences?.refresh(this.deps.now(), true);
    });
  }

  /** Write everything handed over so far, then the aggregates. Never throws (failures are reported). */
  flush(): Promise<void> {
    return this.exclusive(async () => {
      this.nextAttemptAt = 0;
      this.take();
      await this.writeClicks(true);
      await this.writeAggregates();
    });
  }

  /**
   * Write everything, retrying until `deadlineMs` from now; what is still unwritten then is
   * dropped as `shutdown`.
   */
  async close(deadlineMs: number): Promise<void> {
    const deadline = this.deps.now() + deadlineMs;
    for (;;) {
      await this.flush();
      const left = this.backlog.length + this.deps.reader.size;
      if ((left === 0 && this.aggregatesWritten()) || this.deps.now() >= deadline) break;
      await new Promise((r) => setTimeout(r, Math.min(Math.max(this.backoffMs, 50), 500, Math.max(0, deadline - this.deps.now()))));
    }
    this.take(Number.POSITIVE_INFINITY);
    if (this.backlog.length > 0) {
      this.deps.consequences?.forget(this.backlog);
      this.drop('shutdown', this.backlog.length);
      this.deps.reader.done(this.backlog.length);
    }
    this.backlog = [];
    this.sendReport();
  }

  private aggregatesWritten(): boolean {
    return this.rollups.size === 0;
  }

  /** Run `work` after everything queued before it: one piece of work at a time, in call order. */
  private exclusive(work: () => Promise<void>): Promise<void> {
    const run = this.queue.then(work).finally(() => this.sendReport());
    this.queue = run.catch(() => {});
    return run;
  }

  /** Move handed-over clicks into the backlog (up to its capacity), deriving and counting them. */
  private take(limit = this.options.capacity - this.backlog.length): void {
    if (limit <= 0) return;
    const clicks = this.deps.reader.take(limit);
    if (clicks.length === 0) return;
    const { keys, sketches, derive, random } = this.deps;
    for (const click of clicks) {
      const timed = ++this.seen % SAMPLE_EVERY === 0;
      const t0 = timed ? process.hrtime.bigint() : 0n;
      if (click.id === '') click.id = newId('click', click.at, random);
      derive(click);
      const t1 = timed ? process.hrtime.bigint() : 0n;
      if (!click.bot) {
        const day = dayOf(click.at);
        if (day > this.latestDay) this.latestDay = day;
        const [older, newer] = generationsOfDay(day);
        const visitor = keys.visitor(click.address, click.userAgent, click.workspaceId);
        const hashes = [keys.hash(older, visitor), keys.hash(newer, visitor)] as const;
        const t2 = timed ? process.hrtime.bigint() : 0n;
        sketches.add(click.linkId, click.workspaceId, day, click.at, hashes, click.linkId);
        sketches.add(click.workspaceId, click.workspaceId, day, click.at, hashes, '');
        // Pixel audiences grow from confirmed hits only (applyConfirmations): a pixel that was
        // served but never sent its hit put nobody in the platform's audience.
        if (timed) {
          this.stage('visitor_key', t2 - t1, 1);
          this.stage('sketches', process.hrtime.bigint() - t2, 1);
        }
      }
      if (timed) this.stage('derive', t1 - t0, 1);
      this.deps.consequences?.capture(click);
      // The raw request facts are not needed any more: only the derived ones go further.
      click.address = '';
      click.userAgent = '';
      this.backlog.push(click);
    }
  }

  /**
   * Write full batches (`flushSize`, a backlog in transactions of up to `maxBatchSize`); with
   * `all` (the timer, `flush`), also what is left. Only what is here when it starts: under steady
   * traffic the next tick takes the rest, so the aggregates get their turn.
   */
  private async writeClicks(all: boolean): Promise<void> {
    const { flushSize, maxBatchSize } = this.options;
    let left = all ? this.backlog.length : this.backlog.length - (this.backlog.length % flushSize);
    while (left > 0) {
      const size = Math.min(left, maxBatchSize);
      const batch = this.backlog.slice(0, size);
      const started = process.hrtime.bigint();
      let inserted: Click[];
      const consequences = this.deps.consequences;
      let consequencesNs = 0n;
      const writeConsequences = consequences
        ? async (trx: Kysely<Schema>, fresh: readonly Click[]) => {
            const t = process.hrtime.bigint();
            await consequences.write(trx, fresh);
            consequencesNs += process.hrtime.bigint() - t;
          }
        : undefined;
      try {
        const t = process.hrtime.bigint();
        await consequences?.prepare(batch);
        consequencesNs += process.hrtime.bigint() - t;
        inserted = await this.deps.store.insert(batch, this.headRetried, writeConsequences);
        consequences?.committed(batch);
        const took = process.hrtime.bigint() - started;
        this.pendingReport.batchSeconds.push(Number(took) / 1e9);
        this.stage('insert', took - consequencesNs, batch.length);
        if (consequences) this.stage('server_events', consequencesNs, batch.length);
      } catch (error) {
        this.headRetried = true;
        this.failed(error);
        this.expireOld();
        return;
      }
      this.backlog.splice(0, size);
      this.deps.reader.done(size);
      this.headRetried = false;
      const rollupsStarted = process.hrtime.bigint();
      for (const click of inserted) this.rollups.addClick(click);
      this.stage('rollups', process.hrtime.bigint() - rollupsStarted, inserted.length);
      this.pendingReport.written += batch.length;
      this.clicksSinceAggregates += batch.length;
      left -= size;
      this.succeeded();
    }
    this.lastWrite = this.deps.now();
    await this.applyConfirmations();
  }

  private async applyConfirmations(): Promise<void> {
    const waiting = this.confirmations.splice(0, this.options.flushSize);
    if (waiting.length === 0) return;
    try {
      const { confirmed, unmatched } = await this.deps.store.confirm(waiting.map((w) => w.confirmation));
      const retry = new Set(unmatched.map((c) => c.clickId));
      for (const w of waiting) if (retry.has(w.confirmation.clickId) && w.tries + 1 < CONFIRMATION_TRIES) this.confirmations.push({ confirmation: w.confirmation, tries: w.tries + 1 });
      for (const c of confirmed) {
        this.rollups.addConfirmation(c);
        if (c.firedLate.length > 0 && c.consentAfter === 'granted_prompt') await this.deps.consequences?.accepted(c.confirmation.clickId, c.firedLate);
        // The visitor joins the audience of every pixel whose hit the page saw leave (docs/analytics.md,
        // "Audiences"): the beacon's sender is the click's browser, hashed like the click.
        if (c.confirmed.length > 0) {
          const day = dayOf(c.at);
          const visitor = this.deps.keys.visitor(c.confirmation.address, c.confirmation.userAgent, c.workspaceId);
          const hashes = generationsOfDay(day).map((g) => this.deps.keys.hash(g, visitor));
          for (const pixelId of c.confirmed) this.deps.sketches.add(pixelId, c.workspaceId, day, c.at, hashes, null);
        }
      }
      this.pendingReport.confirmations += confirmed.length;
    } catch (error) {
      this.confirmations.unshift(...waiting);
      this.failed(error);
    }
  }

  private async writeAggregates(): Promise<void> {
    const now = this.deps.now();
    if (now < this.nextAttemptAt) return;
    const today = dayOf(now);
    try {
      await this.deps.keys.prepare([today], today);
    } catch (error) {
      this.failed(error);
      return;
    }
    // First: collecting counts the dense sketches' growth into the rollups about to be written.
    const collectStarted = process.hrtime.bigint();
    const sketches = this.deps.sketches.collect();
    const writing = this.rollups;
    this.rollups = new RollupAccumulator();
    try {
      await this.deps.store.writeAggregates({ rollups: writing.deltas(), sketches: sketches.rows, now });
      // Spread over the clicks it covers: every click's share of this periodic write.
      this.stage('aggregates', process.hrtime.bigint() - collectStarted, this.clicksSinceAggregates);
      this.clicksSinceAggregates = 0;
      this.lastAggregates = now;
      this.deps.sketches.evictBefore(this.latestDay - 1);
      this.succeeded();
    } catch (error) {
      // Keep them, with whatever arrived meanwhile, for the next try.
      sketches.failed();
      writing.merge(this.rollups);
      this.rollups = writing;
      this.failed(error);
    }
  }

  private succeeded(): void {
    if (this.backoffMs > 0) this.pendingReport.recovered = true;
    this.backoffMs = 0;
    this.nextAttemptAt = 0;
  }

  private failed(error: unknown): void {
    this.pendingReport.flushFailures++;
    if (this.backoffMs === 0) this.pendingReport.failure = error instanceof Error ? error.message : String(error);
    this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(100, this.backoffMs * 2));
    this.nextAttemptAt = this.deps.now() + this.backoffMs;
  }

  /** While the database is down, give up clicks older than `retryMaxMs` (the oldest are first). */
  private expireOld(): void {
    const cutoff = this.deps.now() - this.options.retryMaxMs;
    let n = 0;
    while (n < this.backlog.length && (this.backlog[n] as Click).at < cutoff) n++;
    if (n > 0) {
      this.deps.consequences?.forget(this.backlog.slice(0, n));
      this.backlog.splice(0, n);
      this.deps.reader.done(n);
      this.headRetried = false;
      this.drop('database_unavailable', n);
    }
  }

  private stage(name: string, ns: bigint, clicks: number): void {
    const entry = (this.pendingReport.stages[name] ??= [0, 0]);
    entry[0] += Number(ns);
    entry[1] += clicks;
  }

  private drop(reason: DropReason, n: number): void {
    this.pendingReport.dropped[reason] = (this.pendingReport.dropped[reason] ?? 0) + n;
  }

  private sendReport(): void {
    const report = this.pendingReport;
    const changed = Object.keys(report.stages).length > 0 || report.written > 0 || report.confirmations > 0 || report.flushFailures > 0 || report.batchSeconds.length > 0 ||
      Object.keys(report.dropped).length > 0 || report.failure !== undefined || report.recovered === true || this.backlog.length !== this.reportedBacklog;
    if (!changed) return;
    report.backlog = this.backlog.length;
    this.reportedBacklog = report.backlog;
    this.pendingReport = emptyReport();
    this.deps.report(report);
  }
}

function emptyReport(): IngestReport {
  return { written: 0, confirmations: 0, dropped: {}, flushFailures: 0, batchSeconds: [], backlog: 0, stages: {} };
}

/** One click in this many has its per-click stages timed (timing every click would cost more than some stages). */
const SAMPLE_EVERY = 64;

