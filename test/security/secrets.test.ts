/**
 * Issue 17, finding "configuration errors echo the offending values, secrets included": the
 * server is started, for real, with a known secret in every secret setting (DATABASE_URL's
 * password, INITIAL_API_KEY, METRICS_TOKEN, SECRETS_KEY), logging at debug, and used; then started with a
 * database it cannot reach, and with invalid secret values. Nothing it prints — logs, errors,
 * the configuration message — contains a secret.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { spawnServer, type ChildServer } from '../analytics/child-server.js';
import { testEngines } from '../support/engines.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DB_PASSWORD = 'db-pass-S3CR3T-4f9a1c';
const API_KEY = 'rk_secret_initial_key_7c1e0b9d2a';
const METRICS_TOKEN = 'metrics-S3CR3T-token-5b2e8f';
/** 32 bytes, base64: the key that seals pixel credentials (docs/conversions.md#credentials). */
const SECRETS_KEY = Buffer.from('secrets-key-S3CR3T-0123456789abc').toString('base64');
const SECRETS = [DB_PASSWORD, API_KEY, METRICS_TOKEN, SECRETS_KEY];

function expectNoSecret(output: string, where: string): void {
  for (const secret of SECRETS) expect(output.includes(secret), `${where} printed a secret`).toBe(false);
  // Nor the key's distinctive middle, should something print part of it.
  expect(output.includes('secret_initial_key_7c1e'), where).toBe(false);
}

/** Run the CLI once and collect what it prints. */
function runOnce(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe('secrets are never echoed', () => {
  let child: ChildServer | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-secrets-'));
  afterAll(() => {
    child?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('while running and used, with every secret set and debug logs', { timeout: 60_000 }, async () => {
    const pgUrl = process.env.TEST_DATABASE_URL;
    // PostgreSQL's trust authentication takes any password: the URL can carry a known one.
    const databaseUrl = testEngines().includes('postgres') && pgUrl ? pgUrl.replace('postgres://postgres@', `postgres://postgres:${DB_PASSWORD}@`) : null;
    child = await spawnServer({
      DATA_DIR: dir,
      INITIAL_API_KEY: API_KEY,
      METRICS_TOKEN: METRICS_TOKEN,
      SECRETS_KEY,
      LOG_LEVEL: 'debug',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    const call = (p: string, key: string, init: RequestInit = {}) => fetch(`${child!.url}${p}`, { ...init, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });
    expect((await call('/api/v1/workspace', API_KEY)).status).toBe(200);
    const created = await call('/api/v1/links', API_KEY, { method: 'POST', body: JSON.stringify({ url: 'https://example.com/s', password: 'link-password' }) });
    expect(created.status).toBe(201);
    expect((await call('/api/v1/workspace', 'rk_wrong')).status).toBe(401);
    expect((await call('/metrics', METRICS_TOKEN)).status).toBe(200);
    expect((await call('/metrics', 'nope-nope-nope-nope')).status).toBe(401);
    expect((await fetch(`${child.url}/readyz`)).status).toBe(200);
    child.process.kill('SIGTERM');
    await child.exited;
    expectNoSecret(child.output(), 'the running server');
    expect(child.output()).toMatch(/ricochet listening/);
  });

  it('when the database cannot be reached', { timeout: 60_000 }, async () => {
    const run = await runOnce({ PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `postgres://ricochet:${DB_PASSWORD}@127.0.0.1:1/ricochet`, INITIAL_API_KEY: API_KEY, METRICS_TOKEN: METRICS_TOKEN, SECRETS_KEY, LOG_LEVEL: 'debug' });
    expect(run.code).not.toBe(0);
    expect(run.output.length).toBeGreaterThan(0);
    expectNoSecret(run.output, 'a failed start');
  });

  it('when the secret settings themselves are invalid', { timeout: 60_000 }, async () => {
    const badKey = `${API_KEY} with spaces`;
    const run = await runOnce({ PORT: '0', DATABASE_URL: `mysql://root:${DB_PASSWORD}@db/x`, INITIAL_API_KEY: badKey, METRICS_TOKEN: `${METRICS_TOKEN} x`, SECRETS_KEY: `${SECRETS_KEY},short` });
    expect(run.code).toBe(78);
    expect(run.output).toMatch(/DATABASE_URL: /);
    expect(run.output).toMatch(/INITIAL_API_KEY: /);
    expect(run.output).toMatch(/METRICS_TOKEN: /);
    expect(run.output).toMatch(/SECRETS_KEY: /);
    expectNoSecret(run.output, 'the configuration error');
  });
});

describe('/metrics on a listener of its own (METRICS_LISTEN)', () => {
  let child: ChildServer | undefined;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-metrics-'));
  afterAll(() => {
    child?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('serves /metrics there only; the public port answers 404', { timeout: 60_000 }, async () => {
    const { freePort } = await import('../analytics/support.js');
    const port = await freePort();
    child = await spawnServer({ DATA_DIR: dir, METRICS_LISTEN: `127.0.0.1:${port}`, LOG_LEVEL: 'info' });
    const onPublic = await fetch(`${child.url}/metrics`);
    expect(onPublic.status).toBe(404);
    expect(((await onPublic.json()) as { error: { code: string } }).error.code).toBe('NOT_FOUND');
    let own: Response | undefined;
    for (let i = 0; i < 50 && !own; i++) own = await fetch(`http://127.0.0.1:${port}/metrics`).catch(async () => (await new Promise((r) => setTimeout(r, 100)), undefined));
    expect(own?.status).toBe(200);
    expect(await own?.text()).toContain('ricochet_redirects_total');
    expect((await fetch(`http://127.0.0.1:${port}/api/v1/links`)).status).toBe(404);
    expect(child.output()).toMatch(/metrics listening/);
  });
});
