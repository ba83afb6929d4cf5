import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { ClickBatch } from '../storage/click-sink.js';
import type { BatchResult, ClickWriterPort } from './click-writer.js';
import { encodeBatch, type BatchMessage } from './click-transfer.js';

export interface WriterThreadData {
  file: string;
  lockWaitMs: number;
  autoCheckpointPages: number;
}

/** What the writer thread is asked to do; each request carries an id its reply echoes. */
type WriterCall = { op: 'write'; batch: BatchMessage } | { op: 'writeRollups' } | { op: 'close' };
export type WriterRequest = WriterCall & { id: number };

export type WriterReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string; code: string | undefined };

/**
 * The thread waits this long for another connection's write lock (the API's, a backup's) before
 * the batch fails and is retried with back-off.
 */
const THREAD_LOCK_WAIT_MS = 2000;
/**
 * WAL pages before the writer thread checkpoints (SQLite's default is 1,000). Batches rewrite the
 * same index pages over and over; checkpointing every 40 MB instead of every 4 MB copies each
 * page back to the database file far less often (measured: most of a commit's cost at 1,000).
 */
const AUTO_CHECKPOINT_PAGES = 10_000;

const fromSource = import.meta.url.endsWith('.ts');
const ENTRY = new URL(fromSource ? './click-writer-thread.ts' : './click-writer-thread.js', import.meta.url);

/**
 * The click writer for an SQLite file, on a worker thread with a connection of its own.
 * better-sqlite3 is synchronous: on the event loop a batch of a few thousand clicks (and the
 * checkpoint after it) would stall every redirect for tens of milliseconds. Here the redirect
 * thread only pays for handing the batch over (a structured clone of flat tuples).
 *
 * If the thread dies, calls in flight reject (the buffer keeps their clicks and retries, and the
 * writes are idempotent by click id) and the next call starts a new thread. Rollups merged in
 * the dead thread and not yet written are lost, as after a hard kill (logged).
 */
export class ThreadedClickWriter implements ClickWriterPort {
  /** One thread, one connection, and SQLite has a single writer anyway. */
  readonly concurrency = 1;
  private readonly file: string;
  private readonly log: Logger;
  private worker: Worker | null = null;
  private readonly calls = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  private nextId = 1;

  constructor(file: string, log: Logger) {
    this.file = file;
    this.log = log;
  }

  write(batch: ClickBatch): Promise<BatchResult> {
    return this.call({ op: 'write', batch: encodeBatch(batch) }) as Promise<BatchResult>;
  }

  async writeRollups(): Promise<void> {
    await this.call({ op: 'writeRollups' });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    if (!worker) return;
    try {
      await this.call({ op: 'close' });
    } finally {
      this.worker = null;
      await worker.terminate();
    }
  }

  private call(request: WriterCall): Promise<unknown> {
    const worker = this.worker ?? this.start();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      // Keep the process alive while a call is in flight, not while the thread idles.
      if (this.calls.size === 0) worker.ref();
      this.calls.set(id, { resolve, reject });
      worker.postMessage({ id, ...request } satisfies WriterRequest);
    });
  }

  private start(): Worker {
    const data: WriterThreadData = { file: this.file, lockWaitMs: THREAD_LOCK_WAIT_MS, autoCheckpointPages: AUTO_CHECKPOINT_PAGES };
    const worker = fromSource
      ? // Running from sources (tsx, vitest): the thread registers tsx's loader before the entry.
        new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`, { eval: true, workerData: data })
      : new Worker(ENTRY, { workerData: data });
    worker.unref();
    worker.on('message', (reply: WriterReply) => {
      const call = this.calls.get(reply.id);
      if (!call) return;
      this.calls.delete(reply.id);
      if (this.calls.size === 0) worker.unref();
      if (reply.ok) call.resolve(reply.value);
      else call.reject(Object.assign(new Error(reply.message), { code: reply.code }));
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const call of this.calls.values()) call.reject(error);
      this.calls.clear();
    };
    worker.on('error', (error) => {
      this.log.error({ err: error }, 'click writer thread failed; unwritten rollups of its batches are lost, clicks are retried');
      fail(error);
    });
    worker.on('exit', (code) => fail(new Error(`click writer thread exited (code ${code})`)));
    this.worker = worker;
    return worker;
  }
}
