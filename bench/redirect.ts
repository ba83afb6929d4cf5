/**
 * Redirect throughput: Ricochet's direct redirect for a cached link, with click recording on,
 * against a raw `node:http` server answering a constant 302 and one doing a Map lookup —
 * same run, same load tool (autocannon), each server pinned to CPU core 0 and the load
 * generator to core 1. Targets (issue 4): ≥ 0.90× the raw 302's requests/s, p99 ≤ 2× its p99.
 */
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

interface Run {
  name: string;
  script: string;
  path: string;
}

const RUNS: Run[] = [
  { name: 'raw node:http 302', script: 'bench/servers/raw-302.mjs', path: '/bench' },
  { name: 'raw node:http Map lookup', script: 'bench/servers/raw-map.mjs', path: '/bench' },
  { name: 'Ricochet (cached link, clicks recorded)', script: 'bench/servers/ricochet.mjs', path: '/bench?utm_source=x&fbclid=abc' },
];

async function measure(run: Run) {
  const server = await spawnPinned(run.script, 0);
  const url = `http://127.0.0.1:${server.port}${run.path}`;
  const headers = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' };
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up (JIT, caches)
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  const stderr = await server.stop();
  const non3xx = result.non2xx - (result['3xx'] ?? 0);
  return { result, stderr, non3xx };
}

export async function benchRedirect(): Promise<void> {
  const rows: Array<Record<string, string | number>> = [];
  let base: { rps: number; p99: number } | null = null;
  for (const run of RUNS) {
    const { result, stderr, non3xx } = await measure(run);
    const rps = result.requests.average;
    const p99 = result.latency.p99;
    base ??= { rps, p99 };
    rows.push({
      server: run.name,
      'req/s': Math.round(rps),
      'p50 ms': result.latency.p50,
      'p99 ms': p99,
      'vs raw 302 (req/s)': `${(rps / base.rps).toFixed(2)}×`,
      'vs raw 302 (p99)': `${(p99 / Math.max(base.p99, 1)).toFixed(2)}×`,
      errors: result.errors + result.timeouts + non3xx,
      note: stderr.trim() ? `clicks ${stderr.trim()}` : '',
    });
  }
  printTable(`Direct redirect, ${CONNECTIONS} connections, ${DURATION_S} s, server pinned to 1 core`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRedirect();
