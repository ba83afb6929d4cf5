#!/usr/bin/env node
// The package's command. Runs the compiled CLI from dist/ (`npm run build` creates it).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('ricochet: not built yet. Run `npm run build` (or `npm start`, which builds first).\n');
  process.exit(1);
}
await import(entry.href);
