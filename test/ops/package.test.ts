/**
 * Issue 19: what `npm pack` puts in the package. The built server, CLI and browser bundles, the
 * licence and the README; no sources, tests, source maps or local state; and nothing in the built
 * code imports a package that `npm install --omit=dev` would leave out. Needs a build (`npm test`
 * builds first); the pack itself runs with --ignore-scripts so that it does not rebuild under
 * the other tests' feet.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/processes.js';

interface Packed {
  files: Array<{ path: string; size: number }>;
}

describe('npm pack', () => {
  let files: string[] = [];
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  beforeAll(() => {
    const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    files = (JSON.parse(out) as Packed[])[0]!.files.map((f) => f.path);
  }, 60_000);

  it('ships the built server, CLI and browser bundles with the licence and the README', () => {
    for (const file of [
      'package.json', 'LICENSE', 'README.md', 'bin/ricochet.js', 'dist/cli/main.js', 'dist/main.js', 'dist/server.js',
      'dist/public/interstitial.js', 'dist/public/dashboard/index.html', 'dist/storage/migrations/0001-core.js',
    ]) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => /^dist\/public\/dashboard\/app-[A-Z0-9]+\.js$/.test(f))).toBe(true);
  });

  it('leaves out sources, tests, source maps and local state', () => {
    const unwanted = files.filter((f) => /^(src|test|bench|scripts|web|docs|deploy|data|node_modules)\//.test(f) || f.endsWith('.map') || f.endsWith('.ts') || f.includes('.build-'));
    expect(unwanted).toEqual([]);
  });

  it('is MIT licensed, in the manifest and the licence file', () => {
    expect(manifest.license).toBe('MIT');
    const licence = fs.readFileSync(path.join(ROOT, 'LICENSE'), 'utf8');
    expect(licence).toMatch(/^MIT License/);
    expect(licence).toContain('Permission is hereby granted, free of charge');
  });

  it('runs its command from the built code alone (bin has a shebang, and builds only in a checkout)', () => {
    const bin = fs.readFileSync(path.join(ROOT, 'bin/ricochet.js'), 'utf8');
    expect(bin.startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(manifest.bin).toEqual({ ricochet: 'bin/ricochet.js' });
  });

  it('imports nothing at run time but production dependencies and Node built-ins', () => {
    const allowed = new Set([...Object.keys(manifest.dependencies), ...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    const missing: string[] = [];
    for (const file of files.filter((f) => f.startsWith('dist/') && f.endsWith('.js') && !f.startsWith('dist/public/'))) {
      const code = fs.readFileSync(path.join(ROOT, file), 'utf8');
      // A dynamic import written inside a string (`\`import('tsx/esm/api')…\``) is code for a worker
      // started from the sources, not an import of the built code.
      for (const m of code.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|(?<![`'"])import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
        const specifier = m[1] ?? m[2]!;
        if (specifier.startsWith('.')) continue;
        const name = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
        if (!allowed.has(name) && !allowed.has(specifier)) missing.push(`${file}: ${specifier}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
