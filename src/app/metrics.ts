/**
 * Prometheus counters for `/metrics` (docs/operations.md), kept as plain numbers: incrementing one is
 * a property write, cheap enough for the redirect path, which logs nothing per request.
 */
export class Counter {
  readonly name: string;
  readonly help: string;
  readonly labelName: string | null;
  private readonly values = new Map<string, number>();

  constructor(name: string, help: string, labelName: string | null = null, initialLabels: readonly string[] = []) {
    this.name = name;
    this.help = help;
    this.labelName = labelName;
    for (const label of initialLabels) this.values.set(label, 0);
    if (labelName === null) this.values.set('', 0);
  }

  inc(label = '', by = 1): void {
    this.values.set(label, (this.values.get(label) ?? 0) + by);
  }

  get(label = ''): number {
    return this.values.get(label) ?? 0;
  }

  render(type: 'counter' | 'gauge' = 'counter'): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${type}`];
    for (const [label, value] of this.values) {
      lines.push(this.labelName ? `${this.name}{${this.labelName}="${escapeLabel(label)}"} ${value}` : `${this.name} ${value}`);
    }
    return lines.join('\n');
  }
}

/** A histogram with fixed buckets (seconds). */
export class Histogram {
  readonly name: string;
  readonly help: string;
  private readonly buckets: number[];
  private readonly counts: number[];
  private sum = 0;
  private count = 0;

  constructor(name: string, help: string, buckets: number[]) {
    this.name = name;
    this.help = help;
    this.buckets = buckets;
    this.counts = buckets.map(() => 0);
  }

  observe(seconds: number): void {
    this.sum += seconds;
    this.count++;
    for (let i = 0; i < this.buckets.length; i++) {
      if (seconds <= (this.buckets[i] as number)) this.counts[i] = (this.counts[i] as number) + 1;
    }
  }

  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    this.buckets.forEach((le, i) => lines.push(`${this.name}_bucket{le="${le}"} ${this.counts[i]}`));
    lines.push(`${this.name}_bucket{le="+Inf"} ${this.count}`, `${this.name}_sum ${this.sum}`, `${this.name}_count ${this.count}`);
    return lines.join('\n');
  }
}

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export interface Metrics {
  redirects: Counter;
  clicksBuffered: Counter;
  clicksWritten: Counter;
  clicksDropped: Counter;
  confirmationsWritten: Counter;
  flushFailures: Counter;
  flushSeconds: Histogram;
  stepNanoseconds: Counter;
  stepSamples: Counter;
  stepClicks: Counter;
}

export function createMetrics(dropReasons: readonly string[], outcomes: readonly string[]): Metrics {
  return {
    redirects: new Counter('ricochet_redirects_total', 'Requests to short links by outcome.', 'outcome', outcomes),
    clicksBuffered: new Counter('ricochet_clicks_buffered_total', 'Clicks accepted into the in-memory buffer.'),
    clicksWritten: new Counter('ricochet_clicks_written_total', 'Clicks written to the database.'),
    clicksDropped: new Counter('ricochet_clicks_dropped_total', 'Requests not stored as clicks, by reason.', 'reason', dropReasons),
    confirmationsWritten: new Counter('ricochet_pixel_confirmations_written_total', 'Interstitial pixel-yield reports written.'),
    flushFailures: new Counter('ricochet_click_flush_failures_total', 'Batches the database refused or could not take (retried).'),
    flushSeconds: new Histogram('ricochet_click_flush_seconds', 'Time to write one batch of clicks.', [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5]),
    stepNanoseconds: new Counter('ricochet_click_step_nanoseconds_total', 'Time the click writer spent in each stage (per-click stages sampled).', 'step'),
    stepSamples: new Counter('ricochet_click_step_samples_total', 'Clicks whose per-click stages were timed.'),
    stepClicks: new Counter('ricochet_click_step_clicks_total', 'Clicks each stage time covers: nanoseconds ÷ this = the stage cost per click.', 'step'),
  };
}
