import { Worker } from 'node:worker_threads';
import { AppError } from '../core/errors.js';

/** Jobs waiting per thread before new ones are refused: a guessing storm is turned away, not queued. */
const QUEUE_PER_THREAD = 32;

export interface ScryptJob {
  password: string;
  salt: Buffer;
  keylen: number;
  N: number;
  r: number;
  p: number;
  maxmem: number;
}

/**
 * The worker's whole program: plain CommonJS, no imports of ours, so it runs the same from the
 * sources (tsx) and from dist/. `scryptSync` inside a thread of its own: the hash never runs on
 * libuv's shared pool, where it would queue behind (and in front of) file system and DNS work.
 */
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { scryptSync } = require('node:crypto');
parentPort.on('message', (job) => {
  try {
    const key = scryptSync(job.password, Buffer.from(job.salt), job.keylen, { N: job.N, r: job.r, p: job.p, maxmem: job.maxmem });
    parentPort.postMessage({ id: job.id, key });
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String(error && error.message || error) });
  }
});
`;

interface Pending {
  job: ScryptJob & { id: number };
  resolve(key: Buffer): void;
  reject(error: Error): void;
}

/**
 * Password hashing in its own bounded pool (docs/security.md#link-passwords): `threads` worker
 * threads, each hashing one password at a time, and a queue of at most QUEUE_PER_THREAD jobs per
 * thread. When the queue is full, `scrypt` rejects at once with 503 `UNAVAILABLE`: guessing can
 * slow down other guesses, never redirects, the API or the dashboard. Threads start on first use
 * and do not keep the process alive.
 */
export class PasswordHasher {
  private readonly threads: number;
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private started = 0;
  private nextId = 1;
  private closed = false;

  constructor(threads: number) {
    this.threads = threads;
  }

  /** Jobs waiting for a thread (for tests and metrics). */
  get queued(): number {
    return this.queue.length;
  }

  scrypt(job: ScryptJob): Promise<Buffer> {
    if (this.closed) return Promise.reject(new Error('password hasher closed'));
    if (this.queue.length >= this.threads * QUEUE_PER_THREAD) {
      return Promise.reject(new AppError('UNAVAILABLE', 'Too many passwords are being checked right now; retry in a moment.'));
    }
    return new Promise<Buffer>((resolve, reject) => {
      this.queue.push({ job: { ...job, id: this.nextId++ }, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('password hasher closed'));
    await Promise.all([...this.idle.splice(0), ...this.busy.keys()].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const worker = this.idle.pop() ?? (this.started < this.threads ? this.spawn() : undefined);
      if (!worker) return;
      const pending = this.queue.shift() as Pending;
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    this.started++;
    const worker = new Worker(WORKER_SOURCE, { eval: true });
    worker.unref();
    worker.on('message', (message: { id: number; key?: Uint8Array; error?: string }) => {
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (pending) {
        if (message.key) pending.resolve(Buffer.from(message.key));
        else pending.reject(new Error(message.error ?? 'scrypt failed'));
      }
      if (!this.closed) {
        this.idle.push(worker);
        this.dispatch();
      }
    });
    const gone = (error: Error) => {
      // A thread that died takes its job with it; the next job starts a new one.
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      const at = this.idle.indexOf(worker);
      if (at !== -1) this.idle.splice(at, 1);
      this.started--;
      pending?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', gone);
    worker.on('exit', (code) => {
      if (this.busy.has(worker) || this.idle.includes(worker)) gone(new Error(`password hashing thread exited (${code})`));
    });
    return worker;
  }
}
