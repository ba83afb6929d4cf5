/**
 * `npm run bench`: every benchmark, each printing a Markdown table (pasted into
 * docs/benchmarks.md). Pick some with BENCH_ONLY=redirect,interstitial,ingest,secure-delete,stats,page,soak,scale,conversions,webhooks (and the opt-in
 * firstrun).
 * Benchmarks are measurements, not tests: nothing here fails because a machine is slow.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { benchConversions } from './conversions.js';
import { benchFirstRun } from './first-run.js';
import { benchIngest } from './ingest.js';
import { benchSecureDelete } from './secure-delete.js';
import { benchRedirect } from './redirect.js';
import { benchSoak } from './soak.js';
import { benchScaleOut } from './scale-out.js';
import { benchStats } from './stats.js';
import { benchAnalyticsPage } from './analytics-page.js';
import { benchWebhooks } from './webhooks.js';

const only = new Set((process.env.BENCH_ONLY ?? 'redirect,interstitial,ingest,secure-delete,stats,page,soak,scale,conversions,webhooks').split(','));
const engines: Array<'sqlite' | 'postgres'> = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

console.log(`# Ricochet benchmarks — ${new Date().toISOString()}`);
console.log(`${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}, load ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);

if (only.has('redirect')) await benchRedirect();
if (only.has('interstitial')) {
  // In a process of its own on every core: this one is pinned to a single core (the load
  // generator's), and Chromium started from it would inherit that and measure the squeeze.
  execFileSync('taskset', ['-c', `0-${os.cpus().length - 1}`, 'npx', 'tsx', 'bench/interstitial.ts'], { stdio: 'inherit' });
}
if (only.has('ingest')) await benchIngest(engines);
if (only.has('secure-delete')) await benchSecureDelete();
if (only.has('stats')) await benchStats(engines);
if (only.has('page')) await benchAnalyticsPage();
if (only.has('soak')) await benchSoak();
if (only.has('scale')) await benchScaleOut();
if (only.has('conversions')) await benchConversions();
if (only.has('webhooks')) await benchWebhooks();
// Opt-in: a fresh clone and `npm ci` take minutes.
if (only.has('firstrun')) await benchFirstRun();
