import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The package root (the folder with Ricochet's package.json), found from this file so it is the
 * same whether the code runs from `src/` under tsx or from `dist/` after `tsc`.
 */
export function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === 'ricochet') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the ricochet package root');
    dir = parent;
  }
}

/** Browser assets built by `npm run build` (scripts/build-web.ts). */
export function publicDir(): string {
  return path.join(packageRoot(), 'dist', 'public');
}

/** The `version` of Ricochet's package.json. */
export function packageVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0.0.0';
}
