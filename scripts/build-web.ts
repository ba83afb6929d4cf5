/**
 * Bundles the browser code into dist/public (docs/architecture.md, "Conventions"): today the interstitial
 * script; the dashboard build can join `buildWeb()` later. Run: `npx tsx scripts/build-web.ts`.
 */
import { build } from 'esbuild';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PUBLIC_DIR = join(ROOT, 'dist/public');
export const INTERSTITIAL_FILE = join(PUBLIC_DIR, 'interstitial.js');
export const TRACKER_FILE = join(PUBLIC_DIR, 'track.js');

/**
 * The interstitial script, minified, as the string the server inlines. Throws if the bundle holds
 * `</script` or `<!--`, which would end or bend the inline element (render-page.ts).
 */
export async function bundleInterstitial(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'web/interstitial/main.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    // Chrome/Edge 80, Safari 14, Firefox 78: `??=` and friends get lowered, nothing else needed.
    target: ['es2020'],
    tsconfig: join(ROOT, 'web/interstitial/tsconfig.json'),
    legalComments: 'none',
    write: false,
  });
  const code = result.outputFiles[0]!.text.trim();
  if (/<\/script|<!--/i.test(code)) throw new Error('interstitial bundle contains </script or <!--');
  return code;
}

/**
 * Writes dist/public/interstitial.js and returns its contents. Written to a temp name and renamed,
 * so a server reading it while a parallel test file builds never sees half a file.
 */
export async function buildInterstitial(): Promise<string> {
  const code = await bundleInterstitial();
  await mkdir(PUBLIC_DIR, { recursive: true });
  const tmp = `${INTERSTITIAL_FILE}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, INTERSTITIAL_FILE);
  return code;
}

/** The destination sites' conversion-tracking script (web/tracker/track.ts), served at `/_r/track.js`. */
export async function buildTracker(): Promise<string> {
  const result = await build({
    entryPoints: [join(ROOT, 'web/tracker/track.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: ['es2020'],
    tsconfig: join(ROOT, 'web/tracker/tsconfig.json'),
    legalComments: 'none',
    write: false,
  });
  const code = result.outputFiles[0]!.text.trim();
  await mkdir(PUBLIC_DIR, { recursive: true });
  const tmp = `${TRACKER_FILE}.${process.pid}.${Date.now()}.tmp`;
  await writeFile(tmp, code);
  await rename(tmp, TRACKER_FILE);
  return code;
}

/** Everything under dist/public. */
export async function buildWeb(): Promise<void> {
  await buildInterstitial();
  await buildTracker();
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const code = await buildInterstitial();
  console.log(`${INTERSTITIAL_FILE}: ${Buffer.byteLength(code)} bytes`);
  const tracker = await buildTracker();
  console.log(`${TRACKER_FILE}: ${Buffer.byteLength(tracker)} bytes`);
}
