/**
 * Redirect throughput: Ricochet's direct redirect for a cached link, with click recording on,
 * against a raw `node:http` server answering a constant 302 and one doing a Map lookup —
 * same run, same load tool (autocannon), each server pinned to CPU core 0 and the load
 * generator to core 1. Targets (issue 4): ≥ 0.90× the raw 302's requests/s, p99 ≤ 2× its p99.
 *
 * A second table says where the time goes: CPU per request at a fixed request rate (below
 * saturation, so it is cost, not queueing), for the raw 302, Ricochet answering without
 * recording clicks, and Ricochet as it runs, split between the event loop and other threads
 * (the SQLite writer thread, V8's GC helpers).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CPU_RATE = Number(process.env.BENCH_CPU_RATE ?? 5000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

interface Run {
  name: string;
  script: string;
  path: string;
}

const RAW_302: Run = { name: 'raw node:http 302', script: 'bench/servers/raw-302.mjs', path: '/bench' };
const RAW_MAP: Run = { name: 'raw node:http Map lookup', script: 'bench/servers/raw-map.mjs', path: '/bench' };
const RICOCHET: Run = { name: 'Ricochet (cached link, clicks recorded)', script: 'bench/servers/ricochet.mjs', path: '/bench?utm_source=x&fbclid=abc' };
const RICOCHET_NO_RECORDING: Run = {
  name: 'Ricochet answering, clicks not recorded',
  script: 'bench/servers/ricochet-no-recording.mjs',
  path: '/bench?utm_source=x&fbclid=abc',
};
const RUNS = [RAW_302, RAW_MAP, RICOCHET];
const CPU_RUNS = [RAW_302, RICOCHET_NO_RECORDING, RICOCHET];
const HEADERS = { 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36' };

/** Start a run's server on core 0 and warm it up (JIT, caches). */
async function startWarm(run: Run) {
  const server = await spawnPinned(run.script, 0);
  const url = `http://127.0.0.1:${server.port}${run.path}`;
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers: HEADERS });
  return { server, url };
}

async function measure(run: Run) {
  const { server, url } = await startWarm(run);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: HEADERS });
  const stderr = await server.stop();
  const non3xx = result.non2xx - (result['3xx'] ?? 0);
  return { result, stderr, non3xx };
}

const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU seconds so far of each thread of a process (Linux `/proc`), by thread id. */
function threadCpu(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return out;
}

async function measureCpu(run: Run) {
  const { server, url } = await startWarm(run);
  const pid = server.child.pid as number;
  const before = threadCpu(pid);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, overallRate: CPU_RATE, headers: HEADERS });
  const after = threadCpu(pid);
  await server.stop();
  let main = 0;
  let others = 0;
  for (const [tid, seconds] of after) {
    const used = seconds - (before.get(tid) ?? 0);
    if (tid === pid) main += used;
    else others += used;
  }
  const requests = result.requests.total;
  const us = (seconds: number) => ((seconds * 1e6) / requests).toFixed(1);
  return { 'req/s': Math.round(result.requests.average), 'CPU µs/request': us(main + others), 'event loop µs': us(main), 'other threads µs': us(others) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchRedirect(): Promise<void> {
  // Rounds interleave the servers, so a machine that speeds up or slows down during the run
  // (shared hosts do, by ±20 % or more) moves all of them alike; the table shows medians.
  const results = new Map<Run, Array<{ rps: number; p50: number; p99: number; errors: number; note: string }>>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const run of RUNS) {
      const { result, stderr, non3xx } = await measure(run);
      const list = results.get(run) ?? [];
      list.push({
        rps: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        errors: result.errors + result.timeouts + non3xx,
        note: stderr.trim() ? `clicks ${stderr.trim()}` : '',
      });
      results.set(run, list);
    }
  }
  const rows: Array<Record<string, string | number>> = [];
  const base = results.get(RAW_302) ?? [];
  const baseRps = median(base.map((r) => r.rps));
  const baseP99 = median(base.map((r) => r.p99));
  for (const run of RUNS) {
    const list = results.get(run) ?? [];
    const rps = median(list.map((r) => r.rps));
    const p99 = median(list.map((r) => r.p99));
    rows.push({
      server: run.name,
      'req/s (median)': Math.round(rps),
      'req/s per round': list.map((r) => Math.round(r.rps)).join(', '),
      'p50 ms': median(list.map((r) => r.p50)),
      'p99 ms': p99,
      'vs raw 302 (req/s)': `${(rps / baseRps).toFixed(2)}×`,
      'vs raw 302 (p99)': `${(p99 / Math.max(baseP99, 1)).toFixed(2)}×`,
      errors: list.reduce((n, r) => n + r.errors, 0),
      note: list.map((r) => r.note).filter(Boolean).join('; '),
    });
  }
  printTable(`Direct redirect, ${CONNECTIONS} connections, ${DURATION_S} s × ${ROUNDS} rounds, server pinned to 1 core`, rows);

  const cpuRows: Array<Record<string, string | number>> = [];
  for (const run of CPU_RUNS) cpuRows.push({ server: run.name, ...(await measureCpu(run)) });
  printTable(`Where the time goes: CPU per request at a fixed ${CPU_RATE} req/s, ${DURATION_S} s, server pinned to 1 core`, cpuRows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRedirect();
