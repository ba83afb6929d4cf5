/**
 * `ricochet links import` and `links export` end to end (issues 20 and 22): UTM columns, rows with
 * an `externalId` that update their link, headers in any case, unknown columns warned about, a
 * file without a header refused, per-row results in the API's own words, dry run, report, resume.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportStateFile } from '../../src/cli/import-state.js';
import { loadConfig } from '../../src/config.js';
import { buildServer } from '../../src/server.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SLOW = 120_000;

function cli(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe('links import and export on SQLite', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-cli-csv-'));
  const env = { DATA_DIR: dataDir };
  const file = (name: string, text: string) => {
    const f = path.join(dataDir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('imports UTM fields, updates by externalId on a second import, and exports what it imported (CSV and JSON)', async () => {
    expect((await cli(['workspaces', 'create', 'csv', '--json'], env)).code).toBe(0);
    const f = file('links.csv', 'url,slug,externalId,tags,utm_source,utm_campaign\nhttps://example.com/a,csv-a,crm-1,spring|email,news,launch\nhttps://example.com/b,csv-b,,,,\n');
    const first = await cli(['links', 'import', f, '--workspace', 'csv'], env);
    expect([first.code, first.stdout.trim().split('\n').pop()]).toEqual([0, 'imported 2 of 2 links']);

    fs.writeFileSync(f, 'url,externalId,utm_campaign\nhttps://example.com/a2,crm-1,relaunch\n');
    const second = await cli(['links', 'import', f, '--workspace', 'csv'], env);
    expect(second.stdout.trim().split('\n').pop()).toBe('imported 1 of 1 links (0 created, 1 updated by externalId)');

    const exported = await cli(['links', 'export', '--workspace', 'csv'], env);
    expect(exported.code).toBe(0);
    const rows = parse(exported.stdout, { columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(2);
    const a = rows.find((r) => r.externalId === 'crm-1');
    expect(a).toMatchObject({ slug: 'csv-a', url: 'https://example.com/a2?utm_campaign=relaunch', tags: 'spring|email', humanClicks: '0', clicks: '0' });
    expect(rows.find((r) => r.slug === 'csv-b')).toMatchObject({ externalId: '' });

    const json = JSON.parse((await cli(['links', 'export', '--workspace', 'csv', '--json'], env)).stdout) as Array<Record<string, unknown>>;
    expect(json.map((l) => l.slug).sort()).toEqual(['csv-a', 'csv-b']);
    expect(json.find((l) => l.slug === 'csv-a')).toMatchObject({ externalId: 'crm-1', utm: { campaign: 'relaunch' }, humanClicks: 0 });
  }, SLOW);

  it('issue 22: headers in any case, unknown and extra columns, per-row results in the API’s words, a report file', async () => {
    const f = file(
      'mixed.csv',
      'URL,Slug,Tags,Redirect Type,Notes,Owner\n' +
        'https://example.com/m1,mixed-1,spring,301,call Anna,anna\n' +
        'https://example.com/m2,mixed-2,,303,,\n' +
        'javascript:alert(1),mixed-3,,,,\n' +
        'https://example.com/m4,mixed-1,,,,\n' +
        'https://example.com/m5,mixed-5,a,302,x,y,surplus cell\n' +
        'https://example.com/m6,mixed-6,,,,\n',
    );
    const report = path.join(dataDir, 'report.csv');
    const run = await cli(['links', 'import', f, '--workspace', 'csv', '--report', report, '--json'], env);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ dryRun: false, rows: 6, created: 2, updated: 0, failed: 4 });
    expect(out.warnings).toEqual([expect.stringContaining('Ignored columns not known to Ricochet: Notes, Owner')]);
    expect(out.results.map((r: { line: number; ok: boolean; error?: { code: string } }) => [r.line, r.ok, r.error?.code])).toEqual([
      [2, true, undefined],
      [3, false, 'VALIDATION_FAILED'],
      [4, false, 'URL_UNSAFE'],
      [5, false, 'SLUG_TAKEN'],
      [6, false, 'CSV_INVALID'],
      [7, true, undefined],
    ]);
    expect(out.results[0]).toMatchObject({ action: 'created', shortUrl: expect.stringMatching(/\/mixed-1$/), id: expect.stringMatching(/^lnk_/) });
    expect(out.results[4].error.message).toContain('This row has 7 cells but the header names 6');

    // The same bodies sent to the API answer with the same codes and messages.
    const server = await buildServer(loadConfig({ ...env, PORT: '0', LOG_LEVEL: 'silent', API_RATE_LIMIT: '0' }), { log: pino({ level: 'silent' }) });
    try {
      const key = JSON.parse((await cli(['keys', 'create', '--workspace', 'csv', '--role', 'member', '--json'], env)).stdout).secret;
      const post = async (body: unknown) =>
        ((await (await server.app.request('/api/v1/links', { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })).json()) as { error: unknown }).error;
      expect(out.results[1].error).toEqual(await post({ url: 'https://example.com/m2', slug: 'mixed-2', redirectType: 303 }));
      expect(out.results[2].error).toEqual(await post({ url: 'javascript:alert(1)', slug: 'mixed-3' }));
      expect(out.results[3].error).toEqual(await post({ url: 'https://example.com/m4', slug: 'mixed-1' }));
    } finally {
      await server.close();
    }

    const lines = parse(fs.readFileSync(report), { columns: true }) as Array<Record<string, string>>;
    expect(lines.map((l) => [l.line, l.status, l.code])).toEqual([
      ['2', 'created', ''],
      ['3', 'failed', 'VALIDATION_FAILED'],
      ['4', 'failed', 'URL_UNSAFE'],
      ['5', 'failed', 'SLUG_TAKEN'],
      ['6', 'failed', 'CSV_INVALID'],
      ['7', 'created', ''],
    ]);

    // Text mode: the warning and each failed row on stderr, the summary on stdout.
    const again = await cli(['links', 'import', file('again.csv', 'Url,SLUG,Colour\nhttps://example.com/t,mixed-6,red\n'), '--workspace', 'csv'], env);
    expect(again.stderr).toContain('ricochet: warning: Ignored column not known to Ricochet: Colour');
    expect(again.stderr).toContain('line 2: SLUG_TAKEN: This slug is already used on this domain.');
    expect(again.stdout.trim()).toBe('imported 0 of 1 links');
  }, SLOW);

  it('issue 22: refuses a file without a header row, or without a url column, and creates nothing', async () => {
    const headerless = await cli(['links', 'import', file('bare.csv', 'https://example.com/x,bare-x\nhttps://example.com/y,bare-y\n'), '--workspace', 'csv'], env);
    expect(headerless.code).toBe(1);
    expect(headerless.stderr).toMatch(/^ricochet: CSV_INVALID: .*bare\.csv has no header row: its first line holds a link\. Add a first line naming the columns, e\.g\. "url,slug,tags"\.\n$/);
    const noUrl = await cli(['links', 'import', file('nourl.csv', 'slug,title\nx,y\n'), '--workspace', 'csv', '--json'], env);
    expect(JSON.parse(noUrl.stdout).error).toMatchObject({ code: 'CSV_INVALID', details: { reason: 'no_url_column' } });
    const exported = JSON.parse((await cli(['links', 'export', '--workspace', 'csv', '--json'], env)).stdout) as Array<{ slug: string }>;
    expect(exported.map((l) => l.slug)).not.toContain('bare-x');
  }, SLOW);

  it('issue 22: --dry-run checks every row (slugs taken in the file too) and writes nothing', async () => {
    const f = file('dry.csv', 'url,slug,externalId\nhttps://example.com/d1,dry-1,\nhttps://example.com/d2,dry-1,\nhttps://example.com/d3,,crm-1\nnot a url,,\n');
    const run = await cli(['links', 'import', f, '--workspace', 'csv', '--dry-run', '--json'], env);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ dryRun: true, rows: 4, wouldCreate: 1, wouldUpdate: 1, failed: 2 });
    expect(out.results.map((r: { action?: string; error?: { code: string } }) => r.action ?? r.error?.code)).toEqual(['would_create', 'SLUG_TAKEN', 'would_update', 'URL_UNSAFE']);
    const text = await cli(['links', 'import', f, '--workspace', 'csv', '--dry-run'], env);
    expect(text.stdout.trim()).toBe('dry run: 2 of 4 rows would import (1 new, 1 updates by externalId); nothing was written');
    const exported = JSON.parse((await cli(['links', 'export', '--workspace', 'csv', '--json'], env)).stdout) as Array<{ slug: string }>;
    expect(exported.map((l) => l.slug)).not.toContain('dry-1');
  }, SLOW);

  it('issue 22: an import that stopped part-way refuses to start again blindly, and --resume continues after the last imported row', async () => {
    const text = 'url,slug\nhttps://example.com/r1,resume-1\nhttps://example.com/r2,resume-2\nhttps://example.com/r3,resume-3\n';
    const f = file('resume.csv', text);
    // What a run killed after its first row leaves behind: that row's link, and the state file.
    expect((await cli(['links', 'import', file('first-row.csv', 'url,slug\nhttps://example.com/r1,resume-1\n'), '--workspace', 'csv'], env)).code).toBe(0);
    const workspaceId = JSON.parse((await cli(['workspaces', 'list', '--json'], env)).stdout).data.find((w: { name: string }) => w.name === 'csv').id;
    const state = new ImportStateFile(dataDir, Buffer.from(text), workspaceId);
    state.write({ file: f, workspaceId, done: 1, created: 1, updated: 0, failed: 0, startedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:01.000Z' });

    const blind = await cli(['links', 'import', f, '--workspace', 'csv', '--json'], env);
    expect(JSON.parse(blind.stdout).error).toMatchObject({ code: 'IMPORT_UNFINISHED', details: { done: 1, total: 3 } });
    const resumed = await cli(['links', 'import', f, '--workspace', 'csv', '--resume'], env);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout.trim()).toBe('imported 3 of 3 links, resumed after row 1');
    expect(fs.existsSync(state.path)).toBe(false);
    const slugs = (JSON.parse((await cli(['links', 'export', '--workspace', 'csv', '--json'], env)).stdout) as Array<{ slug: string }>).map((l) => l.slug);
    expect(slugs.filter((s) => s.startsWith('resume-')).sort()).toEqual(['resume-1', 'resume-2', 'resume-3']);
  }, SLOW);
});
