#!/usr/bin/env node
/**
 * Builds dist/ (server JavaScript, interstitial script, dashboard bundle) only when the sources
 * changed since the last build: a SHA-256 over every build input is kept in dist/.build-hash.
 * `npm start`, `npx ricochet …` in a checkout (bin/ricochet.js) and `npm install` (prepare) call
 * it, so the build happens once and a second start spends no time on it.
 *
 *   node scripts/build.mjs            build when stale
 *   node scripts/build.mjs --force    build anyway
 *   node scripts/build.mjs --clean    empty dist/ first, then build (npm pack)
 *   node scripts/build.mjs --prepare  as `npm install` runs it: without the dev dependencies
 *                                     (`npm ci --omit=dev`) or on a failed build, say so and exit 0
 *
 * Plain JavaScript on purpose: checking the hash must not pay for a TypeScript loader.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const HASH_FILE = path.join(DIST, '.build-hash');
const LOCK_DIR = path.join(DIST, '.build-lock');
/** A lock older than this belongs to a build that died. */
const STALE_LOCK_MS = 10 * 60_000;

/** Folders whose files feed the build, and single files that do. */
const INPUT_DIRS = ['src', 'web'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/build-web.ts', 'scripts/build-dashboard.ts'];

/** Tests are not compiled (tsconfig.json excludes them), so editing one does not call for a build. */
function isInput(relative) {
  return !relative.endsWith('.test.ts') && !relative.startsWith('src/storage/contract/');
}

function listFiles(dir, out) {
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const relative = `${dir}/${entry.name}`;
    if (entry.isDirectory()) listFiles(relative, out);
    else if (entry.isFile() && isInput(relative)) out.push(relative);
  }
  return out;
}

/** SHA-256 over the path and contents of every build input, in a stable order. */
export function sourceHash() {
  const files = [...INPUT_DIRS.flatMap((d) => listFiles(d, [])), ...INPUT_FILES.filter((f) => fs.existsSync(path.join(ROOT, f)))].sort();
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(fs.readFileSync(path.join(ROOT, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function builtHash() {
  try {
    return fs.readFileSync(HASH_FILE, 'utf8').trim();
  } catch {
    return null;
  }
}

function run(args, label) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${label} failed:\n${stderr}`))));
  });
}

async function runTsc() {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  // tsc reports type errors on stdout: capture them so a failed build says why.
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.json'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc failed:\n${output}`))));
  });
}

function holderAlive() {
  try {
    const pid = Number(fs.readFileSync(path.join(LOCK_DIR, 'pid'), 'utf8'));
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // No pid yet (the holder is writing it), or the holder is gone (ESRCH: a build killed by Ctrl-C).
    return error.code === 'ENOENT' ? Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? 0) < 5000 : error.code === 'EPERM';
  }
}

/** Waits for another build holding the lock; returns once this process holds it. */
async function acquireLock() {
  fs.mkdirSync(DIST, { recursive: true });
  for (;;) {
    try {
      fs.mkdirSync(LOCK_DIR);
      fs.writeFileSync(path.join(LOCK_DIR, 'pid'), String(process.pid));
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - (fs.statSync(LOCK_DIR, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS || !holderAlive()) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

/**
 * Build everything into dist/ and record the inputs' hash; with `onlyIfStale`, do nothing when
 * the recorded hash already matches (another process may have built while this one waited for
 * the lock). The TypeScript compile and the two browser bundles run side by side.
 * Returns whether it built.
 */
export async function build({ clean = false, onlyIfStale = false } = {}) {
  await acquireLock();
  try {
    const hash = sourceHash();
    if (onlyIfStale && builtHash() === hash) return false;
    if (clean) {
      for (const entry of fs.readdirSync(DIST)) if (entry !== '.build-lock') fs.rmSync(path.join(DIST, entry), { recursive: true, force: true });
    }
    fs.rmSync(HASH_FILE, { force: true });
    await Promise.all([
      runTsc(),
      run(['--import', 'tsx', 'scripts/build-web.ts'], 'interstitial build'),
      run(['--import', 'tsx', 'scripts/build-dashboard.ts'], 'dashboard build'),
    ]);
    fs.writeFileSync(HASH_FILE, `${hash}\n`);
    return true;
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
}

/** Build when dist/ is missing or older than the sources. Returns whether this call built. */
export async function ensureBuilt({ log = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (builtHash() === sourceHash()) return false;
  const started = Date.now();
  log('ricochet: building from the sources (first start, or they changed since the last build) …');
  const built = await build({ onlyIfStale: true });
  if (built) log(`ricochet: built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return built;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const args = new Set(process.argv.slice(2));
  try {
    if (args.has('--prepare') && !fs.existsSync(path.join(ROOT, 'src'))) {
      // `npm ci` before the sources are copied (the Dockerfile's dependency layer): nothing to build yet.
    } else if (args.has('--prepare') && !fs.existsSync(path.join(ROOT, 'node_modules/typescript'))) {
      console.error('ricochet: dev dependencies not installed; skipping the build (dist/ must come prebuilt).');
    } else if (args.has('--force') || args.has('--clean')) {
      await build({ clean: args.has('--clean') });
      console.error('ricochet: built dist/');
    } else if (!(await ensureBuilt())) {
      console.error('ricochet: dist/ is up to date');
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    if (args.has('--prepare')) console.error('ricochet: the build failed; `npm start` will try again.');
    else process.exitCode = 1;
  }
}
