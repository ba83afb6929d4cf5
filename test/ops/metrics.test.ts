/**
 * Issue 19: `/metrics` serves prom-client's process metrics (CPU, memory, GC, event-loop lag),
 * request latency per route class and the click-pipeline gauges next to every hot-path counter
 * it had before; the outbox hook adds its gauges; docs/operations.md describes every Ricochet
 * metric; and every query of the Grafana dashboard in docs/ names metrics that exist.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_CLASSES } from '../../src/app/prometheus.js';
import { OWNER_KEY, startTestServer, type TestServer } from '../support/test-server.js';
import { ROOT } from './support/processes.js';

/** The names `/metrics` served before prom-client joined: dashboards and alerts use them. */
const EARLIER_NAMES = [
  'ricochet_redirects_total', 'ricochet_clicks_buffered_total', 'ricochet_clicks_written_total', 'ricochet_clicks_dropped_total',
  'ricochet_pixel_confirmations_written_total', 'ricochet_click_flush_failures_total', 'ricochet_click_flush_seconds',
  'ricochet_click_step_nanoseconds_total', 'ricochet_click_step_samples_total', 'ricochet_link_cache_hits_total',
  'ricochet_link_cache_misses_total', 'ricochet_link_cache_stale_served_total', 'ricochet_clicks_buffered',
];

/** A sample line; values as Prometheus parses them (Go's ParseFloat: `NaN` and `Inf` in any case). */
const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*",?)*\})? (-?[0-9.eE+-]+|nan|[+-]inf)$/i;

interface Exposition {
  families: Map<string, string>;
  samples: Map<string, number>;
}

/** Parse the text format strictly: every line a comment or a well-formed sample, each family typed once. */
function parse(text: string): Exposition {
  const families = new Map<string, string>();
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('# HELP ')) continue;
    if (line.startsWith('# TYPE ')) {
      const [, , name, type] = line.split(' ');
      expect(families.has(name!), `family ${name} typed twice`).toBe(false);
      families.set(name!, type!);
      continue;
    }
    const m = SAMPLE.exec(line);
    expect(m, `not a sample: ${line}`).not.toBeNull();
    samples.set(`${m![1]}${m![2] ?? ''}`, Number(m![3]));
  }
  return { families, samples };
}

async function scrape(s: TestServer): Promise<{ text: string; parsed: Exposition; contentType: string | null }> {
  const res = await fetch(`${s.url}/metrics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, parsed: parse(text), contentType: res.headers.get('content-type') };
}

describe('/metrics', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer('sqlite', { CLICK_BUFFER_SIZE: '5000' });
    const link = await s.api('POST', '/links', { url: 'https://example.com/m', slug: 'measured', pixelIds: [] });
    expect(link.status).toBe(201);
    expect((await s.get('/measured')).status).toBe(302);
    await s.get('/no-such-link');
    await s.get('/');
    await s.get('/healthz');
    await fetch(`${s.url}/_r/beacon`, { method: 'POST', body: '{}' });
    await fetch(`${s.url}/metrics`);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('is valid Prometheus text with every earlier metric name still there', async () => {
    const { parsed, contentType } = await scrape(s);
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    for (const name of EARLIER_NAMES) expect(parsed.families.has(name), name).toBe(true);
  });

  it('adds process CPU, memory, heap, GC and event-loop lag', async () => {
    const { parsed } = await scrape(s);
    for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_heap_size_used_bytes', 'nodejs_eventloop_lag_p99_seconds', 'nodejs_gc_duration_seconds']) {
      expect(parsed.families.has(name), name).toBe(true);
    }
    expect(parsed.samples.get('process_resident_memory_bytes')).toBeGreaterThan(10_000_000);
  });

  it('times requests per route class', async () => {
    await s.get('/metrics');
    const { parsed } = await scrape(s);
    expect(parsed.families.get('ricochet_http_request_duration_seconds')).toBe('histogram');
    for (const route of ROUTE_CLASSES) {
      const count = parsed.samples.get(`ricochet_http_request_duration_seconds_count{route="${route}"}`);
      expect(count, route).toBeGreaterThan(0);
      expect(parsed.samples.get(`ricochet_http_request_duration_seconds_bucket{le="+Inf",route="${route}"}`)).toBe(count);
    }
  });

  it('shows the click buffer’s capacity and fill, and which release runs on which engine', async () => {
    const { parsed } = await scrape(s);
    expect(parsed.samples.get('ricochet_click_buffer_capacity')).toBe(5000);
    expect(parsed.samples.get('ricochet_click_buffer_fill_ratio')).toBeGreaterThanOrEqual(0);
    const version = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
    expect(parsed.samples.get(`ricochet_info{version="${version}",engine="sqlite"}`)).toBe(1);
  });

  it('exports the delivery engine’s gauges and counters (its outbox registers at start)', async () => {
    const { parsed } = await scrape(s);
    expect(parsed.samples.get('ricochet_outbox_pending')).toBe(0);
    expect(parsed.samples.get('ricochet_outbox_oldest_pending_seconds')).toBe(0);
    expect(parsed.samples.get('ricochet_outbox_failed_total')).toBe(0);
    expect(parsed.families.has('ricochet_deliveries_total')).toBe(true);
    expect(parsed.families.has('ricochet_delivery_breakers')).toBe(true);
  });

  it('has every Ricochet metric described in docs/operations.md', async () => {
    const { parsed } = await scrape(s);
    const doc = fs.readFileSync(path.join(ROOT, 'docs/operations.md'), 'utf8');
    for (const name of parsed.families.keys()) if (name.startsWith('ricochet_')) expect(doc, name).toMatch(new RegExp(`\`${name}[{\`]`));
  });

  it('backs every query of docs/grafana/ricochet-dashboard.json with a served metric', async () => {
    const dashboard = JSON.parse(fs.readFileSync(path.join(ROOT, 'docs/grafana/ricochet-dashboard.json'), 'utf8'));
    const { parsed } = await scrape(s);
    const exprs: string[] = dashboard.panels.flatMap((p: { targets?: Array<{ expr: string }> }) => (p.targets ?? []).map((t) => t.expr));
    expect(exprs.length).toBeGreaterThan(10);
    const known = new Set([...parsed.families.keys()].flatMap((n) => [n, `${n}_bucket`, `${n}_sum`, `${n}_count`]));
    for (const expr of exprs) {
      const names = expr.match(/\b(?:ricochet|process|nodejs)_[a-z0-9_]+/g) ?? [];
      expect(names.length, expr).toBeGreaterThan(0);
      for (const name of names) expect(known.has(name), `${name} in ${expr}`).toBe(true);
    }
    expect(dashboard.templating.list.find((v: { name: string }) => v.name === 'instance').query.query).toContain('ricochet_info');
  });

  it('needs no key (scrapers have none) and leaks no key', async () => {
    const { text } = await scrape(s);
    expect(text).not.toContain(OWNER_KEY);
  });
});
