/**
 * The CLI, run from source the way a developer runs it (`node --import tsx src/cli/main.ts`),
 * against a temp DATA_DIR (SQLite) or a throwaway PostgreSQL database.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashKeySecret } from '../../src/app/api-keys/key-secret.js';
import { loadConfig } from '../../src/config.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { buildServer } from '../../src/server.js';
import { freshPgDatabase } from '../analytics/support.js';
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

  it('documents keys create and its options, viewer by default', async () => {
    const run = await cli(['keys', 'create', '--help'], {});
    expect(run.code).toBe(0);
    for (const option of ['--workspace', '--role', '--name', '--json']) expect(run.stdout).toContain(option);
    expect(run.stdout).toMatch(/owner.*admin.*member.*viewer/s);
    expect(run.stdout).toMatch(/default:\s+"viewer"/);
  }, SLOW);

  it('issue 22: every command but serve takes --json', async () => {
    const commands = [['migrate'], ['demo'], ['backup'], ['restore'], ['doctor'], ['workspaces', 'create'], ['workspaces', 'list'], ['keys', 'create'], ['keys', 'list'], ['keys', 'revoke'], ['links', 'import'], ['links', 'export'], ['stats'], ['events'], ['secrets', 'rotate'], ['webhooks', 'list'], ['webhooks', 'create'], ['webhooks', 'enable'], ['webhooks', 'disable'], ['webhooks', 'rotate-secret'], ['webhooks', 'delete']];
    const help = await Promise.all(commands.map((c) => cli([...c, '--help'], {})));
    help.forEach((run, i) => expect(run.stdout, commands[i]!.join(' ')).toContain('--json'));
    const top = await cli(['--help'], {});
    // Every leaf command of the top level is in the list above (or is serve).
    for (const m of top.stdout.matchAll(/^ {2}([a-z]+)\b/gm)) if (m[1] !== 'serve' && m[1] !== 'help') expect(commands.map((c) => c[0])).toContain(m[1]);
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
      const db = await freshPgDatabase();
      env.DATABASE_URL = db.url;
      cleanup = db.drop;
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

  it('workspaces create makes a workspace and its owner key; the secret authenticates against a server on the same database', async () => {
    const run = await cli(['workspaces', 'create', 'acme', '--json'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const created = JSON.parse(run.stdout) as { workspace: { id: string; name: string }; key: { id: string; role: string; secret: string } };
    expect(created.workspace.name).toBe('acme');
    expect(created.workspace.id).toMatch(/^ws_[0-9a-z]{26}$/);
    expect(created.key.id).toMatch(/^key_[0-9a-z]{26}$/);
    expect(created.key.role).toBe('owner');
    expect(created.key.secret).toMatch(/^rk_[0-9A-Za-z]{40}$/);

    const config = loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent', API_RATE_LIMIT: '0' });
    const server = await buildServer(config, { log: pino({ level: 'silent' }) });
    try {
      const stored = await server.ctx.stores.apiKeys.findByHash(hashKeySecret(created.key.secret));
      expect(stored).toMatchObject({ id: created.key.id, workspaceId: created.workspace.id, role: 'owner' });
      const res = await server.app.request('/api/v1/workspace', { headers: { authorization: `Bearer ${created.key.secret}` } });
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ id: created.workspace.id, name: 'acme' });
      const wrong = await server.app.request('/api/v1/workspace', { headers: { authorization: `Bearer ${created.key.secret}x` } });
      expect(wrong.status).toBe(401);
    } finally {
      await server.close();
    }

    // A second workspace of the same name is refused in the catalogue's words.
    const again = await cli(['workspaces', 'create', 'acme', '--json'], env);
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).error).toMatchObject({ code: 'WORKSPACE_EXISTS' });
    const list = JSON.parse((await cli(['workspaces', 'list', '--json'], env)).stdout) as { data: Array<{ name: string }> };
    expect(list.data.map((w) => w.name)).toEqual(['acme']);
  }, SLOW);

  it('issue 22: keys create defaults to the least privilege (viewer), takes --role, and refuses an unknown workspace instead of creating it', async () => {
    // 'acme' exists since the test above.
    const [viewer, admin, typo] = await Promise.all([
      cli(['keys', 'create', '--workspace', 'acme', '--json'], env),
      cli(['keys', 'create', '--workspace', 'acme', '--role', 'admin', '--name', 'deploy', '--json'], env),
      cli(['keys', 'create', '--workspace', 'acmee', '--json'], env),
    ]);
    expect(JSON.parse(viewer.stdout)).toMatchObject({ role: 'viewer', name: 'cli' });
    expect(JSON.parse(admin.stdout)).toMatchObject({ role: 'admin', name: 'deploy' });
    expect(JSON.parse(viewer.stdout).workspaceId).toBe(JSON.parse(admin.stdout).workspaceId);
    expect(typo.code).toBe(1);
    const error = JSON.parse(typo.stdout).error;
    expect(error).toMatchObject({ code: 'WORKSPACE_NOT_FOUND', details: { name: 'acmee', suggestions: ['acme'] } });
    expect(error.message).toContain('Did you mean "acme"?');
    const list = JSON.parse((await cli(['workspaces', 'list', '--json'], env)).stdout) as { data: unknown[] };
    expect(list.data).toHaveLength(1);
    // Text mode: the same message on stderr.
    const text = await cli(['keys', 'create', '--workspace', 'nope'], env);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^ricochet: WORKSPACE_NOT_FOUND: No workspace is named "nope"\. Create it with `ricochet workspaces create "nope"`\.\n$/);
  }, SLOW);

  it('issue 22: keys list shows role and last use, never secrets; keys revoke stops a key and keeps the last owner key', async () => {
    const made = JSON.parse((await cli(['keys', 'create', '--workspace', 'acme', '--role', 'member', '--name', 'ci', '--json'], env)).stdout);
    const listed = JSON.parse((await cli(['keys', 'list', '--workspace', 'acme', '--json'], env)).stdout) as { data: Array<Record<string, unknown>> };
    const ci = listed.data.find((k) => k.id === made.id)!;
    expect(ci).toMatchObject({ name: 'ci', role: 'member', prefix: made.prefix, lastUsedAt: null });
    expect(JSON.stringify(listed)).not.toContain(made.secret);
    const text = await cli(['keys', 'list', '--workspace', 'acme'], env);
    expect(text.stdout).toMatch(new RegExp(`^${made.id}\\s+member\\s+${made.prefix}\\s+ci\\s+never$`, 'm'));

    const revoked = await cli(['keys', 'revoke', made.id, '--workspace', 'acme', '--json'], env);
    expect(JSON.parse(revoked.stdout)).toEqual({ id: made.id, revoked: true });
    const gone = await cli(['keys', 'revoke', made.id, '--workspace', 'acme'], env);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toBe('ricochet: API_KEY_NOT_FOUND: No API key with this id in this workspace.\n');
    const owner = listed.data.find((k) => k.role === 'owner')!;
    const last = JSON.parse((await cli(['keys', 'revoke', String(owner.id), '--workspace', 'acme', '--json'], env)).stdout);
    expect(last.error).toMatchObject({ code: 'LAST_OWNER_KEY', message: 'This is the workspace’s last owner key; create another owner key first.' });
  }, SLOW);

  it('migrate --json answers a JSON document', async () => {
    const run = await cli(['migrate', '--json'], env);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ applied: [], backup: null });
  }, SLOW);

  it('events and stats --group-by show the clicks a server on the same database recorded', async () => {
    const key = JSON.parse((await cli(['workspaces', 'create', 'events-ws', '--json'], env)).stdout).key.secret as string;
    // The redirect path is the raw listener's, behind a real socket.
    const listening = http.createServer();
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const port = (listening.address() as AddressInfo).port;
    const config = loadConfig({ ...env, PORT: String(port), LOG_LEVEL: 'silent', API_RATE_LIMIT: '0', GEO_COUNTRY_HEADER: 'x-country' });
    const server = await buildServer(config, { log: pino({ level: 'silent' }) });
    listening.on('request', server.listener);
    let slug: string;
    try {
      const created = await server.app.request('/api/v1/links', {
        method: 'POST',
        headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
        body: JSON.stringify({ url: 'https://example.com/cli-events', pixelIds: [] }),
      });
      expect(created.status).toBe(201);
      slug = ((await created.json()) as { slug: string }).slug;
      const chrome = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
      for (const [country, campaign] of [['DE', 'spring'], ['FR', 'spring'], ['DE', 'autumn']]) {
        const res = await fetch(`http://127.0.0.1:${port}/${slug}?utm_campaign=${campaign}`, { redirect: 'manual', headers: { 'user-agent': chrome, 'x-country': country as string } });
        expect(res.status).toBe(302);
      }
      await server.clicks.flush();
    } finally {
      listening.closeAllConnections();
      await new Promise((resolve) => listening.close(resolve));
      await server.close();
    }

    const json = await cli(['events', '--workspace', 'events-ws', '--country', 'de', '--json'], env);
    expect(json.stderr).toBe('');
    const events = JSON.parse(json.stdout) as Array<{ slug: string; country: string; utm: { campaign: string } }>;
    expect(events.map((e) => [e.slug, e.country, e.utm.campaign])).toEqual([[slug, 'DE', 'autumn'], [slug, 'DE', 'spring']]);
    const text = await cli(['events', slug, '--workspace', 'events-ws', '--utm-campaign', 'spring', '-n', '1'], env);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^time +slug +country +device +browser +referrer_host +utm_campaign +bot +consent\n/);
    expect(text.stdout.trim().split('\n')).toHaveLength(2);
    expect(text.stdout).toContain(' FR ');
    const bad = await cli(['events', '--workspace', 'events-ws', '--range', '7w'], env);
    expect([bad.code, bad.stderr]).toEqual([1, expect.stringContaining('`24h`')]);

    const stats = await cli(['stats', slug, '--days', '7', '--group-by', 'utmCampaign', '--json'], env);
    expect(JSON.parse(stats.stdout).groups).toEqual([
      { value: 'spring', clicks: 2, humanClicks: 2, bots: 0 },
      { value: 'autumn', clicks: 1, humanClicks: 1, bots: 0 },
    ]);
    const byDay = await cli(['stats', slug, '--days', '3', '--group-by', 'day'], env);
    // The last 3 days touch 4 local dates; today's holds the clicks.
    expect(byDay.stdout).toMatch(/\nday +human clicks +bots\n/);
    expect(byDay.stdout.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^${new Date().toISOString().slice(0, 10)} +3 +0$`));
  }, SLOW);

  it('keys create refuses an unknown role', async () => {
    const run = await cli(['keys', 'create', '--role', 'superuser'], env);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toMatch(/superuser/);
    expect(run.stderr).toMatch(/owner, admin, member, viewer/);
  }, SLOW);
});
