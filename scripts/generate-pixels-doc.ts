/**
 * Regenerates the two tables of docs/pixels.md from the platform catalogue
 * (src/core/pixels/catalog.ts): `npm run docs:pixels`. The prose around them is hand-written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CATALOG } from '../src/core/pixels/catalog.js';
import { PLATFORMS } from '../src/core/pixels/platform.js';
import { replaceGenerated, table } from './markdown-table.js';

export const PIXELS_DOC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../docs/pixels.md');
export const PIXELS_SECTIONS = ['platforms', 'hits'] as const;

const ID = 'ID';

/** `<pixel>` in prose would be read as an HTML tag by Markdown renderers. */
const text = (s: string) => s.replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The loader URL with the id left as a placeholder, without the scheme. */
function loader(url: string): string {
  return url.replace(/^https:\/\//, '');
}

export function renderPixelsDoc(current: string): string {
  const platforms = PLATFORMS.map((p) => {
    const spec = CATALOG[p];
    return [
      spec.label,
      `\`${p}\``,
      `${text(spec.idHint)}, e.g. \`${spec.example}\``,
      `\`${loader(spec.loaderUrl(ID))}\``,
      `\`${spec.pageViewEvent}\``,
      spec.noscriptBeacon ? 'yes' : '—',
      spec.tcfVendorId === null ? '—' : String(spec.tcfVendorId),
      spec.minAudience.size === null ? 'not published' : spec.minAudience.size.toLocaleString('en'),
    ];
  });
  const hits = PLATFORMS.map((p) => {
    const spec = CATALOG[p];
    return [spec.label, spec.hitEndpoints.map((e) => `\`${e.host}${e.path}\``).join(', '), text(spec.dispatchedHit)];
  });
  let doc = replaceGenerated(current, 'platforms', table(['Platform', '`platform`', 'Id looks like', 'Loader (ID = the pixel id)', 'Page view', 'No-JS beacon', 'TCF vendor', 'Audience minimum'], platforms));
  doc = replaceGenerated(doc, 'hits', table(['Platform', 'Collection endpoints (host suffix + path)', 'The hit that counts as dispatched'], hits));
  return doc;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  fs.writeFileSync(PIXELS_DOC, renderPixelsDoc(fs.readFileSync(PIXELS_DOC, 'utf8')));
  process.stdout.write(`docs/pixels.md: ${PLATFORMS.length} platforms\n`);
}
