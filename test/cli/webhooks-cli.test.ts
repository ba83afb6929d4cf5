/**
 * Issue 21: `ricochet webhooks …` against a real database of each engine — create prints the
 * signing secret once, list never does, the address rules refuse a loopback URL with the same
 * message as the API, rotate, disable/enable, delete.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgDatabase } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';

const SLOW = 120_000;
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (error, stdout, stderr) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
    });
  });
}

describe.each(testEngines())('ricochet webhooks on %s', (engine) => {
  let env: Record<string, string>;
  let dataDir: string;
  let cleanup: () => Promise<void> = async () => {};

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-cli-wh-'));
    env = { DATA_DIR: dataDir };
    if (engine === 'postgres') {
      const db = await freshPgDatabase();
      env.DATABASE_URL = db.url;
      cleanup = db.drop;
    }
    expect((await cli(['workspaces', 'create', 'acme', '--json'], env)).code).toBe(0);
  }, SLOW);

  afterAll(async () => {
    await cleanup();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('creates, lists, rotates, turns off and deletes an endpoint', async () => {
    // A literal public address: no DNS is needed (tests never depend on the internet).
    const created = await cli(['webhooks', 'create', 'https://93.184.215.14/hooks', '-w', 'acme', '-e', 'link.created,click', '-t', 'spring', '--json'], env);
    expect(created.stderr).toBe('');
    const endpoint = JSON.parse(created.stdout);
    expect(endpoint).toMatchObject({ url: 'https://93.184.215.14/hooks', events: ['link.created', 'click'], filter: { tags: ['spring'], linkIds: [] }, enabled: true });
    expect(endpoint.secret).toMatch(/^whsec_/);

    const listed = await cli(['webhooks', 'list', '-w', 'acme'], env);
    expect(listed.stdout).toContain(endpoint.id);
    expect(listed.stdout).toContain('events: link.created, click');
    expect(listed.stdout).not.toContain(endpoint.secret);

    const rotated = await cli(['webhooks', 'rotate-secret', endpoint.id, '-w', 'acme', '--overlap-hours', '0'], env);
    expect(rotated.stdout).toMatch(/^New signing secret \(shown once\): whsec_\S+\nThe previous secret no longer signs\.\n$/);

    const off = await cli(['webhooks', 'disable', endpoint.id, '-w', 'acme', '--json'], env);
    expect(JSON.parse(off.stdout)).toMatchObject({ enabled: false, disabledReason: 'manual' });

    expect((await cli(['webhooks', 'delete', endpoint.id, '-w', 'acme'], env)).stdout).toBe(`Deleted ${endpoint.id}.\n`);
    const gone = await cli(['webhooks', 'delete', endpoint.id, '-w', 'acme'], env);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('No webhook endpoint with this id');
  }, SLOW);

  it('refuses a loopback URL and an unknown event with a clear message', async () => {
    const loopback = await cli(['webhooks', 'create', 'http://127.0.0.1:9/x', '-w', 'acme', '-e', 'click'], env);
    expect(loopback.code).toBe(1);
    expect(loopback.stderr).toMatch(/127\.0\.0\.1 is a loopback address; webhooks are delivered to public addresses only/);
    const unknown = await cli(['webhooks', 'create', 'https://93.184.215.14/x', '-w', 'acme', '-e', 'click,link.exploded'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/unknown event link\.exploded/);
  }, SLOW);
});
