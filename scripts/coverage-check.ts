/**
 * Per-folder coverage thresholds over c8's json-summary (`npm run coverage`, docs/testing.md). c8
 * checks one threshold for everything; the hot paths need their own, so this adds the files of
 * each folder up and fails when one is below its bar. Prints a table either way.
 *
 *   tsx scripts/coverage-check.ts coverage/coverage-summary.json
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Folder (or file) → minimum % of lines and of branches. Extend it as code lands. */
export const THRESHOLDS: Record<string, { lines: number; branches: number }> = {
  'src/core': { lines: 95, branches: 90 },
  'src/http/redirect': { lines: 95, branches: 90 },
  'src/ingest': { lines: 95, branches: 90 },
  'src/app/consent': { lines: 95, branches: 90 },
};

interface Counts { total: number; covered: number }
type Summary = Record<string, { lines: Counts; branches: Counts }>;

const file = process.argv[2] ?? 'coverage/coverage-summary.json';
const summary = JSON.parse(fs.readFileSync(file, 'utf8')) as Summary;
const root = process.cwd();
/**
 * A file of types only (ports.ts, facts.ts, …) compiles to nothing, is never loaded, and would
 * count as 0 % under c8's `--all`: leave it out. A file with code that no test loads still counts.
 */
function typesOnly(file: string): boolean {
  const js = ts.transpileModule(fs.readFileSync(file, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, removeComments: true } }).outputText;
  return js.replace(/export \{\s*\};?/g, '').trim() === '';
}

const pct = (c: Counts) => (c.total === 0 ? 100 : (100 * c.covered) / c.total);

let failed = false;
const rows: string[] = [];
for (const [folder, bar] of Object.entries(THRESHOLDS)) {
  const lines: Counts = { total: 0, covered: 0 };
  const branches: Counts = { total: 0, covered: 0 };
  let files = 0;
  for (const [name, s] of Object.entries(summary)) {
    if (name === 'total') continue;
    const rel = path.relative(root, name).split(path.sep).join('/');
    if (rel !== folder && !rel.startsWith(`${folder}/`)) continue;
    if (typesOnly(name)) continue;
    files++;
    lines.total += s.lines.total;
    lines.covered += s.lines.covered;
    branches.total += s.branches.total;
    branches.covered += s.branches.covered;
  }
  const ok = files > 0 && pct(lines) >= bar.lines && pct(branches) >= bar.branches;
  if (!ok) failed = true;
  rows.push(`| ${folder} | ${files} | ${pct(lines).toFixed(2)} % (≥ ${bar.lines}) | ${pct(branches).toFixed(2)} % (≥ ${bar.branches}) | ${ok ? 'ok' : 'FAIL'} |`);
}
const total = summary.total;
console.log('| folder | files | lines | branches | |\n|---|---|---|---|---|');
console.log(rows.join('\n'));
if (total) console.log(`| all of src | | ${pct(total.lines).toFixed(2)} % | ${pct(total.branches).toFixed(2)} % | |`);
if (failed) {
  console.error('coverage: below the per-folder threshold (scripts/coverage-check.ts)');
  process.exit(1);
}
