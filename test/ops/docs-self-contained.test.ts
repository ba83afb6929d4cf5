/**
 * Issue 19: the documentation is self-contained. Every repository file a doc or a code comment
 * names (a path under src, docs, test, …, or a relative Markdown link) exists in the repository,
 * and nothing cites design notes that live outside it or a path of the machine it was written on.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes.js';

const TOP = ['README.md', 'Dockerfile', '.ci/run', 'src', 'test', 'bench', 'scripts', 'web', 'docs', 'deploy', 'bin'];
const TEXT = /\.(ts|tsx|js|mjs|md|json|sh|css|html|yaml|yml|conf|service)$|(^|\/)(Dockerfile|Caddyfile|run)$/;

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return TEXT.test(entry) ? [entry] : [];
  return fs.readdirSync(full).flatMap((name) => files(`${entry}/${name}`));
}

const ALL = TOP.flatMap(files).filter((f) => !f.endsWith('.png') && !f.startsWith('docs/grafana/'));
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

// Built from pieces so that this file does not match itself.
const OUTSIDE = [
  ['/wo', 'rk/'],
  ['/ro', 'ot/'],
  ['farm', '-studio'],
  ['DESIGN', '.md'],
  ['STYLE', '.md'],
  ['shared', '/reference'],
  ['audiences-and', '-vendors.md'],
  ['landscape', '.md'],
  ['server-side', '.md'],
].map((parts) => parts.join(''));

/** A path into this repository at the start of a token; `packages/y/src/…` (another project's file) is not one. */
const CITED = /(?<![\w/.@-])(?:src|test|bench|scripts|web|docs|deploy|bin)\/[\w./-]*\.(?:ts|tsx|js|mjs|md|json|sh|conf|service|yaml|png|css|html)\b/g;
const LINK = /\]\(([^)\s]+)\)/g;

describe('documentation and comments', () => {
  it('scan the whole repository', () => {
    expect(ALL.length).toBeGreaterThan(200);
    expect(ALL).toContain('docs/operations.md');
  });

  it('cite nothing outside the repository and no path of a particular machine', () => {
    const offenders: string[] = [];
    for (const file of ALL) {
      if (file === 'test/ops/docs-self-contained.test.ts') continue;
      const text = read(file);
      for (const needle of OUTSIDE) if (text.includes(needle)) offenders.push(`${file}: ${needle}`);
    }
    expect(offenders).toEqual([]);
  });

  it('name only repository files that exist', () => {
    const missing: string[] = [];
    for (const file of ALL) {
      for (const m of read(file).matchAll(CITED)) {
        const cited = m[0].replace(/[.]+$/, '');
        if (!fs.existsSync(path.join(ROOT, cited))) missing.push(`${file}: ${cited}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('link only to files that exist (relative Markdown links)', () => {
    const broken: string[] = [];
    for (const file of ALL.filter((f) => f.endsWith('.md'))) {
      for (const m of read(file).matchAll(LINK)) {
        const target = m[1]!;
        if (/^(https?:|mailto:|#)/.test(target)) continue;
        const resolved = path.join(ROOT, path.dirname(file), target.split('#')[0]!);
        if (!fs.existsSync(resolved)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
