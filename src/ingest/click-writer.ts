import type { PixelConfirmation } from '../core/clicks/click.js';
import { RollupAccumulator } from '../core/clicks/rollup.js';
import type { ClickBatch, ClickSink } from '../storage/click-sink.js';

/** What one written batch reports back to the buffer. */
export interface BatchResult {
  clicks: number;
  /** Confirmations whose click was found and updated. */
  confirmations: number;
  /** Confirmations whose click is not (yet) in the database: the buffer retries them. */
  unmatched: PixelConfirmation[];
}

/**
 * The port the click buffer writes through. Two implementations: `ClickWriter` on the calling
 * thread (PostgreSQL, whose driver does its I/O off the event loop anyway, and in-memory SQLite),
 * and `ThreadedClickWriter`, which runs a `ClickWriter` on a worker thread for an SQLite file so
 * that synchronous SQLite writes never hold up redirects.
 */
export interface ClickWriterPort {
  /**
   * How many `write`s may usefully run at once: 2 on PostgreSQL (two pool connections: the
   * server writes one batch while Node prepares the next), 1 where writes are serial anyway
   * (SQLite has one writer).
   */
  readonly concurrency: number;
  /** One transaction per batch; all or nothing. Rejects when the database fails. */
  write(batch: ClickBatch): Promise<BatchResult>;
  /** Write the rollups of every batch written so far; on failure they are kept for the next try. */
  writeRollups(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Raw clicks per batch, rollups merged in memory and written when asked (every few seconds):
 * rollup rows are per (link, dimension, value, day), so merged over seconds their cost follows
 * the number of distinct rows, not the click rate. A batch's rollups are merged only once its
 * transaction committed, so a retried batch never counts twice.
 */
export class ClickWriter implements ClickWriterPort {
  readonly concurrency: number;
  private readonly sink: ClickSink;
  private pending = new RollupAccumulator();

  constructor(sink: ClickSink, concurrency = 1) {
    this.sink = sink;
    this.concurrency = concurrency;
  }

  async write(batch: ClickBatch): Promise<BatchResult> {
    const result = await this.sink.write(batch);
    this.pending.merge(result.rollups);
    return { clicks: result.clicks, confirmations: result.confirmations, unmatched: result.unmatched };
  }

  async writeRollups(): Promise<void> {
    if (this.pending.size === 0) return;
    const writing = this.pending;
    this.pending = new RollupAccumulator();
    try {
      await this.sink.writeRollups(writing.deltas());
    } catch (error) {
      // Keep them, with whatever arrived meanwhile, for the next try.
      writing.merge(this.pending);
      this.pending = writing;
      throw error;
    }
  }

  async close(): Promise<void> {}
}
