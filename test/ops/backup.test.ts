/**
 * Issue 19: `ricochet backup` copies the SQLite database while the server keeps recording clicks,
 * and the copy is one consistent moment: it passes the integrity check, holds every click that
 * was committed before the backup started, and its link counters agree with its click rows (they
 * are written in one transaction). `ricochet restore` puts it back, refusing what it must refuse;
 * migrating a database that holds data takes a backup first.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrateToLatest } from '../../src/storage/migrate.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { connectSqlite } from '../../src/storage/sqlite/connect-sqlite.js';
import { checkIntegrity } from '../../src/storage/sqlite/sqlite-backup.js';
import { BROWSER_HEADERS, CHILD_KEY, fireRedirects, spawnServer, type ChildServer } from '../analytics/child-server.js';
import { ricochet } from './support/cli.js';

const dirs: string[] = [];
const servers: ChildServer[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-backup-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const s of servers.splice(0)) s.kill();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** Click rows of a link, through the CSV export (one row per stored click). */
async function exportedClicks(url: string, linkId: string): Promise<number> {
  const res = await fetch(`${url}/api/v1/clicks.csv?linkId=${linkId}`, { headers: { authorization: `Bearer ${CHILD_KEY}` } });
  expect(res.status).toBe(200);
  return (await res.text()).trim().split('\r\n').length - 1;
}

async function linkCounter(server: ChildServer, linkId: string): Promise<number> {
  const res = await server.api('GET', `/links/${linkId}`);
  expect(res.status).toBe(200);
  return res.body.clicks as number;
}

describe('ricochet backup and restore (SQLite)', () => {
  it('backs up during writes a copy that passes the integrity check, holds every click committed before it began, and restores', { timeout: 180_000 }, async () => {
    const live = tempDir();
    // Small, frequent transactions: many commits land while the backup runs.
    const server = await spawnServer({ DATA_DIR: live, CLICK_FLUSH_INTERVAL_MS: '20', CLICK_FLUSH_SIZE: '50' });
    servers.push(server);
    const created = await server.api('POST', '/links', { url: 'https://example.com/backup', slug: 'backup', pixelIds: [] });
    expect(created.status).toBe(201);
    const linkId = created.body.id as string;

    let stop = false;
    const load = fireRedirects(server.url, () => '/backup', { total: 1_000_000, concurrency: 8, headers: () => BROWSER_HEADERS, stop: () => stop });
    await expect.poll(() => exportedClicks(server.url, linkId), { timeout: 30_000, interval: 200 }).toBeGreaterThan(1000);

    const committedBefore = await exportedClicks(server.url, linkId);
    const file = path.join(tempDir(), 'under-load.db');
    const backup = await ricochet(['backup', file], { DATA_DIR: live });
    const committedAfter = await exportedClicks(server.url, linkId);
    stop = true;
    const answered = await load;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('integrity check ok');
    expect(answered.count(302)).toBeGreaterThan(committedAfter);
    server.process.kill('SIGTERM');
    expect(await server.exited).toEqual({ code: 0, signal: null });

    expect(checkIntegrity(file)).toBeNull();
    const copy = new SQLite(file, { readonly: true });
    const rows = (copy.prepare('select count(*) as n from clicks where link_id = ?').get(linkId) as { n: number }).n;
    const counter = (copy.prepare('select clicks from links where id = ?').get(linkId) as { clicks: number }).clicks;
    copy.close();
    console.info(`[backup] ${committedBefore} clicks committed before the backup, ${rows} in it, ${committedAfter} after it; ${answered.count(302)} redirects in all`);
    expect(rows).toBeGreaterThanOrEqual(committedBefore);
    expect(rows).toBeLessThanOrEqual(committedAfter);
    expect(counter, 'link counter and click rows are one transaction: a consistent copy agrees').toBe(rows);

    // Restore into a new data directory and serve it: the API sees exactly the backed-up clicks.
    const restoredDir = tempDir();
    const restore = await ricochet(['restore', file], { DATA_DIR: restoredDir });
    expect(restore.code, restore.stderr).toBe(0);
    const restored = await spawnServer({ DATA_DIR: restoredDir });
    servers.push(restored);
    expect(await exportedClicks(restored.url, linkId)).toBe(rows);
    expect(await linkCounter(restored, linkId)).toBe(rows);
  });

  it('refuses to restore over a database a running server has open, and changes nothing', { timeout: 120_000 }, async () => {
    const live = tempDir();
    const server = await spawnServer({ DATA_DIR: live });
    servers.push(server);
    const file = path.join(tempDir(), 'b.db');
    expect((await ricochet(['backup', file], { DATA_DIR: live })).code).toBe(0);
    await server.api('POST', '/links', { url: 'https://example.com/after', slug: 'after-backup', pixelIds: [] });

    const restore = await ricochet(['restore', file], { DATA_DIR: live });
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/open in another process \(a running server\?\): stop it/);
    expect((await server.api('GET', '/links?limit=10')).body.data.map((l: { slug: string }) => l.slug)).toContain('after-backup');
  });

  it('refuses a damaged file, a database that is not Ricochet’s and one from a newer release; moves the current database aside', { timeout: 120_000 }, async () => {
    const dataDir = tempDir();
    const current = connectSqlite({ dataDir });
    await migrateToLatest(current);
    await current.close();
    const work = tempDir();

    const garbage = path.join(work, 'garbage.db');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 7));
    const damaged = await ricochet(['restore', garbage], { DATA_DIR: dataDir });
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/damaged or not a database.*nothing was changed/);

    const foreign = path.join(work, 'foreign.db');
    const other = new SQLite(foreign);
    other.exec('create table notes (body text)');
    other.close();
    const notOurs = await ricochet(['restore', foreign], { DATA_DIR: dataDir });
    expect(notOurs.code).toBe(1);
    expect(notOurs.stderr).toContain('is not a Ricochet database; nothing was changed');

    const newer = path.join(work, 'newer.db');
    expect((await ricochet(['backup', newer], { DATA_DIR: dataDir })).code).toBe(0);
    const future = new SQLite(newer);
    future.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-from-the-future', new Date().toISOString());
    future.close();
    const fromNewer = await ricochet(['restore', newer], { DATA_DIR: dataDir });
    expect(fromNewer.code).toBe(1);
    expect(fromNewer.stderr).toContain('comes from a newer Ricochet (migrations 9999-from-the-future); upgrade Ricochet first');
    expect(fs.readdirSync(dataDir).filter((f) => f.includes('restore'))).toEqual([]);

    const good = path.join(work, 'good.db');
    expect((await ricochet(['backup', good], { DATA_DIR: dataDir })).code).toBe(0);
    const restored = await ricochet(['restore', good], { DATA_DIR: dataDir });
    expect(restored.code, restored.stderr).toBe(0);
    const [movedAside] = fs.readdirSync(path.join(dataDir, 'backups')).filter((f) => f.endsWith('-before-restore.db'));
    expect(movedAside).toBeDefined();
    expect(checkIntegrity(path.join(dataDir, 'backups', movedAside!))).toBeNull();
  });

  it('backs up a SQLite database that holds data before migrating it, and not a fresh or an up-to-date one', async () => {
    const dataDir = tempDir();
    const database = connectSqlite({ dataDir });
    const [first] = Object.keys(MIGRATIONS);
    const older = new Migrator({ db: database.db, provider: { getMigrations: async () => ({ [first!]: MIGRATIONS[first!]! }) } });
    expect((await older.migrateToLatest()).error).toBeUndefined();
    await database.db.insertInto('workspaces').values({ id: 'ws_before_upgrade', name: 'kept', consent_policy: 'regional', consent_opt_in_action: 'skip', privacy_policy_url: null, time_zone: 'UTC', created_at: 1, updated_at: 1 }).execute();

    const taken: string[] = [];
    const applied = await migrateToLatest(database, { onBackup: (f) => taken.push(f) });
    expect(applied).toEqual(Object.keys(MIGRATIONS).slice(1));
    expect(taken).toHaveLength(1);
    expect(path.basename(taken[0]!)).toMatch(new RegExp(`^ricochet-\\d{8}T\\d{6}Z-before-${Object.keys(MIGRATIONS)[1]}\\.db$`));
    expect(path.dirname(taken[0]!)).toBe(path.join(dataDir, 'backups'));
    const backup = new SQLite(taken[0]!, { readonly: true });
    expect(backup.prepare('select name from kysely_migration').all()).toEqual([{ name: first }]);
    expect(backup.prepare('select name from workspaces').all()).toEqual([{ name: 'kept' }]);
    backup.close();

    expect(await migrateToLatest(database, { onBackup: (f) => taken.push(f) })).toEqual([]);
    await database.close();
    const fresh = connectSqlite({ dataDir: tempDir() });
    await migrateToLatest(fresh, { onBackup: (f) => taken.push(f) });
    await fresh.close();
    expect(taken).toHaveLength(1);
  });

  it('points to pg_dump on PostgreSQL instead of pretending', async () => {
    const run = await ricochet(['backup'], { DATABASE_URL: 'postgres://ricochet@127.0.0.1:9/ricochet' });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('works on the embedded SQLite database');
    expect(run.stderr).toContain('pg_dump');
  });
});
