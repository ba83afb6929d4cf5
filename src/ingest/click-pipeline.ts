import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import type { Metrics } from '../app/metrics.js';
import type { CountryLookup } from '../app/geo/country-lookup.js';
import type { DropReason, PixelConfirmation } from '../core/clicks/click.js';
import type { Random } from '../core/ports.js';
import type { Database } from '../storage/database.js';
import { createHandoverBuffer, HandoverReader, HandoverWriter, type ClickFacts } from './click-handover.js';
import type { IngestOptions, IngestReport } from './click-ingest.js';
import type { ConversionsSetup } from '../conversions/conversions-runtime.js';
import type { DisabledNotice } from '../webhooks/webhook-destinations.js';
import type { WebhookSetup } from '../webhooks/webhook-runtime.js';
import type { EngineReport } from '../delivery/delivery-engine.js';
import { startIngest, type WriterMessage, type WriterRequest, type WriterThreadData } from './ingest-runtime.js';

export interface ClickPipelineOptions extends IngestOptions {
  database: Database;
  metrics: Metrics;
  log: Logger;
  /** For in-memory SQLite only (the writer then runs on the event loop). */
  lookupCountry: CountryLookup;
  random: Random;
  /** Server-side events and deliveries, run on the writer thread (null: none). */
  conversions: ConversionsSetup | null;
  /** Signed webhooks, on the same engine (null: none). */
  webhooks?: WebhookSetup | null;
  /** The delivery engine's reports (for `/metrics`). */
  onOutbox?(report: EngineReport): void;
}

/**
 * Bytes of hand-over per click the buffer may hold. Real records are ~300 bytes; a burst of long
 * queries fills the ring sooner, and is then dropped like any other full buffer.
 */
const HANDOVER_BYTES_PER_CLICK = 400;
/** The hand-over holds half a second of clicks at 30,000/s (6.5 MB); the writer polls it every 10 ms and its backlog holds the rest. */
const HANDOVER_MAX_CLICKS = 16_384;
const DROP_LOG_EVERY_MS = 10_000;
/** A crashed writer thread is started again after this, doubling per crash in a row up to 30 s. */
const RESTART_FIRST_MS = 200;
const RESTART_MAX_MS = 30_000;

/** What `/readyz` says about the click path (src/http/health.ts). */
export interface ClickPathHealth {
  /** `running`; `restarting` after the writer thread died; `closed` after shutdown. */
  writer: 'running' | 'restarting' | 'closed';
  /** The last write error while writes fail (e.g. `SQLITE_FULL: database or disk is full`); null when they work. */
  writeError: string | null;
  /** Clicks handed over and not written yet, and how many the buffer holds at most. */
  pending: number;
  capacity: number;
}

const fromSource = import.meta.url.endsWith('.ts');
const ENTRY = new URL(fromSource ? './click-writer-thread.ts' : './click-writer-thread.js', import.meta.url);

/**
 * The event loop's side of the click path (docs/architecture.md): `record` appends a click's raw facts
 * to the hand-over (a preallocated shared ring) or, when it is full, drops and counts it — never
 * blocking a redirect. The click writer thread does the rest (src/ingest/click-ingest.ts); this
 * class relays beacons, `flush` and `close` to it and folds its reports into `/metrics`.
 *
 * Bounded: at most CLICK_BUFFER_SIZE clicks handed over and not yet written (counted in the
 * shared buffer, so the bound is exact), of which at most HANDOVER_MAX_CLICKS wait in the ring.
 * While the database is away the writer keeps what it took and the count reaches the bound: new
 * clicks are dropped as `buffer_full`.
 */
export class ClickPipeline {
  private readonly writer: HandoverWriter;
  private readonly metrics: Metrics;
  private readonly log: Logger;
  private readonly calls = new Map<number, { resolve(): void; reject(error: Error): void }>();
  private nextId = 1;
  private closed = false;
  private pendingDrops = new Map<DropReason, number>();
  private lastDropLog = 0;
  private stop: () => Promise<void>;
  private send: (request: WriterRequest) => void;
  private writeError: string | null = null;
  private writerState: ClickPathHealth['writer'] = 'running';
  private readonly capacity: number;
  /** Only with a writer thread: ends it as a crash would (fault-injection tests). */
  private kill: (() => Promise<void>) | null = null;
  /** The delivery engine's reports from the writer thread (for `/metrics`). */
  private onOutbox: ((report: EngineReport) => void) | undefined;

  private constructor(writer: HandoverWriter, metrics: Metrics, log: Logger, send: (r: WriterRequest) => void, stop: () => Promise<void>, capacity: number) {
    this.writer = writer;
    this.metrics = metrics;
    this.log = log;
    this.send = send;
    this.stop = stop;
    this.capacity = capacity;
  }

  static async start(options: ClickPipelineOptions): Promise<ClickPipeline> {
    const maxClicks = Math.min(options.capacity, HANDOVER_MAX_CLICKS);
    const handover = createHandoverBuffer(maxClicks * HANDOVER_BYTES_PER_CLICK);
    const writer = new HandoverWriter(handover, maxClicks, options.capacity);
    const ingestOptions: IngestOptions = {
      flushSize: options.flushSize,
      maxBatchSize: options.maxBatchSize,
      flushIntervalMs: options.flushIntervalMs,
      capacity: options.capacity,
      retryMaxMs: options.retryMaxMs,
    };
    let pipeline: ClickPipeline | undefined;
    const onReport = (report: IngestReport) => pipeline?.apply(report);

    const connection = options.database.connection;
    if (connection === null) {
      const runtime = await startIngest({
        data: { handover, options: ingestOptions, conversions: options.conversions, webhooks: options.webhooks ?? null },
        database: options.database,
        lookupCountry: options.lookupCountry,
        random: options.random,
        report: onReport,
        reportOutbox: (report) => options.onOutbox?.(report),
        webhookDisabled: (notice) => webhookDisabled(options.log, notice),
      });
      pipeline = new ClickPipeline(
        writer,
        options.metrics,
        options.log,
        (request) => {
          if (request.op === 'confirm') return runtime.ingest.confirm(request.confirmation);
          const work = request.op === 'flush' ? runtime.ingest.flush() : request.op === 'refresh' ? runtime.ingest.refreshConsequences() : runtime.close(request.deadlineMs);
          void work.then(() => pipeline?.settle(request.id), (error: unknown) => pipeline?.settle(request.id, String(error)));
        },
        async () => {},
        options.capacity,
      );
      return pipeline;
    }

    const data: WriterThreadData = { handover, connection, options: ingestOptions, conversions: options.conversions, webhooks: options.webhooks ?? null };
    const p = new ClickPipeline(writer, options.metrics, options.log, () => {}, async () => {}, options.capacity);
    p.onOutbox = options.onOutbox;
    pipeline = p;
    await p.runWriterThread(data, handover);
    return p;
  }

  /**
   * Start the writer thread and watch it. If it dies (an uncaught error, running out of memory,
   * `terminateWriter`), a new thread starts after a back-off and takes again everything the dead
   * one had not written (the records stay in the hand-over until written: click-handover.ts);
   * only clicks it had spilled out of the ring (the database away, the ring half full) are lost,
   * counted as `writer_crashed`. Redirects never notice; `/readyz` says `restarting` meanwhile.
   */
  private async runWriterThread(data: WriterThreadData, handover: SharedArrayBuffer, crashes = 0): Promise<void> {
    const worker = fromSource
      ? // Running from sources (tsx, vitest): the thread registers tsx's loader before the entry.
        new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`, { eval: true, workerData: data })
      : new Worker(ENTRY, { workerData: data });
    await new Promise<void>((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', function ready(message: WriterMessage) {
        if (message.type !== 'ready') return;
        worker.off('message', ready);
        worker.off('error', reject);
        resolve();
      });
    });
    worker.unref();
    let stopping = false;
    let healthySince = Date.now();
    this.send = (request) => worker.postMessage(request);
    this.stop = async () => {
      stopping = true;
      await worker.terminate();
    };
    this.kill = async () => {
      await worker.terminate();
    };
    this.writerState = 'running';
    worker.on('message', (message: WriterMessage) => {
      if (message.type === 'report') this.apply(message.report);
      else if (message.type === 'outbox') this.onOutbox?.(message.report);
      else if (message.type === 'webhook-disabled') webhookDisabled(this.log, message.notice);
      else if (message.type === 'done') this.settle(message.id, message.error);
    });
    let failed = false;
    const crashed = (error: Error) => {
      if (stopping || failed) return;
      failed = true;
      const lost = HandoverReader.recover(handover);
      this.log.error({ err: error, lost, buffered: this.size }, 'click writer thread died; starting a new one, which takes again what it held (clicks it had spilled are lost)');
      if (lost > 0) this.drop('writer_crashed', lost);
      this.failAll(error);
      this.writerState = 'restarting';
      this.send = () => {};
      const inARow = Date.now() - healthySince < RESTART_MAX_MS ? crashes + 1 : 1;
      const delay = Math.min(RESTART_MAX_MS, RESTART_FIRST_MS * 2 ** (inARow - 1));
      setTimeout(() => {
        if (this.closed) return;
        this.runWriterThread(data, handover, inARow).catch((restartError: unknown) => {
          this.log.error({ err: restartError }, 'click writer thread could not start; trying again');
          crashed(restartError as Error);
        });
      }, delay).unref();
    };
    worker.on('error', crashed);
    worker.on('exit', (code) => crashed(new Error(`click writer thread exited with code ${code}`)));
    healthySince = Date.now();
  }

  /** What `/readyz` reports about the click path. */
  health(): ClickPathHealth {
    return { writer: this.closed ? 'closed' : this.writerState, writeError: this.writeError, pending: this.size, capacity: this.capacity };
  }

  /**
   * End the writer thread abruptly, as a crash would (fault-injection tests: see
   * test/ops/faults.test.ts). The pipeline starts a new one.
   */
  async terminateWriter(): Promise<void> {
    await this.kill?.();
  }

  /** Clicks in the hand-over, not taken by the writer yet. */
  get handedOver(): number {
    return this.writer.size;
  }

  /** Clicks waiting: in the hand-over, and taken by the writer but not written yet. */
  get size(): number {
    return this.writer.pending;
  }

  /** Hand a click over (synchronous, allocation-free); a full hand-over drops it as `buffer_full`. */
  record(click: ClickFacts): void {
    if (this.closed) return this.drop('shutdown');
    if (this.writer.append(click)) this.metrics.clicksBuffered.inc();
    else this.drop('buffer_full');
  }

  /** Count a request that did not become a click, under its reason. */
  drop(reason: DropReason, n = 1): void {
    this.metrics.clicksDropped.inc(reason, n);
    if (reason === 'buffer_full' || reason === 'database_unavailable' || reason === 'shutdown') {
      this.pendingDrops.set(reason, (this.pendingDrops.get(reason) ?? 0) + n);
      this.logDrops(false);
    }
  }

  /** An interstitial's beacon (pixel yield), applied by the writer once its click is stored. */
  confirm(confirmation: PixelConfirmation): void {
    if (!this.closed) this.send({ op: 'confirm', confirmation });
  }

  /** Resolves once every click handed over before the call is written, with the aggregates (unless the database failed). */
  flush(): Promise<void> {
    return this.call((id) => ({ op: 'flush', id }));
  }

  /** A pixel's server setup changed: resolves once clicks taken from now on see it. */
  refreshServerSetups(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return this.call((id) => ({ op: 'refresh', id }));
  }

  /** Stop taking clicks, write everything (retrying up to `deadlineMs`), drop the rest as `shutdown`. */
  async close(deadlineMs: number): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      await this.call((id) => ({ op: 'close', id, deadlineMs }));
    } finally {
      this.logDrops(true);
      await this.stop();
    }
  }

  private call(request: (id: number) => WriterRequest): Promise<void> {
    const id = this.nextId++;
    return new Promise<void>((resolve, reject) => {
      this.calls.set(id, { resolve, reject });
      this.send(request(id));
    });
  }

  private settle(id: number, error?: string): void {
    const call = this.calls.get(id);
    this.calls.delete(id);
    if (error) call?.reject(new Error(error));
    else call?.resolve();
  }

  private failAll(error: Error): void {
    for (const call of this.calls.values()) call.reject(error);
    this.calls.clear();
  }

  private apply(report: IngestReport): void {
    const m = this.metrics;
    if (report.written > 0) m.clicksWritten.inc('', report.written);
    if (report.confirmations > 0) m.confirmationsWritten.inc('', report.confirmations);
    if (report.flushFailures > 0) m.flushFailures.inc('', report.flushFailures);
    for (const seconds of report.batchSeconds) m.flushSeconds.observe(seconds);
    for (const [step, [ns, clicks]] of Object.entries(report.stages)) {
      m.stepNanoseconds.inc(step, ns);
      m.stepClicks.inc(step, clicks);
    }
    if (report.stages.derive) m.stepSamples.inc('', report.stages.derive[1]);
    for (const [reason, n] of Object.entries(report.dropped)) this.drop(reason as DropReason, n);
    if (report.failure) {
      this.writeError = report.failure;
      this.log.warn({ err: report.failure, buffered: this.size }, 'click write failed; keeping clicks and retrying');
    }
    if (report.recovered) {
      this.writeError = null;
      this.log.info({ buffered: this.size }, 'click writes recovered');
    }
  }

  private logDrops(force: boolean): void {
    const now = Date.now();
    if (this.pendingDrops.size === 0 || (!force && now - this.lastDropLog < DROP_LOG_EVERY_MS)) return;
    this.lastDropLog = now;
    this.log.warn({ dropped: Object.fromEntries(this.pendingDrops) }, 'clicks dropped');
    this.pendingDrops = new Map();
  }
}

/** Ricochet turned a webhook endpoint off (docs/webhooks.md): the operator's log says so too. */
function webhookDisabled(log: Logger, notice: DisabledNotice): void {
  log.warn({ workspaceId: notice.workspaceId, webhookId: notice.webhookId, reason: notice.reason }, 'webhook.disabled: endpoint turned off');
}
