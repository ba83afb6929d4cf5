import { collectDefaultMetrics, Counter, Gauge, Registry, type Metric } from 'prom-client';

/**
 * The operator's metrics, through prom-client, next to the hot-path counters of metrics.ts
 * (plain numbers, rendered by hand): process CPU and memory, GC, event-loop lag, request latency
 * per route class, the click pipeline, and a hook for the outbox. `/metrics` serves both.
 */

/** Route classes of `ricochet_http_request_duration_seconds` (one label, a handful of values). */
export const ROUTE_CLASSES = ['redirect', 'api', 'dashboard', 'beacon', 'ops'] as const;
export type RouteClass = (typeof ROUTE_CLASSES)[number];

/** From 0.25 ms (a cached redirect) to 5 s (a slow stats query or a stuck database). */
const LATENCY_BUCKETS = [0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

const LATENCY_NAME = 'ricochet_http_request_duration_seconds';

/**
 * `ricochet_http_request_duration_seconds{route}`: a histogram kept in typed arrays and handed to
 * the registry at scrape time. prom-client's own histogram costs ~600 ns per observation (it
 * hashes the labels every time), this one ~20 ns: the redirect path observes every request.
 */
class RouteLatency {
  readonly name = LATENCY_NAME;
  readonly help = 'Time from request to the end of the response, by route class (redirect, api, dashboard, beacon, ops).';
  readonly type = 'histogram';
  readonly aggregator = 'sum';
  /** Per route: one count per bucket (not cumulative) plus one above the last bucket, and the sum. */
  readonly routes = Object.fromEntries(ROUTE_CLASSES.map((r) => [r, { counts: new Float64Array(LATENCY_BUCKETS.length + 1), sum: 0 }])) as Record<
    RouteClass,
    { counts: Float64Array; sum: number }
  >;

  /** The shape prom-client's registry renders (what its own histograms return from `get`). */
  get() {
    const values: Array<{ labels: Record<string, string | number>; value: number; metricName: string }> = [];
    for (const route of ROUTE_CLASSES) {
      const { counts, sum } = this.routes[route];
      let cumulative = 0;
      LATENCY_BUCKETS.forEach((le, i) => {
        cumulative += counts[i]!;
        values.push({ labels: { le, route }, value: cumulative, metricName: `${LATENCY_NAME}_bucket` });
      });
      cumulative += counts[LATENCY_BUCKETS.length]!;
      values.push({ labels: { le: '+Inf', route }, value: cumulative, metricName: `${LATENCY_NAME}_bucket` });
      values.push({ labels: { route }, value: sum, metricName: `${LATENCY_NAME}_sum` });
      values.push({ labels: { route }, value: cumulative, metricName: `${LATENCY_NAME}_count` });
    }
    return { name: this.name, help: this.help, type: this.type, values, aggregator: this.aggregator };
  }

  reset(): void {
    for (const route of ROUTE_CLASSES) {
      this.routes[route].counts.fill(0);
      this.routes[route].sum = 0;
    }
  }
}

function observe(state: { counts: Float64Array; sum: number }, seconds: number): void {
  let i = 0;
  while (i < LATENCY_BUCKETS.length && seconds > LATENCY_BUCKETS[i]!) i++;
  state.counts[i]!++;
  state.sum += seconds;
}

let processRegistry: Registry | null = null;

/**
 * Process-wide metrics (CPU, memory, heap, GC, event-loop lag, handles), collected once per
 * process however many servers it builds: their observers cannot be removed again.
 */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, eventLoopMonitoringPrecision: 10 });
  }
  return processRegistry;
}

/** What the click-pipeline gauges read at scrape time. */
export interface ClickPipelineSource {
  /** Clicks in memory waiting to be written. */
  readonly size: number;
}

/**
 * What an outbox (durable deliveries to webhooks and ad platforms, a later capability) reports.
 * It registers itself with `Prometheus.observeOutbox`; until then no outbox metric is exported.
 */
export interface OutboxSource {
  /** Deliveries waiting, due or retrying. */
  pending(): number;
  /** Age of the oldest waiting delivery in seconds, or null when none waits. */
  oldestPendingSeconds(): number | null;
  /** Deliveries given up after their last retry, since the start. */
  failedTotal(): number;
  /** Per destination label (`meta`, `webhook`, …): deliveries by outcome since the start. */
  outcomes?(): Record<string, { sent: number; retried: number; rejected: number; dropped: number }>;
  /** Destinations by circuit-breaker state right now. */
  breakers?(): Record<string, number>;
}

export interface Prometheus {
  /** Time one request of a route class: call at arrival, the returned function when answered. */
  timer(route: RouteClass): () => void;
  /** The exposition text of everything registered here plus the process metrics. */
  render(): Promise<string>;
  readonly contentType: string;
  observeOutbox(source: OutboxSource): void;
}

export function createPrometheus(pipeline: { clicks: ClickPipelineSource; capacity: number; engine: string; version: string }): Prometheus {
  const registry = new Registry();
  const latency = new RouteLatency();
  registry.registerMetric(latency as unknown as Metric);

  new Gauge({
    name: 'ricochet_click_buffer_capacity',
    help: 'Clicks the in-memory buffer holds before it drops new ones (CLICK_BUFFER_SIZE).',
    registers: [registry],
  }).set(pipeline.capacity);
  new Gauge({
    name: 'ricochet_click_buffer_fill_ratio',
    help: 'Buffered clicks as a share of the capacity (1 = new clicks are being dropped).',
    registers: [registry],
    collect() {
      this.set(pipeline.capacity > 0 ? pipeline.clicks.size / pipeline.capacity : 0);
    },
  });
  new Gauge({
    name: 'ricochet_info',
    help: 'Always 1; the labels say which release runs on which database engine.',
    labelNames: ['version', 'engine'],
    registers: [registry],
  })
    .labels(pipeline.version, pipeline.engine)
    .set(1);

  return {
    timer(route) {
      const state = latency.routes[route];
      const started = performance.now();
      return () => observe(state, (performance.now() - started) / 1000);
    },
    async render() {
      return `${await processMetrics().metrics()}\n${await registry.metrics()}`;
    },
    contentType: registry.contentType,
    observeOutbox(source) {
      new Gauge({ name: 'ricochet_outbox_pending', help: 'Deliveries waiting in the outbox (due or retrying).', registers: [registry], collect() { this.set(source.pending()); } });
      new Gauge({
        name: 'ricochet_outbox_oldest_pending_seconds',
        help: 'Age of the oldest waiting delivery (0 when none waits).',
        registers: [registry],
        collect() {
          this.set(source.oldestPendingSeconds() ?? 0);
        },
      });
      if (source.outcomes) {
        const outcomes = source.outcomes.bind(source);
        new Counter({
          name: 'ricochet_deliveries_total',
          help: 'Outbox deliveries by destination label (platform, webhook) and outcome (sent, retried, rejected, dropped).',
          labelNames: ['destination', 'outcome'],
          registers: [registry],
          collect() {
            this.reset();
            for (const [destination, counts] of Object.entries(outcomes())) {
              for (const [outcome, n] of Object.entries(counts)) this.labels(destination, outcome).inc(n);
            }
          },
        });
      }
      if (source.breakers) {
        const breakers = source.breakers.bind(source);
        new Gauge({
          name: 'ricochet_delivery_breakers',
          help: 'Destinations by circuit-breaker state (closed, open, half_open).',
          labelNames: ['state'],
          registers: [registry],
          collect() {
            for (const [state, n] of Object.entries(breakers())) this.labels(state).set(n);
          },
        });
      }
      new Counter({
        name: 'ricochet_outbox_failed_total',
        help: 'Deliveries given up after their last retry.',
        registers: [registry],
        collect() {
          this.reset();
          this.inc(source.failedTotal());
        },
      });
    },
  };
}
