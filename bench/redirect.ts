/**
 * Redirect throughput (issue 15): Ricochet's direct redirect for a cached link, clicks recorded,
 * against a raw `node:http` server answering a constant 302 — same run, same load tool
 * (autocannon), each server process pinned to CPU core 0 (Ricochet's click writer thread
 * included), the load generator on core 1. Every request comes from another visitor
 * (bench/visitors.ts: its own address via X-Forwarded-For, one of six user agents), so nothing
 * is cached per visitor. Targets: ≥ 0.70× the raw 302's requests/s, p99 ≤ 2× its p99, and the
 * link's stats total = the requests the load tool saw answered, every run.
 *
 * Each run sends a fixed number of requests (`amount`), so the load tool sees every answer: the
 * count it reports is exact, and the server's stored clicks must match it.
 *
 * A second table says where the time goes: CPU per request at a fixed request rate (below
 * saturation, so it is cost, not queueing), for the raw 302, Ricochet answering without
 * recording clicks, and Ricochet as it runs, split between the event loop and other threads
 * (the click writer thread, V8's GC helpers).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import autocannon from 'autocannon';
import { spawnPinned } from './spawn-server.js';
import { printTable } from './table.js';
import { timedLoad } from './timed-load.js';
import { everyRequestAnotherVisitor } from './visitors.js';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300_000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CPU_RATE = Number(process.env.BENCH_CPU_RATE ?? 5000);
const CPU_SECONDS = Number(process.env.BENCH_CPU_SECONDS ?? 10);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const QUERY = '?utm_source=newsletter&fbclid=IwAR0bench';

interface Run {
  name: string;
  script: string;
  /** Whether the server records clicks and reports what it stored. */
  records: boolean;
}

const RAW_302: Run = { name: 'raw node:http 302', script: 'bench/servers/raw-302.mjs', records: false };
const RICOCHET: Run = { name: 'Ricochet (cached link, clicks recorded)', script: 'bench/servers/ricochet.mjs', records: true };
const RICOCHET_NO_RECORDING: Run = { name: 'Ricochet answering, clicks not recorded', script: 'bench/servers/ricochet-no-recording.mjs', records: false };
/**
 * BENCH_BEFORE_DIR: a checkout of an earlier Ricochet, built (`npm run build`), whose
 * bench/servers/ricochet.mjs runs in the same interleaved rounds: before → after in one run.
 */
const BEFORE: Run | null = process.env.BENCH_BEFORE_DIR
  ? { name: 'Ricochet before (BENCH_BEFORE_DIR)', script: `${process.env.BENCH_BEFORE_DIR}/bench/servers/ricochet.mjs`, records: true }
  : null;
const RUNS = BEFORE ? [RAW_302, BEFORE, RICOCHET] : [RAW_302, RICOCHET];
const CPU_RUNS = [RAW_302, RICOCHET_NO_RECORDING, ...(BEFORE ? [BEFORE] : []), RICOCHET];

/** Start a run's server on core 0 and warm it up (JIT, caches) with visitors of their own. */
async function startWarm(run: Run) {
  const server = await spawnPinned(run.script, 0);
  const url = `http://127.0.0.1:${server.port}`;
  const path = `/${server.slug}${QUERY}`;
  const warm = everyRequestAnotherVisitor(path, 1 << 23);
  const warmResult = await autocannon({ url, connections: CONNECTIONS, amount: WARMUP, requests: [warm.request] });
  return { server, url, path, warmAnswered: warmResult['3xx'] ?? 0 };
}

interface Measured {
  /** The click writer's µs per click by stage (Ricochet only). */
  stages: Record<string, number> | null;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  answered: number;
  stored: number | null;
  dropped: string;
}

async function measure(run: Run): Promise<Measured> {
  const { server, url, path, warmAnswered } = await startWarm(run);
  const load = everyRequestAnotherVisitor(path);
  const { result, seconds } = await timedLoad({ url, connections: CONNECTIONS, amount: REQUESTS, requests: [load.request] });
  const stderr = await server.stop();
  const report = run.records
    ? (JSON.parse(/\{"written".*\}/.exec(stderr)?.[0] ?? 'null') as { stored: number; dropped: Record<string, number>; stages: Record<string, number> } | null)
    : null;
  if (run.records && !report) throw new Error(`${run.name} printed no click report:\n${stderr}`);
  const answered = warmAnswered + (result['3xx'] ?? 0);
  return {
    stages: report?.stages ?? null,
    // From the first request to the last answer (bench/timed-load.ts).
    rps: result.requests.total / seconds,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + (result.non2xx - (result['3xx'] ?? 0)),
    answered,
    stored: report?.stored ?? null,
    dropped: report ? Object.entries(report.dropped).filter(([, n]) => n > 0).map(([r, n]) => `${r} ${n}`).join(', ') || '0' : '',
  };
}

const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** CPU seconds so far of each thread of a process (Linux `/proc`), by thread id. */
export function threadCpu(pid: number): Map<number, number> {
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
  const { server, url, path } = await startWarm(run);
  const pid = server.child.pid as number;
  // `taskset` execs node, so the pid is node's.
  server.assertRunning();
  const before = threadCpu(pid);
  const load = everyRequestAnotherVisitor(path);
  const result = await autocannon({ url, connections: CONNECTIONS, duration: CPU_SECONDS, overallRate: CPU_RATE, requests: [load.request] });
  server.assertRunning();
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
  return { 'req/s': Math.round(requests / result.duration), 'CPU µs/request': us(main + others), 'event loop µs': us(main), 'other threads µs': us(others) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

export async function benchRedirect(): Promise<void> {
  // Rounds interleave the servers, so a machine that speeds up or slows down during the run
  // (shared hosts do, by ±20 % or more) moves all of them alike; the table shows medians.
  const results = new Map<Run, Measured[]>();
  for (let round = 0; round < ROUNDS; round++) {
    for (const run of RUNS) results.set(run, [...(results.get(run) ?? []), await measure(run)]);
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
      'answered → stored (per round)': run.records ? list.map((r) => `${r.answered} → ${r.stored}${r.stored === r.answered ? ' ✓' : ' ✗'}`).join(', ') : '',
      dropped: run.records ? list.map((r) => r.dropped).join(', ') : '',
    });
  }
  const stageRows = (results.get(RICOCHET) ?? []).map((r, i) => ({
    round: i + 1,
    ...Object.fromEntries(Object.entries(r.stages ?? {}).map(([k, v]) => [`${k} µs`, v.toFixed(2)])),
    'writer total µs': Object.values(r.stages ?? {}).reduce((a, b) => a + b, 0).toFixed(1),
  }));
  printTable(
    `Direct redirect, every request another visitor, ${CONNECTIONS} connections, ${REQUESTS.toLocaleString('en')} requests × ${ROUNDS} rounds, server pinned to 1 core`,
    rows,
  );

  printTable('The click writer thread at saturation, per click by stage (from its /metrics stage counters)', stageRows);

  const cpuRows: Array<Record<string, string | number>> = [];
  for (const run of CPU_RUNS) cpuRows.push({ server: run.name, ...(await measureCpu(run)) });
  printTable(`Where the time goes: CPU per request at a fixed ${CPU_RATE} req/s, ${CPU_SECONDS} s, server pinned to 1 core`, cpuRows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchRedirect();
