/**
 * Issue 15, docs/architecture.md "Conventions": `src/core/` is pure domain code. The ESLint rule in
 * eslint.config.js keeps I/O, framework, driver and storage imports (and the clock, randomness and
 * environment globals) out of it; this runs it over the sources, and checks that it does catch
 * each kind of violation.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
/** Where a new file of the core, or of the storage layer, would live (no such files exist). */
const CORE_FILE = path.join('src', 'core', 'clicks', 'example.ts');
const STORAGE_FILE = path.join('src', 'storage', 'example.ts');

async function problems(code: string, file = CORE_FILE): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).filter((m) => m.severity === 2).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('src/core boundaries', () => {
  it('hold for every source file under src/core', { timeout: 60_000 }, async () => {
    const results = await eslint.lintFiles(['src/core']);
    const found = results.flatMap((r) => r.messages.filter((m) => m.severity === 2).map((m) => `${r.filePath}:${m.line} ${m.ruleId}: ${m.message}`));
    expect(found).toEqual([]);
    expect(results.filter((r) => !r.filePath.endsWith('.test.ts')).length).toBeGreaterThan(40);
  });

  it.each([
    ["import fs from 'node:fs';", 'no-restricted-imports'],
    ["import { createHash } from 'crypto';", 'no-restricted-imports'],
    ["import { Hono } from 'hono';", 'no-restricted-imports'],
    ["import { sql } from 'kysely';", 'no-restricted-imports'],
    ["import pg from 'pg';", 'no-restricted-imports'],
    ["import type { Database } from '../../storage/database.js';", 'no-restricted-imports'],
    ["import { ClickPipeline } from '../../ingest/click-pipeline.js';", 'no-restricted-imports'],
    ["import { loadConfig } from '../config.js';", 'no-restricted-imports'],
    ['export const now = () => Date.now();', 'no-restricted-properties'],
    ['export const r = Math.random();', 'no-restricted-properties'],
    ['export const port = process.env.PORT;', 'no-restricted-globals'],
  ])('refuse %s', async (code, rule) => {
    expect((await problems(code)).join('\n')).toContain(rule);
  });

  it('allow pure libraries and the rest of core, and say nothing about code outside src/core', async () => {
    expect(await problems("import { isbot } from 'isbot';\nimport { DAY_MS } from './click.js';\nexport const x = [isbot, DAY_MS];")).toEqual([]);
    expect(await problems("import fs from 'node:fs';\nexport const x = fs;", STORAGE_FILE)).toEqual([]);
  });
});
