/**
 * The cost of SQLite's `secure_delete` on click ingest (issue 17, docs/benchmarks.md#secure-delete):
 * the same clicks stored through the click store's batched inserts, with the aggregates and a
 * day's salt rotation (the deletes Ricochet does), on a connection with `secure_delete` ON (what
 * Ricochet runs), OFF (SQLite's default) and FAST (zeroes within pages only), alternated in the same run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { createCountryLookup } from '../src/app/geo/country-lookup.js';
import { systemRandom } from '../src/app/system-ports.js';
import { DAY_MS, type Click } from '../src/core/clicks/click.js';
import { newId } from '../src/core/ids.js';
import { createClickDeriver } from '../src/ingest/derive-click.js';
import { ClickStore } from '../src/storage/click-store.js';
import { migrateToLatest } from '../src/storage/migrate.js';
import { connectSqlite } from '../src/storage/sqlite/connect-sqlite.js';
import { generateClicks } from './generate-clicks.js';
import { seedLinks } from './ingest.js';
import { printTable } from './table.js';

const CLICKS = Number(process.env.BENCH_SECURE_DELETE_CLICKS ?? 200_000);
const BATCH = 1000;
const ROUNDS = 3;

async function once(clicks: Click[], secureDelete: 'ON' | 'OFF' | 'FAST'): Promise<{ seconds: number; deleteMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bench-sd-'));
  const database = connectSqlite({ dataDir: dir });
  try {
    await migrateToLatest(database);
    await sql.raw(`pragma secure_delete = ${secureDelete}`).execute(database.db);
    await seedLinks(database, 1000);
    const store = new ClickStore(database);
    const started = performance.now();
    for (let i = 0; i < clicks.length; i += BATCH) await store.insert(clicks.slice(i, i + BATCH).map((c) => ({ ...c })), false);
    const seconds = (performance.now() - started) / 1000;
    // The deletes Ricochet makes: a salt rotation (two rows a day), a few links and their tags.
    for (let g = 0; g < 400; g++) await sql`insert into visitor_salts (generation, salt, created_at) values (${g}, ${'s'.repeat(64)}, 0)`.execute(database.db);
    const deleting = performance.now();
    await sql`delete from visitor_salts where generation < 398`.execute(database.db);
    await sql`delete from links where id in (select id from links limit 200)`.execute(database.db);
    const deleteMs = performance.now() - deleting;
    return { seconds, deleteMs };
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchSecureDelete(): Promise<void> {
  const derive = createClickDeriver(createCountryLookup({}));
  const now = Date.now();
  const linkIds = Array.from({ length: 1000 }, (_, i) => `lnk_bench${String(i).padStart(17, '0')}`);
  const clicks: Click[] = [...generateClicks(CLICKS, { workspaceId: 'ws_bench', linkIds, pixelIds: ['pix_a', 'pix_b'], from: now - DAY_MS, to: now, visitors: 100_000 })].map((facts) => {
    const click = { ...facts, id: newId('click', facts.at, systemRandom), device: 'other', os: null, browser: null, referrerHost: null, utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null }, clickIds: 0 } as Click;
    derive(click);
    return click;
  });
  const results: Record<'ON' | 'OFF' | 'FAST', Array<{ seconds: number; deleteMs: number }>> = { ON: [], OFF: [], FAST: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const mode of ['OFF', 'ON', 'FAST'] as const) results[mode].push(await once(clicks, mode));
  }
  const best = (mode: 'ON' | 'OFF' | 'FAST') => Math.min(...results[mode].map((r) => r.seconds));
  const rows = (['OFF', 'ON', 'FAST'] as const).map((mode) => ({
    secure_delete: mode,
    clicks: CLICKS,
    'best of 3, s': best(mode).toFixed(2),
    'clicks/s': Math.round(CLICKS / best(mode)),
    'vs OFF': `${((best(mode) / best('OFF') - 1) * 100).toFixed(1)} %`,
    'salt rotation + 200 link deletes, ms': Math.min(...results[mode].map((r) => r.deleteMs)).toFixed(1),
  }));
  printTable(`SQLite secure_delete: click rows stored in batches of ${BATCH} (click store on the event loop, same clicks, alternated)`, rows);
}

if (import.meta.url === `file://${process.argv[1]}`) await benchSecureDelete();
