/**
 * Signed webhooks (issue 21, docs/webhooks.md), against a local receiver on a core of its own
 * (bench/servers/webhook-receiver.mjs: answers in 50 ms, counts, verifies a sample of signatures
 * with `standardwebhooks`). Three measurements, each against its floor in the same run:
 *
 * 1. Redirects over 1,000 links with no endpoint vs BENCH_WEBHOOK_ENDPOINTS (1,000) endpoints, each
 *    receiving the `click` batches of its own link (one message per endpoint each second):
 *    interleaved rounds at saturation. Target: throughput within 5 %.
 * 2. Delivery: BENCH_WEBHOOK_PRELOAD (100,000) click events queued as messages of 100 over 10
 *    endpoints, to the receiver answering every request in 50 ms. Target: ≥ 10,000 events/s.
 * 3. The receiver down for BENCH_WEBHOOK_OUTAGE_S (60 s; the hour, shortened, with the retry
 *    schedule shortened in proportion: `2s,5s,10s,20s,30s,…`) under steady redirects, then back:
 *    every stored human click delivered. Target: 0 lost.
 *
 * The load generator and the receiver run on core 1; the server on core 0 (its threads included).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnPinned, type Spawned } from './spawn-server.js';
import { printTable } from './table.js';
import { timedLoad } from './timed-load.js';
import { everyRequestAnotherVisitor } from './visitors.js';

const REQUESTS = Number(process.env.BENCH_WEBHOOK_REQUESTS ?? 100_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 1000);
const PRELOAD = Number(process.env.BENCH_WEBHOOK_PRELOAD ?? 100_000);
const OUTAGE_S = Number(process.env.BENCH_WEBHOOK_OUTAGE_S ?? 60);
const OUTAGE_RATE = Number(process.env.BENCH_WEBHOOK_OUTAGE_RATE ?? 200);
const SCRIPT = 'bench/servers/ricochet-webhooks.mjs';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Receiver {
  port: number;
  counts(): Promise<{ firstAt: number | null; lastAt: number | null; messages: number; events: number; clickIds: number; verified: number; badSignatures: number; duplicates: number; refused: number }>;
  post(path: string, body?: unknown): Promise<void>;
  close(): void;
}

async function startReceiver(): Promise<Receiver> {
  const child = spawn('taskset', ['-c', '1', process.execPath, 'bench/servers/webhook-receiver.mjs'], { env: { ...process.env, DELAY_MS: '50' }, stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve) => child.stdout.once('data', (d: Buffer) => resolve(Number(d.toString().trim()))));
  const url = (p: string) => `http://127.0.0.1:${port}${p}`;
  return {
    port,
    counts: async () => (await (await fetch(url('/_count'))).json()) as Awaited<ReturnType<Receiver['counts']>>,
    post: async (p, body) => void (await fetch(url(p), { method: 'POST', body: JSON.stringify(body ?? {}) })),
    close: () => child.kill('SIGTERM'),
  };
}

async function start(receiver: Receiver, env: Record<string, string>): Promise<Spawned & { secrets(): string[] }> {
  const file = path.join(os.tmpdir(), `ricochet-bench-wh-secrets-${process.pid}-${Date.now()}.json`);
  const server = await spawnPinned(SCRIPT, 0, { RECEIVER_PORT: String(receiver.port), BENCH_SECRETS_FILE: file, ...env });
  return { ...server, secrets: () => (fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : []) };
}

/** Requests spread over the server's BENCH_LINKS links (`<prefix>-<i>`). */
function load(server: Spawned, opts: { amount?: number; duration?: number; overallRate?: number }, offset = 0, links = ENDPOINTS) {
  const visitors = everyRequestAnotherVisitor((n) => `/${server.slug}-${n % links}`, offset);
  return timedLoad({ url: `http://127.0.0.1:${server.port}`, connections: CONNECTIONS, requests: [visitors.request], ...opts });
}

async function saturation(receiver: Receiver, endpoints: number) {
  await receiver.post('/_mark');
  const server = await start(receiver, { BENCH_LINKS: String(ENDPOINTS), BENCH_ENDPOINTS: String(endpoints) });
  await receiver.post('/_secrets', server.secrets());
  await load(server, { amount: 10_000 }, 1 << 23);
  // Batches are flowing before the measurement starts (the batcher runs every second).
  await sleep(3000);
  const { result, seconds } = await load(server, { amount: REQUESTS });
  await server.stop();
  return { rps: result.requests.total / seconds, p99: result.latency.p99, errors: result.errors + result.timeouts };
}

export async function benchWebhooks(): Promise<void> {
  const receiver = await startReceiver();
  try {
    // 1. Redirects without and with 1,000 endpoints receiving click batches.
    const off: Array<Awaited<ReturnType<typeof saturation>>> = [];
    const on: Array<Awaited<ReturnType<typeof saturation>>> = [];
    const before = await receiver.counts();
    for (let round = 0; round < ROUNDS; round++) {
      off.push(await saturation(receiver, 0));
      on.push(await saturation(receiver, ENDPOINTS));
    }
    const after = await receiver.counts();
    const offRps = median(off.map((r) => r.rps));
    const onRps = median(on.map((r) => r.rps));
    const row = (name: string, list: typeof off) => ({ endpoints: name, 'req/s (median)': Math.round(median(list.map((r) => r.rps))), 'req/s per round': list.map((r) => Math.round(r.rps)).join(', '), 'p99 ms': median(list.map((r) => r.p99)), errors: list.reduce((n, r) => n + r.errors, 0) });
    printTable(`Redirects with no webhook vs ${ENDPOINTS.toLocaleString('en')} endpoints receiving click batches — server on core 0 (${REQUESTS.toLocaleString('en')} requests × ${ROUNDS} rounds, ${CONNECTIONS} connections)`, [
      row('none (floor)', off),
      row(`${ENDPOINTS.toLocaleString('en')} × click`, on),
      {
        endpoints: 'difference',
        'req/s (median)': `${(((onRps - offRps) / offRps) * 100).toFixed(1)} % (target within 5 %)`,
        'req/s per round': `${(after.messages - before.messages).toLocaleString('en')} messages delivered meanwhile, signatures (sample): ${after.verified - before.verified} ok, ${after.badSignatures - before.badSignatures} bad`,
        'p99 ms': '',
        errors: '',
      },
    ]);

    // 2. Delivery throughput from a preloaded outbox.
    await receiver.post('/_mark');
    const c0 = await receiver.counts();
    const server = await start(receiver, { BENCH_ENDPOINTS: '10', BENCH_PRELOAD: String(PRELOAD) });
    await receiver.post('/_secrets', server.secrets());
    let c = await receiver.counts();
    const deadline = Date.now() + 600_000;
    while (c.events - c0.events < PRELOAD && Date.now() < deadline) {
      await sleep(100);
      c = await receiver.counts();
    }
    // From the first message of the queue to arrive to the last (the server's start-up is not in
    // it), plus the receiver's 50 ms for the first.
    const seconds = ((c.lastAt ?? 0) - (c.firstAt ?? 0) + 50) / 1000;
    await server.stop();
    printTable('Delivery of queued click events to a receiver answering every request in 50 ms (10 endpoints)', [
      {
        queued: `${PRELOAD.toLocaleString('en')} events (${Math.ceil(PRELOAD / 100).toLocaleString('en')} messages of 100)`,
        delivered: (c.events - c0.events).toLocaleString('en'),
        seconds: seconds.toFixed(1),
        'events/s': Math.round((c.events - c0.events) / Math.max(seconds, 0.001)).toLocaleString('en'),
        'signatures verified (sample)': `${c.verified - c0.verified} ok, ${c.badSignatures - c0.badSignatures} bad`,
        target: '≥ 10,000 events/s',
      },
    ]);

    // 3. The receiver down under steady load, then back.
    const schedule = '2s,5s,10s,20s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s,30s';
    await receiver.post('/_mark');
    const outage = await start(receiver, { BENCH_ENDPOINTS: '1', BENCH_ENV: JSON.stringify({ WEBHOOK_RETRY_SCHEDULE: schedule }) });
    await receiver.post('/_secrets', outage.secrets());
    const o0 = await receiver.counts();
    await receiver.post('/_down');
    const during = (await load(outage, { duration: OUTAGE_S, overallRate: OUTAGE_RATE }, 1 << 21, 1)).result;
    await receiver.post('/_up');
    const upAt = Date.now();
    const stored = during.requests.total;
    let o = await receiver.counts();
    while (o.clickIds - o0.clickIds < stored && Date.now() - upAt < 300_000) {
      await sleep(500);
      o = await receiver.counts();
    }
    const drained = (Date.now() - upAt) / 1000;
    const report = JSON.parse(/\{"stored".*\}/.exec(await outage.stop())?.[0] ?? 'null') as { stored: number } | null;
    printTable(`Receiver down for ${OUTAGE_S} s under ${OUTAGE_RATE} redirects/s, then back (retry schedule shortened: ${schedule.split(',').slice(0, 5).join(', ')}, …)`, [
      {
        redirects: during.requests.total,
        'p99 ms': during.latency.p99,
        'clicks stored': report?.stored ?? 0,
        'attempts refused while down': o.refused - o0.refused,
        'clicks delivered': o.clickIds - o0.clickIds,
        lost: (report?.stored ?? 0) - (o.clickIds - o0.clickIds),
        'delivered within s of coming back': drained.toFixed(1),
        'bad signatures': o.badSignatures - o0.badSignatures,
      },
    ]);
  } finally {
    receiver.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchWebhooks();
