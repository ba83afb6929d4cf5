/**
 * The OpenAPI document as a product (issue 20): the SDK's generated files match the server,
 * Redocly's rules (redocly.yaml) report nothing, and the SDK and code written against it compile
 * under --strict.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { lint, lintConfig, loadConfig } from '@redocly/openapi-core';
import { describe, expect, it } from 'vitest';
import { SDK_DIR, renderSdkFiles } from '../../scripts/generate-sdk.js';

const run = promisify(execFile);
const ROOT = path.resolve(SDK_DIR, '..');
const TSC = path.join(ROOT, 'node_modules/typescript/bin/tsc');

async function tsc(...args: string[]): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [TSC, ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    return { ok: true, output: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    return { ok: false, output: `${e.stdout ?? ''}${e.stderr ?? ''}` || e.message };
  }
}

describe('the API document and the SDK', () => {
  it('sdk/openapi.json and sdk/src/schema.ts are what `npm run sdk:generate` writes', async () => {
    for (const [name, text] of Object.entries(await renderSdkFiles())) {
      const file = path.join(SDK_DIR, '..', name);
      expect(fs.existsSync(file), `${name} is missing: run npm run sdk:generate`).toBe(true);
      expect(fs.readFileSync(file, 'utf8') === text, `${name} is stale: run npm run sdk:generate`).toBe(true);
    }
  });

  it('passes Redocly’s recommended rules and ours with no problem left unjustified', async () => {
    const config = await loadConfig({ configPath: path.join(ROOT, 'redocly.yaml') });
    // A misspelt or retired rule name would silently check nothing: the config itself must be clean.
    expect((await lintConfig({ config })).map((p) => p.message)).toEqual([]);
    const problems = await lint({ ref: path.join(SDK_DIR, 'openapi.json'), config });
    const open = problems.filter((p) => !p.ignored).map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`);
    expect(open).toEqual([]);
    // Every exception in .redocly.lint-ignore.yaml still matches something (no stale exceptions).
    const ignoreFile = fs.readFileSync(path.join(ROOT, '.redocly.lint-ignore.yaml'), 'utf8');
    const ignoredPointers = [...ignoreFile.matchAll(/- '([^']+)'/g)].map((m) => m[1]);
    expect(problems.filter((p) => p.ignored).map((p) => p.location[0]?.pointer).sort()).toEqual(ignoredPointers.sort());
  });

  it('builds the SDK under --strict (declarations included)', async () => {
    // Inside the repository, so that Node resolves the SDK's dependency (openapi-fetch) from its
    // node_modules whichever loader imports the built file (Vite's, or Node's own in the
    // coverage run, docs/testing.md).
    const cache = path.join(ROOT, 'node_modules', '.cache');
    fs.mkdirSync(cache, { recursive: true });
    const out = fs.mkdtempSync(path.join(cache, 'ricochet-sdk-'));
    try {
      const result = await tsc('-p', path.join(SDK_DIR, 'tsconfig.json'), '--outDir', out);
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
      for (const file of ['index.js', 'index.d.ts', 'schema.js', 'schema.d.ts']) expect(fs.existsSync(path.join(out, file)), file).toBe(true);
      const { createRicochetClient } = (await import(path.join(out, 'index.js'))) as typeof import('../../sdk/src/index.js');
      expect(typeof createRicochetClient({ baseUrl: 'http://127.0.0.1:1', apiKey: 'rk_x' }).GET).toBe('function');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);

  it('type-checks integrator code under --strict and refuses what the document rules out', async () => {
    const result = await tsc('-p', path.join(ROOT, 'test/api/sdk-types/tsconfig.json'));
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 120_000);
});
