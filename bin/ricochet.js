#!/usr/bin/env node
// The package's command: runs the compiled CLI in dist/. In a source checkout (scripts/ is there)
// it first rebuilds dist/ if the sources changed since the last build (scripts/build.mjs keeps a
// hash of them), so `npm start` builds once and then starts at once. The published package
// ships dist/ built and has no scripts/.
import { existsSync } from 'node:fs';

const builder = new URL('../scripts/build.mjs', import.meta.url);
if (existsSync(builder)) {
  const { ensureBuilt } = await import(builder.href);
  try {
    await ensureBuilt();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\nricochet: the build failed; fix the error above and start again.\n`);
    process.exit(1);
  }
}

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('ricochet: dist/ is missing. Run `npm run build` in a checkout, or reinstall the package.\n');
  process.exit(1);
}
await import(entry.href);
