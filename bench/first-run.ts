/**
 * A new user's first run, timed (docs/benchmarks.md): a fresh clone of this repository, `npm ci`
 * (which builds, `prepare`), `npm start` until it answers, the first link and its first redirect,
 * then a second `npm start`. Then `npm run demo` on a fresh data directory until it prints its
 * banner. `npm ci` uses this machine's npm cache, as a second install on a laptop would.
 * Opt-in (it takes minutes): `BENCH_ONLY=firstrun npm run bench`, or `npx tsx bench/first-run.ts`.
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../test/ops/support/processes.js';
import { printTable } from './table.js';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const KEY = 'rk_first_run_owner_key_0123456789';

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function timed(command: string, args: string[], cwd: string): number {
  const started = Date.now();
  execFileSync(command, args, { cwd, stdio: 'ignore' });
  return Date.now() - started;
}

/** Run `npm <script>` until `ready` returns true; resolves with the time that took, then stops it. */
async function untilReady(cwd: string, script: string[], env: Record<string, string>, ready: (output: string) => Promise<boolean>): Promise<number> {
  const started = Date.now();
  const child = spawn('npm', script, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`npm ${script.join(' ')} exited:\n${output}`);
      if (await ready(output)) return Date.now() - started;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
}

export async function benchFirstRun(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-first-run-'));
  const clone = path.join(dir, 'ricochet');
  try {
    const cloneMs = timed('git', ['clone', '--quiet', ROOT, clone], dir);
    const ciMs = timed('npm', ['ci', '--no-audit', '--no-fund'], clone);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { PORT: String(port), HOST: '127.0.0.1', INITIAL_API_KEY: KEY, DATA_DIR: path.join(dir, 'data') };
    const healthy = () => fetch(`${url}/healthz`).then((r) => r.ok, () => false);
    let firstRedirectMs = 0;
    const firstStartMs = await untilReady(clone, ['start'], env, async () => {
      if (!(await healthy())) return false;
      const t = Date.now();
      await fetch(`${url}/api/v1/links`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body: JSON.stringify({ url: 'https://example.com/', slug: 'first' }) });
      const res = await fetch(`${url}/first`, { redirect: 'manual' });
      if (res.status !== 302) throw new Error(`first redirect answered ${res.status}`);
      firstRedirectMs = Date.now() - t;
      return true;
    });
    const secondStartMs = await untilReady(clone, ['start'], env, healthy);
    const demoMs = await untilReady(clone, ['run', 'demo'], { ...env, DATA_DIR: path.join(dir, 'demo') }, async (out) => out.includes('Sign in'));
    printTable('First run, from a fresh clone', [
      { step: 'git clone', time: seconds(cloneMs) },
      { step: 'npm ci (installs, compiles better-sqlite3 if no prebuilt binary can be fetched, builds dist/)', time: seconds(ciMs) },
      { step: 'first npm start, until it answers', time: seconds(firstStartMs - firstRedirectMs) },
      { step: 'first link created and redirected', time: seconds(firstRedirectMs) },
      { step: 'clone to first redirect', time: seconds(cloneMs + ciMs + firstStartMs) },
      { step: 'second npm start, until it answers', time: seconds(secondStartMs) },
      { step: 'npm run demo on an empty database, until it prints the key (3,000 clicks generated)', time: seconds(demoMs) },
    ]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await benchFirstRun();
