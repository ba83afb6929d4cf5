/**
 * Regenerates the environment variable table in docs/config.md from `CONFIG_KEYS` in
 * src/config.ts: `npx tsx scripts/generate-config-doc.ts`. Everything outside the generated
 * block is hand-written and kept.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONFIG_KEYS } from '../src/config.js';
import { replaceGenerated, table } from './markdown-table.js';

export const CONFIG_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/config.md');
export const CONFIG_SECTION = 'env-table';

/** How a default is shown: the literal value, or "unset". */
export function shownDefault(value: string | undefined): string {
  return value === undefined ? 'unset' : `\`${value}\``;
}

export function renderConfigDoc(current: string): string {
  const rows = Object.entries(CONFIG_KEYS).map(([key, spec]) => [`\`${key}\``, shownDefault(spec.default), spec.doc]);
  return replaceGenerated(current, CONFIG_SECTION, table(['Variable', 'Default', 'Meaning'], rows));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const current = fs.existsSync(CONFIG_DOC) ? fs.readFileSync(CONFIG_DOC, 'utf8') : '# Configuration\n';
  fs.writeFileSync(CONFIG_DOC, renderConfigDoc(current));
  process.stdout.write(`docs/config.md: ${Object.keys(CONFIG_KEYS).length} variables\n`);
}
