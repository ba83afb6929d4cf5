/**
 * The real server as a child process (`node --import tsx src/cli/main.ts serve`), the way it
 * runs in production: its own event loop, its own SIGTERM handling, its stdout/stderr captured.
 * Plus a small load generator with bounded concurrency over keep-alive sockets.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, UA } from './support.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CHILD_KEY = 'rk_child_owner_key_0123456789abcdef';

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves when the process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  api(method: string, apiPath: string, body?: unknown): Promise<{ status: number; body: any }>;
  /** SIGKILL if still running (test clean-up). */
  kill(): void;
}

/** Start the server with `env` on a free port; resolves once `/healthz` answers. */
export async function spawnServer(env: Record<string, string>, startTimeoutMs = 30_000): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      PORT: String(port),
      HOST: '127.0.0.1',
      INITIAL_API_KEY: CHILD_KEY,
      API_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  let exitedEarly = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      exitedEarly = true;
      resolve({ code, signal });
    }),
  );

  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (exitedEarly) throw new Error(`server exited before listening:\n${out}`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not start within ${startTimeoutMs} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    process: child,
    output: () => out,
    exited,
    async api(method, apiPath, body) {
      const res = await fetch(`${url}/api/v1${apiPath}`, {
        method,
        headers: { authorization: `Bearer ${CHILD_KEY}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}

export interface LoadResult {
  /** Responses by status. */
  statuses: Map<number, number>;
  /** Requests that got no response (connection refused or reset). */
  errors: number;
  /** Slowest response, in ms. */
  maxLatencyMs: number;
  count(status: number): number;
}

/**
 * GET `path` `total` times (or until `stop()` returns true) with at most `concurrency` requests
 * in flight over keep-alive sockets. `onResponse` sees the running number of responses.
 * With `perSecond`, request n starts no earlier than n / perSecond seconds after the first, so
 * how many requests land in a time window depends on the rate chosen, not on how fast the
 * machine is (a test that must stay within a buffer's size over a window sets it).
 */
export async function fireRedirects(
  url: string,
  paths: () => string,
  options: {
    total: number;
    concurrency: number;
    perSecond?: number;
    headers?: () => Record<string, string>;
    onResponse?: (done: number) => void;
    stop?: () => boolean;
  },
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const statuses = new Map<number, number>();
  let errors = 0;
  let started = 0;
  let done = 0;
  let maxLatencyMs = 0;
  const one = (p: string) =>
    new Promise<void>((resolve) => {
      const t0 = performance.now();
      const req = http.get(`${url}${p}`, { agent, headers: options.headers?.() ?? {} }, (res) => {
        res.resume();
        res.on('end', () => {
          maxLatencyMs = Math.max(maxLatencyMs, performance.now() - t0);
          statuses.set(res.statusCode ?? 0, (statuses.get(res.statusCode ?? 0) ?? 0) + 1);
          options.onResponse?.(++done);
          resolve();
        });
        res.on('error', () => {
          errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
    });
  const firstAt = performance.now();
  const worker = async () => {
    while (started < options.total && !(options.stop?.() ?? false)) {
      const n = started++;
      if (options.perSecond !== undefined) {
        const wait = firstAt + (n * 1000) / options.perSecond - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        if (options.stop?.() ?? false) break;
      }
      await one(paths());
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  agent.destroy();
  return { statuses, errors, maxLatencyMs, count: (status) => statuses.get(status) ?? 0 };
}

export const BROWSER_HEADERS = { 'user-agent': UA.chromeMac };
