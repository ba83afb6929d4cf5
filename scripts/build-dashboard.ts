/**
 * Bundles the dashboard SPA (web/dashboard) into dist/public/dashboard: one content-hashed JS file,
 * one content-hashed CSS file (ours + uPlot's) and an index.html that names them. The server serves
 * them at `/` and `/assets/dashboard/*` (src/http/dashboard-routes.ts).
 *
 * Every file is written to a temp name and renamed into place, and only files this build did not
 * produce are removed afterwards: test files that build in parallel (same sources → same hashed
 * names) never see a half-written or missing file.
 *
 * Run: `npx tsx scripts/build-dashboard.ts`.
 */
import { build } from 'esbuild';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { dashboardAssets } from './dashboard-assets.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE_DIR = join(ROOT, 'web/dashboard');
export const DASHBOARD_DIR = join(ROOT, 'dist/public/dashboard');
/** Where the server exposes DASHBOARD_DIR (the `/assets` segment is reserved for Ricochet). */
export const DASHBOARD_URL_PATH = '/assets/dashboard';

export interface DashboardBuild {
  /** Output file names in DASHBOARD_DIR, index.html included. */
  files: string[];
  /** Bytes of JS + CSS (what a first visit downloads besides index.html), raw and gzipped. */
  rawBytes: number;
  gzipBytes: number;
}

async function writeAtomically(file: string, contents: string | Uint8Array): Promise<void> {
  const tmp = join(dirname(file), `.tmp-${process.pid}-${Math.random().toString(36).slice(2)}-${basename(file)}`);
  await writeFile(tmp, contents);
  await rename(tmp, file);
}

/** Builds the dashboard into DASHBOARD_DIR and returns what it wrote. */
export async function buildDashboard(): Promise<DashboardBuild> {
  const result = await build({
    entryPoints: { app: join(SOURCE_DIR, 'main.tsx') },
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfig: join(SOURCE_DIR, 'tsconfig.json'),
    outdir: DASHBOARD_DIR,
    entryNames: '[name]-[hash]',
    assetNames: '[name]-[hash]',
    legalComments: 'none',
    define: { 'process.env.NODE_ENV': '"production"' },
    write: false,
    logLevel: 'silent',
  });

  const outputs = result.outputFiles.map((f) => ({ name: basename(f.path), contents: f.contents }));
  const js = outputs.find((f) => f.name.endsWith('.js'));
  const css = outputs.find((f) => f.name.endsWith('.css'));
  if (!js || !css) throw new Error('dashboard build produced no JS or no CSS');

  const template = await readFile(join(SOURCE_DIR, 'index.html'), 'utf8');
  const html = template
    .replace('%CSS%', `${DASHBOARD_URL_PATH}/${css.name}`)
    .replace('%JS%', `${DASHBOARD_URL_PATH}/${js.name}`);
  if (html.includes('%')) throw new Error('index.html still holds a % placeholder');

  const favicon = await readFile(join(SOURCE_DIR, 'favicon.svg'));
  const files = [...outputs, ...(await dashboardAssets()), { name: 'favicon.svg', contents: favicon }, { name: 'index.html', contents: new TextEncoder().encode(html) }];

  await mkdir(DASHBOARD_DIR, { recursive: true });
  for (const f of files) await writeAtomically(join(DASHBOARD_DIR, f.name), f.contents);
  const keep = new Set(files.map((f) => f.name));
  for (const name of await readdir(DASHBOARD_DIR)) {
    if (!keep.has(name) && !name.startsWith('.tmp-')) await rm(join(DASHBOARD_DIR, name), { force: true });
  }

  const rawBytes = js.contents.byteLength + css.contents.byteLength;
  const gzipBytes = gzipSync(js.contents, { level: 9 }).byteLength + gzipSync(css.contents, { level: 9 }).byteLength;
  return { files: files.map((f) => f.name), rawBytes, gzipBytes };
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = await buildDashboard();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`${DASHBOARD_DIR}: ${out.files.join(', ')}`);
  console.log(`dashboard JS+CSS: ${kb(out.rawBytes)} raw, ${kb(out.gzipBytes)} gzip`);
}
