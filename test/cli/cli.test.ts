/**
 * The CLI, run from source the way a developer runs it (`node --import tsx src/cli/main.ts`),
 * against a temp DATA_DIR (SQLite) or a throwaway PostgreSQL schema.
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKeySecret } from '../../src/app/api-keys/key-secret.js';
import { loadConfig } from '../../src/config.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { buildServer } from '../../src/server.js';
import { testEngines } from '../support/engines.js';

/** Each run starts Node and transpiles the CLI with tsx: seconds each, more on a loaded machine. */
const SLOW = 120_000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function cli(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      // Only what the CLI needs: no stray DATABASE_URL or PORT from the developer's shell.
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('ricochet --help', () => {
  it('lists serve, migrate and keys', async () => {
    const run = await cli(['--help'], {});
    expect(run.code).toBe(0);
    for (const command of ['serve', 'migrate', 'keys']) expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
  }, SLOW);

  it('documents keys create and its options', async () => {
    const run = await cli(['keys', 'create', '--help'], {});
    expect(run.code).toBe(0);
    for (const option of ['--workspace', '--role', '--name', '--json']) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/owner.*admin.*member.*viewer/s);
  }, SLOW);

  it('exits non-zero with a message for an unknown command', async () => {
    const run = await cli(['frobnicate'], {});
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/unknown command/i);
  }, SLOW);

  it('refuses a bad configuration naming every bad key, with exit code 78', async () => {
    const run = await cli(['migrate'], { PORT: 'eighty', DATABASE_URL: 'mysql://x' });
    expect(run.code).toBe(78);
    expect(run.stderr).toContain('PORT: ');
    expect(run.stderr).toContain('DATABASE_URL: ');
    // Issue 17: the setting and what is wrong, never the value.
    expect(run.stderr).not.toContain('eighty');
    expect(run.stderr).not.toContain('mysql://x');
  }, SLOW);
});

describe.each(testEngines())('ricochet CLI on %s', (engine) => {
  let dataDir: string;
  let env: Record<string, string>;
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-cli-'));
    env = { DATA_DIR: dataDir };
    if (engine === 'postgres') {
      const url = process.env.TEST_DATABASE_URL as string;
      const schema = `cli_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const withSchema = new URL(url);
      withSchema.searchParams.set('options', `-c search_path=${schema}`);
      env.DATABASE_URL = withSchema.href;
      cleanup = async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop schema ${schema} cascade`);
        await c.end();
      };
    }
  });

  afterAll(async () => {
    await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('migrate applies every migration on a fresh database, then says it is up to date', async () => {
    const first = await cli(['migrate'], env);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout.trim()).toBe(`applied: ${Object.keys(MIGRATIONS).join(', ')}`);
    if (engine === 'sqlite') expect(fs.existsSync(path.join(dataDir, 'ricochet.db'))).toBe(true);
    const second = await cli(['migrate'], env);
    expect(second.code).toBe(0);
    expect(second.stdout.trim()).toBe('database is up to date');
  }, SLOW);

  it('keys create --json prints a secret that authenticates against a server on the same database', async () => {
    const run = await cli(['keys', 'create', '--workspace', 'acme', '--role', 'admin', '--name', 'deploy', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const created = JSON.parse(run.stdout) as { id: string; workspaceId: string; role: string; secret: string };
    expect(created).toMatchObject({ role: 'admin' });
    expect(created.id).toMatch(/^key_[0-9a-z]{26}$/);
    expect(created.workspaceId).toMatch(/^ws_[0-9a-z]{26}$/);
    expect(created.secret).toMatch(/^rk_[0-9A-Za-z]{40}$/);

    const config = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent', API_RATE_LIMIT: '0' });
    const server = await buildServer(config, { log: pino({ level: 'silent' }) });
    try {
      const stored = await server.ctx.stores.apiKeys.findByHash(hashKeySecret(created.secret));
      expect(stored).toMatchObject({ id: created.id, workspaceId: created.workspaceId, role: 'admin', name: 'deploy' });
      const res = await server.app.request('/api/v1/workspace', { headers: { authorization: `Bearer ${created.secret}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: created.workspaceId, name: 'acme' });
      const wrong = await server.app.request('/api/v1/workspace', { headers: { authorization: `Bearer ${created.secret}x` } });
      expect(wrong.status).toBe(401);
    } finally {
      await server.close();
    }
  }, SLOW);

  it('keys create reuses an existing workspace by name and defaults to an owner key', async () => {
    // 'acme' exists since the test above; 'globex' does not.
    const [again, viewer, other] = (
      await Promise.all([
        cli(['keys', 'create', '--workspace', 'acme', '--json'], env),
        cli(['keys', 'create', '--workspace', 'acme', '--role', 'viewer', '--json'], env),
        cli(['keys', 'create', '--workspace', 'globex', '--json'], env),
      ])
    ).map((run) => JSON.parse(run.stdout));
    expect(again.role).toBe('owner');
    expect(viewer.role).toBe('viewer');
    expect(viewer.workspaceId).toBe(again.workspaceId);
    expect(other.workspaceId).not.toBe(again.workspaceId);
  }, SLOW);

  it('keys create prints the secret once in text mode', async () => {
    const run = await cli(['keys', 'create', '--workspace', 'acme', '--role', 'member'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Created member key key_[0-9a-z]{26} in workspace "acme"/);
    expect(run.stdout).toMatch(/Secret \(shown once\): rk_[0-9A-Za-z]{40}\n$/);
  }, SLOW);

  it('keys create refuses an unknown role', async () => {
    const run = await cli(['keys', 'create', '--role', 'superuser'], env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/superuser/);
    expect(run.stderr).toMatch(/owner, admin, member, viewer/);
  }, SLOW);
});
