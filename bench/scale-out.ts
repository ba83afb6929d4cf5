/**
 * Scale-out on PostgreSQL (docs/scaling.md): one Ricochet node, then two, on one PostgreSQL
 * behind nginx running deploy/nginx/ricochet.conf (plain HTTP here, and the visitor's address
 * taken from a header the load generator sets, as nginx's realip module does behind a CDN). Same
 * load each time: autocannon, a cached link without pixels, every request from one of 200,000
 * visitors, clicks recorded. Two tables: throughput and latency at saturation, and CPU per
 * request of every process involved (Ricochet nodes, PostgreSQL, nginx, the load generator), so
 * the next bottleneck can be read off instead of guessed.
 *
 * Needs nginx and a PostgreSQL (BENCH_DATABASE_URL, which `npm run bench` starts).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { descendants, freePort } from '../test/ops/support/processes.js';
import { binary, nginxConfig, selfSignedCertificate, startNginx } from '../test/ops/support/proxies.js';
import { printTable } from './table.js';

const DURATION_S = Number(process.env.BENCH_DURATION ?? 15);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const VISITORS = 200_000;
const KEY = 'rk_bench_scale_out_owner_key_0123456789';
const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const TICKS_PER_S = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

/** CPU seconds so far of each process (all its threads), by pid. */
function cpu(pids: number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(pid, (Number(fields[11]) + Number(fields[12])) / TICKS_PER_S);
    } catch {
      // gone
    }
  }
  return out;
}

function used(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

/** The throwaway cluster's postmaster (bench/run.sh starts it), whose children are the backends. */
function postmasterPid(): number | null {
  const data = process.env.TEST_PG_DATA;
  if (!data) return null;
  const file = path.join(data, 'postmaster.pid');
  return fs.existsSync(file) ? Number(fs.readFileSync(file, 'utf8').split('\n')[0]) : null;
}

interface Node {
  url: string;
  child: ChildProcess;
}

async function startNode(env: Record<string, string>): Promise<Node> {
  const port = await freePort();
  const child = spawn(process.execPath, ['bin/ricochet.js', 'serve'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', API_RATE_LIMIT: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${url}/healthz`).then((r) => r.ok, () => false)) return { url, child };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('node did not start');
}

async function written(nodes: Node[]): Promise<number> {
  let total = 0;
  for (const node of nodes) {
    const text = await (await fetch(`${node.url}/metrics`)).text();
    total += Number(/^ricochet_clicks_written_total (\d+)/m.exec(text)?.[1] ?? 0);
  }
  return total;
}

function visitorAddress(i: number): string {
  return `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
}

async function databaseBytes(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    // After a checkpoint, so that what is still only in the WAL is counted in the tables.
    await client.query('checkpoint');
    return Number((await client.query('select pg_database_size(current_database()) as n')).rows[0].n);
  } finally {
    await client.end();
  }
}

/** Clicks stored, from the links' click counters (kept in the same transaction as the rows). */
async function storedClicks(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('select coalesce(sum(clicks), 0) as n from links')).rows[0].n);
  } finally {
    await client.end();
  }
}

async function measure(nodeCount: number, databaseUrl: string) {
  const nodes: Node[] = [];
  const env = { DATABASE_URL: databaseUrl, TRUST_PROXY: 'true', PUBLIC_URL: 'https://go.example.com', INITIAL_API_KEY: KEY };
  for (let i = 0; i < nodeCount; i++) nodes.push(await startNode(env));
  const created = await fetch(`${nodes[0]!.url}/api/v1/links`, {
    method: 'POST',
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: 'https://example.com/landing', slug: `scale${nodeCount}`, pixelIds: [] }),
  });
  if (created.status !== 201) throw new Error(`link: ${created.status} ${await created.text()}`);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-nginx-'));
  const certificate = selfSignedCertificate(dir);
  const port = await freePort();
  const config = nginxConfig({ dir, httpPort: await freePort(), httpsPort: port, upstreams: nodes.map((n) => new URL(n.url).host), cert: certificate.cert, key: certificate.key })
    .replace(`listen 127.0.0.1:${port} ssl http2;`, `listen 127.0.0.1:${port};\n    set_real_ip_from 127.0.0.1;\n    real_ip_header X-Bench-Client;`)
    .replace('worker_processes 1;', 'worker_processes 2;');
  const nginx = await startNginx(dir, config, port);

  let n = 0;
  const load = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${port}/scale${nodeCount}?utm_source=bench`,
      connections: CONNECTIONS,
      duration,
      headers: { 'user-agent': UA },
      requests: [{ setupRequest: (req: any) => ({ ...req, headers: { ...req.headers, 'x-bench-client': visitorAddress(n++ % VISITORS) } }) }],
    });
  const emptyBytes = await databaseBytes(databaseUrl);
  await load(3);

  const groups = {
    ricochet: nodes.map((node) => node.child.pid!),
    postgres: [postmasterPid(), ...descendants(postmasterPid() ?? -1)].filter((p): p is number => p !== null),
    nginx: [nginx.child.pid!, ...descendants(nginx.child.pid!)],
    load: [process.pid],
  };
  const before = Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, cpu(pids)]));
  const writtenBefore = await written(nodes);
  const result = await load(DURATION_S);
  const after = Object.fromEntries(Object.entries(groups).map(([k, pids]) => [k, cpu(k === 'postgres' ? [postmasterPid()!, ...descendants(postmasterPid()!)] : pids)]));
  const writtenDuring = (await written(nodes)) - writtenBefore;

  const stopped = Promise.all(nodes.map((node) => new Promise((resolve) => node.child.once('exit', resolve))));
  for (const node of nodes) node.child.kill('SIGTERM');
  await stopped;
  // Every click of the warm-up and the run is stored now (SIGTERM writes what was buffered).
  const stored = await storedClicks(databaseUrl);
  const bytesPerClick = ((await databaseBytes(databaseUrl)) - emptyBytes) / Math.max(1, stored);
  nginx.kill();
  fs.rmSync(dir, { recursive: true, force: true });

  const requests = result.requests.total;
  const usPer = (k: string) => ((used(before[k]!, after[k]!) * 1e6) / requests).toFixed(0);
  return {
    throughput: {
      nodes: nodeCount,
      'req/s': Math.round(result.requests.average),
      'p50 ms': result.latency.p50,
      'p99 ms': result.latency.p99,
      'clicks written/s': Math.round(writtenDuring / DURATION_S),
      'not 3xx': result.non2xx - (result['3xx'] ?? 0),
      'errors + timeouts': result.errors + result.timeouts,
      'database bytes per stored click': Math.round(bytesPerClick),
    },
    cpu: {
      nodes: nodeCount,
      'Ricochet µs/req': usPer('ricochet'),
      'PostgreSQL µs/req': usPer('postgres'),
      'nginx µs/req': usPer('nginx'),
      'load generator µs/req': usPer('load'),
      'cores busy': ((Object.keys(groups).reduce((s, k) => s + used(before[k]!, after[k]!), 0)) / DURATION_S).toFixed(2),
    },
  };
}

export async function benchScaleOut(): Promise<void> {
  const admin = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!admin) {
    console.log('\n(scale-out skipped: no PostgreSQL; set BENCH_DATABASE_URL or run `npm run bench`)');
    return;
  }
  binary('nginx');
  const rows = [];
  for (const count of [1, 2]) {
    const name = `ricochet_bench_${randomBytes(4).toString('hex')}`;
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    const url = new URL(admin);
    url.pathname = `/${name}`;
    try {
      rows.push(await measure(count, url.toString()));
    } finally {
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    }
  }
  printTable(`Scale-out on PostgreSQL behind nginx: ${CONNECTIONS} connections, ${DURATION_S} s, ${VISITORS.toLocaleString('en')} visitors, ${os.cpus().length} cores for everything`, rows.map((r) => r.throughput));
  printTable('Where the CPU goes, per request (every process on the machine involved in serving)', rows.map((r) => r.cpu));
}

if (import.meta.url === `file://${process.argv[1]}`) await benchScaleOut();
