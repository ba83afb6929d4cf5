import type { Logger } from 'pino';
import type { DropReason, PixelConfirmation, StoredClick } from '../core/clicks/click.js';
import type { Clock } from '../core/ports.js';
import type { Metrics } from '../app/metrics.js';
import type { BatchResult, ClickWriterPort } from './click-writer.js';

export interface ClickBufferOptions {
  /** Most clicks held in memory; beyond it new clicks are dropped (`buffer_full`), never blocking a redirect. */
  capacity: number;
  /** Clicks per transaction; reaching it triggers a flush at once. */
  flushSize: number;
  /**
   * Most clicks per transaction when a backlog has built up (the writer fell behind): a bigger
   * transaction spreads its commit over more clicks, so a backlog drains faster.
   */
  maxBatchSize: number;
  flushIntervalMs: number;
  /** While the database fails, clicks are kept and retried this long; older ones are then dropped. */
  retryMaxMs: number;
  /** Where batches go: `ClickWriter`, or `ThreadedClickWriter` for an SQLite file. */
  writer: ClickWriterPort;
  clock: Clock;
  metrics: Metrics;
  log: Logger;
}

/** Unmatched pixel confirmations are retried this many flushes (their click may be on its way). */
const CONFIRMATION_TRIES = 5;
/** Rollup deltas are merged in memory and written every this many flush intervals (5 s by default). */
const ROLLUP_EVERY_FLUSHES = 5;
const MAX_BACKOFF_MS = 30_000;
const DROP_LOG_EVERY_MS = 10_000;

/**
 * The write buffer between the redirect path and the database (docs/architecture.md, after
 * Plausible's write_buffer): `push` is a bounded array append; a writer flushes in one
 * transaction by size, by interval and on shutdown. A failed batch stays at the head of the
 * buffer and is retried with exponential back-off; only clicks older than `retryMaxMs` are
 * given up (counted as `database_unavailable`, logged once per interval, not per click).
 */
export class ClickBuffer {
  private clicks: StoredClick[] = [];
  private confirmations: Array<{ confirmation: PixelConfirmation; tries: number }> = [];
  private readonly options: ClickBufferOptions;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private nextAttemptAt = 0;
  private backoffMs = 0;
  private pendingDrops = new Map<DropReason, number>();
  /** Batches written since the rollups were last written: rollups are pending while > 0. */
  private writesSinceRollups = 0;
  private lastRollupWrite = 0;
  private writingRollups: Promise<boolean> | null = null;
  private lastDropLog = 0;
  private closed = false;

  constructor(options: ClickBufferOptions) {
    this.options = options;
  }

  /** Clicks waiting to be written. */
  get size(): number {
    return this.clicks.length;
  }

  start(): void {
    this.lastRollupWrite = this.options.clock.now();
    this.timer = setInterval(() => void this.tick(), this.options.flushIntervalMs);
    this.timer.unref();
  }

  push(click: StoredClick): void {
    if (this.closed || this.clicks.length >= this.options.capacity) {
      this.drop(this.closed ? 'shutdown' : 'buffer_full', 1);
      return;
    }
    this.clicks.push(click);
    this.options.metrics.clicksBuffered.inc();
    if (this.clicks.length === this.options.flushSize) setImmediate(() => void this.drainOnce('full'));
  }

  confirm(confirmation: PixelConfirmation): void {
    if (this.confirmations.length >= this.options.capacity) return;
    this.confirmations.push({ confirmation, tries: 0 });
  }

  /** Count requests that never became clicks (HEAD, prefetch, …) under the same closed list. */
  drop(reason: DropReason, n: number): void {
    this.options.metrics.clicksDropped.inc(reason, n);
    if (reason === 'buffer_full' || reason === 'database_unavailable' || reason === 'shutdown') {
      this.pendingDrops.set(reason, (this.pendingDrops.get(reason) ?? 0) + n);
      this.logDrops(false);
    }
  }

  /**
   * Write what is buffered, then the pending rollups: after `flush()` resolves, stats include
   * every click pushed before it (unless the database failed). Never throws.
   */
  async flush(): Promise<void> {
    // A drain or rollup write already under way (the timer's) may have started before the
    // caller's clicks arrived: go round again until what was pending when we were called is out.
    await this.drainOnce('all');
    if (this.clicks.length > 0 || this.confirmations.some((c) => c.tries === 0)) await this.drainOnce('all');
    // Go round again only after a success (batches written meanwhile): a failed attempt waits for
    // its back-off like the clicks do, instead of costing the caller a second lock wait at once.
    if ((await this.writeRollups()) && this.writesSinceRollups > 0) await this.writeRollups();
  }

  /** The timer: write buffered clicks; write rollups when they are due. */
  private async tick(): Promise<void> {
    await this.drainOnce('all');
    if (this.options.clock.now() - this.lastRollupWrite >= ROLLUP_EVERY_FLUSHES * this.options.flushIntervalMs) await this.writeRollups();
  }

  /**
   * Concurrent callers share one drain. `full` (a batch filled up) writes full batches only and
   * leaves a remainder for the timer: back-to-back small batches would each pay a transaction
   * (and, on SQLite, a hand-over to the writer thread). `all` (the timer, `flush`) writes
   * everything waiting when it starts, then goes on like `full`: under steady traffic, writing
   * whatever arrived during the previous write would never end and keep every batch tiny.
   */
  private drainOnce(mode: 'all' | 'full'): Promise<void> {
    this.logDrops(false);
    if (!this.flushing) this.flushing = this.drain(mode).finally(() => (this.flushing = null));
    return this.flushing;
  }

  /**
   * Write the pending rollups unless the database is in back-off after a failed batch (it would
   * most likely fail too, after waiting for a lock or a connection). Resolves to whether the
   * attempt was made and succeeded (or nothing was pending).
   */
  private writeRollups(): Promise<boolean> {
    if (!this.writingRollups) {
      this.writingRollups = (async () => {
        const covered = this.writesSinceRollups;
        if (covered === 0) return true;
        if (this.options.clock.now() < this.nextAttemptAt) return false;
        try {
          // The writer keeps them on failure, merged with what arrives meanwhile, for a later try.
          await this.options.writer.writeRollups();
          this.writesSinceRollups -= covered;
          this.lastRollupWrite = this.options.clock.now();
          return true;
        } catch (error) {
          this.options.metrics.flushFailures.inc();
          this.options.log.warn({ err: error }, 'rollup write failed; will retry');
          return false;
        }
      })().finally(() => (this.writingRollups = null));
    }
    return this.writingRollups;
  }

  /**
   * Stop the timer and write everything, retrying until `deadlineMs` from now; whatever is
   * still unwritten then is dropped as `shutdown` (and logged).
   */
  async close(deadlineMs: number): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const deadline = this.options.clock.now() + deadlineMs;
    while (this.clicks.length > 0 || this.confirmations.length > 0 || this.writesSinceRollups > 0) {
      this.nextAttemptAt = 0;
      await this.flush();
      if (this.clicks.length === 0 && this.confirmations.every((c) => c.tries > 0) && this.writesSinceRollups === 0) break;
      if (this.options.clock.now() >= deadline) break;
      if (this.backoffMs > 0) await new Promise((r) => setTimeout(r, Math.min(this.backoffMs, 500)));
    }
    this.closed = true;
    if (this.clicks.length > 0) {
      this.drop('shutdown', this.clicks.length);
      this.clicks = [];
    }
    if (this.writesSinceRollups > 0) {
      this.options.log.error({ batches: this.writesSinceRollups }, 'rollups not written before shutdown: stats will undercount these clicks (the raw clicks are stored)');
    }
    this.logDrops(true);
  }

  private async drain(mode: 'all' | 'full'): Promise<void> {
    const { clock, flushSize, writer, metrics, log } = this.options;
    // What `all` owes: the clicks and fresh confirmations waiting now, partial batches included.
    let owedClicks = mode === 'all' ? this.clicks.length : 0;
    let owedConfirmations = mode === 'all' ? this.confirmations.filter((c) => c.tries === 0).length : 0;
    const more = () => this.clicks.length >= flushSize || (owedClicks > 0 && this.clicks.length > 0) || owedConfirmations > 0;
    while (more()) {
      if (clock.now() < this.nextAttemptAt) return;
      // Consecutive slices from the head; the head only changes here, so they stay put meanwhile.
      const sizes = this.batchSizes(owedClicks > 0 || owedConfirmations > 0 ? 'all' : 'full');
      const starts = sizes.map((_, i) => sizes.slice(0, i).reduce((a, b) => a + b, 0));
      const confirmations = this.confirmations.splice(0, flushSize);
      const started = process.hrtime.bigint();
      const settled = await Promise.allSettled(
        sizes.map((size, i) =>
          writer.write({
            clicks: this.clicks.slice(starts[i], (starts[i] as number) + size),
            confirmations: i === 0 ? confirmations.map((c) => c.confirmation) : [],
          }),
        ),
      );
      // Last slice first, so the earlier slices' positions hold while the written ones are removed.
      for (let i = settled.length - 1; i >= 0; i--) {
        const outcome = settled[i] as PromiseSettledResult<BatchResult>;
        if (outcome.status === 'rejected') continue;
        const result = outcome.value;
        metrics.flushSeconds.observe(Number(process.hrtime.bigint() - started) / 1e9);
        this.clicks.splice(starts[i] as number, sizes[i] as number);
        if (result.clicks > 0 || result.confirmations > 0) this.writesSinceRollups++;
        metrics.clicksWritten.inc('', result.clicks);
        metrics.confirmationsWritten.inc('', result.confirmations);
        if (i > 0) continue;
        const retry = new Set(result.unmatched.map((c) => c.clickId));
        for (const c of confirmations) {
          if (retry.has(c.confirmation.clickId) && c.tries + 1 < CONFIRMATION_TRIES) this.confirmations.push({ confirmation: c.confirmation, tries: c.tries + 1 });
        }
      }
      const failure = settled.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failure) {
        if (settled[0]?.status === 'rejected') this.confirmations.unshift(...confirmations);
        metrics.flushFailures.inc();
        if (this.backoffMs === 0) log.warn({ err: failure.reason, buffered: this.clicks.length }, 'click write failed; keeping clicks buffered and retrying');
        this.backoffMs = Math.min(MAX_BACKOFF_MS, Math.max(100, this.backoffMs * 2));
        this.nextAttemptAt = clock.now() + this.backoffMs;
        this.expireOld();
        return;
      }
      owedClicks -= sizes.reduce((a, b) => a + b, 0);
      owedConfirmations -= confirmations.length;
      if (this.backoffMs > 0) log.info({ buffered: this.clicks.length }, 'click writes recovered');
      this.backoffMs = 0;
      this.nextAttemptAt = 0;
      // Unmatched confirmations were re-queued with tries > 0: a later flush retries them, this
      // loop only goes on for clicks and fresh confirmations.
      if (this.clicks.length === 0) continue;
      // A writer on this thread (PostgreSQL's driver, in-memory SQLite) may have held it: let
      // waiting requests through between batches so a backlog never stalls redirects for long.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /**
   * The next transactions' sizes: what is waiting, spread over as many as the writer runs at once,
   * each at most `maxBatchSize`. A size trigger (`full`) takes whole batches of `flushSize` only (a
   * remainder waits for the timer); the timer and `flush` take everything. `[0]` when only
   * confirmations are waiting.
   */
  private batchSizes(mode: 'all' | 'full'): number[] {
    const { flushSize, maxBatchSize, writer } = this.options;
    const parallel = Math.max(1, writer.concurrency);
    const waiting = this.clicks.length;
    const each = Math.min(Math.max(flushSize, maxBatchSize), Math.max(flushSize, Math.ceil(waiting / parallel / flushSize) * flushSize));
    const sizes: number[] = [];
    for (let taken = 0; sizes.length < parallel && taken < waiting; ) {
      const n = Math.min(each, waiting - taken);
      const size = mode === 'full' ? n - (n % flushSize) : n;
      if (size === 0) break;
      sizes.push(size);
      taken += size;
    }
    return sizes.length > 0 ? sizes : [0];
  }

  /** While the database is down, give up clicks older than `retryMaxMs` (oldest are first). */
  private expireOld(): void {
    const cutoff = this.options.clock.now() - this.options.retryMaxMs;
    let n = 0;
    while (n < this.clicks.length && (this.clicks[n] as StoredClick).at < cutoff) n++;
    if (n > 0) {
      this.clicks.splice(0, n);
      this.drop('database_unavailable', n);
    }
  }

  private logDrops(force: boolean): void {
    const now = this.options.clock.now();
    if (this.pendingDrops.size === 0 || (!force && now - this.lastDropLog < DROP_LOG_EVERY_MS)) return;
    this.lastDropLog = now;
    this.options.log.warn({ dropped: Object.fromEntries(this.pendingDrops) }, 'clicks dropped');
    this.pendingDrops = new Map();
  }
}
