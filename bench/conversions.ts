/**
 * Server-side events (issue 16, docs/conversions.md), against the platform API fakes on a thread
 * of their own (bench/platform-fakes.ts). Three measurements, each against its floor in the same run:
 *
 * 1. The redirect path with and without server events: the same server-only link with one Meta
 *    pixel, its server-side events off or on, interleaved rounds at saturation (req/s, p99), and
 *    the CPU per request at a fixed rate split between the event loop and the other threads.
 *    Targets: the event loop pays ≤ 2 µs more per click, throughput within 5 %.
 * 2. Delivery: 50,000 queued clicks (100,000 events) to a Meta fake answering every request in
 *    50 ms. Target: ≥ 5,000 events/s.
 * 3. A platform down for BENCH_OUTAGE_MINUTES (10) under steady load: redirect latency before and
 *    during the outage, then every stored click's delivery accounted for by the server once it is
 *    back (sent, refused or dropped with a reason, or waiting). Target: 0 lost, redirects unaffected.
 * BENCH_CONV_PARTS=1,2,3 picks some.
 *
 * The load generator and the fakes run on core 1; the server on core 0 (its threads included), and for
 * the redirect comparison also on cores 0-1, where the click writer thread can run beside the event loop.
 */
import { startFakePlatforms } from './platform-fakes.js';
import { threadCpu } from './redirect.js';
import { spawnPinned, type Spawned } from './spawn-server.js';
import { printTable } from './table.js';
import { timedLoad } from './timed-load.js';
import { everyRequestAnotherVisitor } from './visitors.js';

const REQUESTS = Number(process.env.BENCH_CONV_REQUESTS ?? 150_000);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const CPU_RATE = Number(process.env.BENCH_CPU_RATE ?? 3000);
const CPU_SECONDS = Number(process.env.BENCH_CPU_SECONDS ?? 10);
const PRELOAD = Number(process.env.BENCH_PRELOAD ?? 50_000);
const OUTAGE_MINUTES = Number(process.env.BENCH_OUTAGE_MINUTES ?? 10);
const OUTAGE_RATE = Number(process.env.BENCH_OUTAGE_RATE ?? 300);
/** Which of the three measurements to run (`1,2,3`). */
const PARTS = new Set((process.env.BENCH_CONV_PARTS ?? '1,2,3').split(','));
const SCRIPT = 'bench/servers/ricochet-conversions.mjs';
const KEY = 'rk_bench_conversions_key_0123456789';
const HEADERS = { 'x-country': 'US' };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Fakes = Awaited<ReturnType<typeof startFakePlatforms>>;

/** CPU cores of the server under test: `0` (everything on one core) or `0-1` (the click writer can run beside the event loop). */
let CORES: string | number = 0;

function start(fakes: Fakes, serverEvents: boolean, extra: Record<string, string> = {}): Promise<Spawned> {
  return spawnPinned(SCRIPT, CORES, { BENCH_SERVER_EVENTS: serverEvents ? '1' : '0', BENCH_ENV: JSON.stringify({ OUTBOUND_TEST_NETWORK: fakes.env }), ...extra });
}

function load(server: Spawned, opts: { amount?: number; duration?: number; overallRate?: number }, offset = 0) {
  const visitors = everyRequestAnotherVisitor(`/${server.slug}?fbclid=IwAR0bench&utm_campaign=bench`, offset);
  const request = { ...visitors.request, headers: { ...(visitors.request.headers ?? {}), ...HEADERS } };
  return timedLoad({ url: `http://127.0.0.1:${server.port}`, connections: CONNECTIONS, requests: [request], ...opts });
}

async function saturation(fakes: Fakes, serverEvents: boolean) {
  const server = await start(fakes, serverEvents);
  await load(server, { amount: 20_000 }, 1 << 23);
  const { result, seconds } = await load(server, { amount: REQUESTS });
  const report = JSON.parse(/\{"written".*\}/.exec(await server.stop())?.[0] ?? 'null') as { stored: number; stages: Record<string, number> } | null;
  return { rps: result.requests.total / seconds, p99: result.latency.p99, errors: result.errors + result.timeouts, stored: report?.stored ?? 0, stages: report?.stages ?? {} };
}

async function cpu(fakes: Fakes, serverEvents: boolean) {
  const server = await start(fakes, serverEvents);
  await load(server, { amount: 20_000 }, 1 << 23);
  const pid = server.child.pid as number;
  server.assertRunning();
  const before = threadCpu(pid);
  const { result } = await load(server, { duration: CPU_SECONDS, overallRate: CPU_RATE });
  server.assertRunning();
  const after = threadCpu(pid);
  await server.stop();
  let main = 0;
  let others = 0;
  for (const [tid, s] of after) {
    const used = s - (before.get(tid) ?? 0);
    if (tid === pid) main += used;
    else others += used;
  }
  const n = result.requests.total;
  return { main: (main * 1e6) / n, others: (others * 1e6) / n };
}

interface DeliveryStatus {
  pending: number;
  sent: number;
  failed: { rejected: Record<string, number>; dropped: Record<string, number> };
}

async function deliveryOf(server: Spawned, pixelId: string): Promise<DeliveryStatus> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/pixels/${pixelId}/server`, { headers: { authorization: `Bearer ${KEY}` } });
  return ((await res.json()) as { delivery: DeliveryStatus }).delivery;
}

const pendingOf = async (server: Spawned, pixelId: string) => (await deliveryOf(server, pixelId)).pending;
const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

async function pixelOf(server: Spawned): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${server.port}/api/v1/pixels?platform=meta`, { headers: { authorization: `Bearer ${KEY}` } });
  return ((await res.json()) as { data: Array<{ id: string }> }).data[0]!.id;
}

export async function benchConversions(): Promise<void> {
  const fakes = await startFakePlatforms();
  try {
    // 1. The redirect path, with and without server events: on one core (the click writer thread
    // competes with the event loop), and on two (it runs beside it; the load generator shares the second).
    for (const cores of PARTS.has('1') ? ['0', '0-1'] : []) {
      CORES = cores;
      const off: Array<Awaited<ReturnType<typeof saturation>>> = [];
      const on: Array<Awaited<ReturnType<typeof saturation>>> = [];
      for (let round = 0; round < ROUNDS; round++) {
        off.push(await saturation(fakes, false));
        on.push(await saturation(fakes, true));
      }
      const cpuOff = await cpu(fakes, false);
      const cpuOn = await cpu(fakes, true);
      const offRps = median(off.map((r) => r.rps));
      const onRps = median(on.map((r) => r.rps));
      const row = (name: string, list: typeof off, c: typeof cpuOff) => ({
        link: name,
        'req/s (median)': Math.round(median(list.map((r) => r.rps))),
        'req/s per round': list.map((r) => Math.round(r.rps)).join(', '),
        'p99 ms': median(list.map((r) => r.p99)),
        errors: list.reduce((n, r) => n + r.errors, 0),
        [`event loop µs/req @${CPU_RATE}/s`]: c.main.toFixed(1),
        'other threads µs/req': c.others.toFixed(1),
      });
      printTable(
        `Redirects of a server-only link with a Meta pixel, server events off vs on — server on core${cores === '0' ? ' 0' : 's 0-1'} (${REQUESTS.toLocaleString('en')} requests × ${ROUNDS} rounds, ${CONNECTIONS} connections)`,
        [
          row('server events off (floor)', off, cpuOff),
          row('server events on', on, cpuOn),
          {
            link: 'difference',
            'req/s (median)': `${(((onRps - offRps) / offRps) * 100).toFixed(1)} %`,
            'req/s per round': '',
            'p99 ms': '',
            errors: '',
            [`event loop µs/req @${CPU_RATE}/s`]: `${(cpuOn.main - cpuOff.main).toFixed(2)} µs`,
            'other threads µs/req': `${(cpuOn.others - cpuOff.others).toFixed(1)} µs`,
          },
        ],
      );
      // Where the writer's extra time goes: its stages per click (the last round of each).
      const stages = (list: typeof off) => list.at(-1)?.stages ?? {};
      const names = [...new Set([...Object.keys(stages(off)), ...Object.keys(stages(on))])];
      const stageRow = (name: string, list: typeof off) => ({
        link: name,
        ...Object.fromEntries(names.map((n) => [`${n} µs`, (stages(list)[n] ?? 0).toFixed(2)])),
        'writer total µs': Object.values(stages(list)).reduce((a, b) => a + b, 0).toFixed(1),
      });
      printTable(`The click writer per click by stage (last round), server on core${cores === '0' ? ' 0' : 's 0-1'}; delivery (claims, sends) is not a stage`, [
        stageRow('server events off', off),
        stageRow('server events on', on),
      ]);
    }
    CORES = 0;

    // 2. Delivery throughput: a queue of clicks to a fake that answers in 50 ms.
    if (PARTS.has('2')) await delivery(fakes);
    // 3. A platform down for minutes under steady load.
    if (PARTS.has('3')) await outage(fakes);
  } finally {
    await fakes.close();
  }
}

async function delivery(fakes: Fakes): Promise<void> {
  fakes.set('meta', { answerMs: 50 });
  const before = await fakes.counts();
  const since = Date.now();
  const server = await start(fakes, true, { BENCH_PRELOAD: String(PRELOAD) });
  const want = before.events + PRELOAD * 2;
  const deadline = Date.now() + 600_000;
  let counts = await fakes.counts(false, since);
  while (counts.events < want && Date.now() < deadline) {
    await sleep(200);
    counts = await fakes.counts(false, since);
  }
  await server.stop();
  fakes.set('meta', {});
  // From the first event of the queue to arrive to the last (the server's start-up is not in it).
  const drainSeconds = ((counts.lastAt ?? 0) - (counts.firstAt ?? 0)) / 1000;
  printTable('Delivery from the outbox to a platform answering every request in 50 ms', [
    {
      queued: `${PRELOAD.toLocaleString('en')} clicks (${(PRELOAD * 2).toLocaleString('en')} events)`,
      delivered: (counts.events - before.events).toLocaleString('en'),
      requests: (counts.requests - before.requests).toLocaleString('en'),
      seconds: drainSeconds.toFixed(1),
      'events/s': Math.round((counts.events - before.events) / Math.max(drainSeconds, 0.001)).toLocaleString('en'),
      target: '≥ 5,000 events/s',
    },
  ]);
}

async function outage(fakes: Fakes): Promise<void> {
  const outage = await start(fakes, true);
  const pixelId = await pixelOf(outage);
  const start0 = await fakes.counts(true);
  await load(outage, { amount: 5000 }, 1 << 22);
  const baseline = (await load(outage, { duration: 30, overallRate: OUTAGE_RATE }, 1 << 20)).result;
  fakes.set('meta', { down: true });
  const during = (await load(outage, { duration: OUTAGE_MINUTES * 60, overallRate: OUTAGE_RATE }, 1 << 21)).result;
  const pendingAtEnd = await pendingOf(outage, pixelId);
  fakes.set('meta', {});
  const upAt = Date.now();
  let drained = Date.now();
  for (;;) {
    if ((await pendingOf(outage, pixelId)) === 0) {
      drained = Date.now();
      break;
    }
    if (Date.now() - upAt > 15 * 60_000) break;
    await sleep(1000);
  }
  // The server's own account: every stored click is one delivery to the pixel (its page view and
  // audience event), sent, refused or dropped (with a reason), or still waiting.
  const status = await deliveryOf(outage, pixelId);
  const report = JSON.parse(/\{"written".*\}/.exec(await outage.stop())?.[0] ?? 'null') as { stored: number } | null;
  const end = await fakes.counts(true);
  const seen = new Set(start0.eventIds ?? []);
  const atTheFake = (end.eventIds ?? []).filter((id) => !seen.has(id)).length;
  printTable(`Meta down for ${OUTAGE_MINUTES} min under ${OUTAGE_RATE} redirects/s (server-only link, server events on)`, [
    { phase: 'platform up (30 s)', redirects: baseline.requests.total, 'p50 ms': baseline.latency.p50, 'p99 ms': baseline.latency.p99, 'max ms': baseline.latency.max, errors: baseline.errors + baseline.timeouts, non3xx: baseline.non2xx - (baseline['3xx'] ?? 0) },
    { phase: `platform down (${OUTAGE_MINUTES} min)`, redirects: during.requests.total, 'p50 ms': during.latency.p50, 'p99 ms': during.latency.p99, 'max ms': during.latency.max, errors: during.errors + during.timeouts, non3xx: during.non2xx - (during['3xx'] ?? 0) },
  ]);
  const stored = report?.stored ?? 0;
  const failed = sum(status.failed.rejected) + sum(status.failed.dropped);
  printTable('…and after it came back', [
    {
      'clicks stored': stored,
      'waiting when it came back': pendingAtEnd,
      'deliveries sent': status.sent,
      'refused or dropped': failed,
      'still waiting': status.pending,
      lost: stored - status.sent - failed - status.pending,
      'new audience event ids at the fake': atTheFake,
      'drained in s': ((drained - upAt) / 1000).toFixed(0),
    },
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchConversions();
