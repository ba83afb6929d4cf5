/**
 * `ricochet links import` and `links export` for integrators (issue 20): UTM columns, and rows with
 * an `externalId` that update their link, so importing the same file twice changes nothing.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { recordToInput } from '../../src/cli/commands/links-import.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SLOW = 120_000;

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('recordToInput', () => {
  it('reads externalId and the utm_ columns', () => {
    expect(recordToInput({ url: ' https://example.com/a ', externalId: ' crm-1 ', utm_source: 'news', utm_campaign: ' spring ', utm_term: '' })).toEqual({
      url: 'https://example.com/a',
      externalId: 'crm-1',
      utm: { source: 'news', campaign: 'spring' },
    });
  });
});

describe('links import and export on SQLite', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-cli-csv-'));
  const env = { DATA_DIR: dataDir };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('imports UTM fields, updates by externalId on a second import, and exports what it imported', async () => {
    expect((await cli(['keys', 'create', '--workspace', 'csv', '--json'], env)).code).toBe(0);
    const file = path.join(dataDir, 'links.csv');
    fs.writeFileSync(file, 'url,slug,externalId,tags,utm_source,utm_campaign\nhttps://example.com/a,csv-a,crm-1,spring|email,news,launch\nhttps://example.com/b,csv-b,,,,\n');
    const first = await cli(['links', 'import', file, '--workspace', 'csv'], env);
    expect([first.code, first.stdout.trim().split('\n').pop()]).toEqual([0, 'imported 2 of 2 links']);

    fs.writeFileSync(file, 'url,externalId,utm_campaign\nhttps://example.com/a2,crm-1,relaunch\n');
    const second = await cli(['links', 'import', file, '--workspace', 'csv'], env);
    expect(second.stdout.trim().split('\n').pop()).toBe('imported 1 of 1 links (0 created, 1 updated by externalId)');

    const exported = await cli(['links', 'export', '--workspace', 'csv'], env);
    expect(exported.code).toBe(0);
    const rows = parse(exported.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    const a = rows.find((r) => r.externalId === 'crm-1');
    expect(a).toMatchObject({ slug: 'csv-a', url: 'https://example.com/a2?utm_campaign=relaunch', tags: 'spring|email', humanClicks: '0', clicks: '0' });
    expect(rows.find((r) => r.slug === 'csv-b')).toMatchObject({ externalId: '' });
  }, SLOW);
});
