import type { Metrics } from '../app/metrics.js';
import type { DropReason } from '../core/clicks/click.js';
import type { ClickBuffer } from './click-buffer.js';
import { runClickPipeline, type ClickInput } from './click-pipeline.js';
import type { DailySalts } from './daily-salts.js';
import { visitorHash } from './visitor-hash.js';

/** One click in this many has its steps timed for `/metrics`. */
const TIMING_SAMPLE_EVERY = 256;

/**
 * What the redirect path calls after it has answered: run the named steps and hand the stored
 * click to the buffer (or count the drop). Synchronous and I/O-free.
 */
export class ClickRecorder {
  private readonly buffer: ClickBuffer;
  private readonly salts: DailySalts;
  private readonly metrics: Metrics;
  private readonly deps;
  private seen = 0;

  constructor(buffer: ClickBuffer, salts: DailySalts, metrics: Metrics) {
    this.buffer = buffer;
    this.salts = salts;
    this.metrics = metrics;
    this.deps = {
      visitorHash: (at: number, ip: string, ua: string, workspaceId: string) => visitorHash(this.salts.forTime(at), ip, ua, workspaceId),
    };
  }

  record(input: ClickInput): void {
    const timed = ++this.seen % TIMING_SAMPLE_EVERY === 0;
    const outcome = runClickPipeline(input, this.deps, timed ? (step, ns) => this.metrics.stepNanoseconds.inc(step, ns) : undefined);
    if (timed) this.metrics.stepSamples.inc();
    if (outcome.ok) this.buffer.push(outcome.click);
    else this.buffer.drop(outcome.reason, 1);
  }

  drop(reason: DropReason): void {
    this.buffer.drop(reason, 1);
  }
}
