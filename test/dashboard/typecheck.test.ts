/**
 * The dashboard has its own tsconfig (DOM types, JSX), which `npm run typecheck` does not cover
 * yet. Its API types are inferred from the server's zod schemas, so this check is what catches a
 * schema change the dashboard has not followed.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('web/dashboard type-checks against the server schemas', async () => {
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const run = await promisify(execFile)(process.execPath, [tsc, '-p', 'web/dashboard/tsconfig.json', '--noEmit'], { cwd: ROOT }).then(
    (r) => ({ code: 0, out: r.stdout }),
    (e: { code?: number; stdout?: string }) => ({ code: e.code ?? 1, out: e.stdout ?? '' }),
  );
  expect(run.out).toBe('');
  expect(run.code).toBe(0);
}, 180_000);
