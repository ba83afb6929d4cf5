import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/engines.js';
import { migrateToLatest } from '../migrate.js';
import { MIGRATIONS } from '../migrations/index.js';
import { testEngines } from './fixtures.js';

describe.each(testEngines())('migrations on %s', (engine) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  it('apply every migration on a fresh database, in order', async () => {
    expect(await migrateToLatest(testDb.database)).toEqual(Object.keys(MIGRATIONS));
  });

  it('apply nothing the second time (idempotent)', async () => {
    expect(await migrateToLatest(testDb.database)).toEqual([]);
    expect(await migrateToLatest(testDb.database)).toEqual([]);
  });

  it('create every table of the schema', async () => {
    const { db } = testDb.database;
    for (const table of ['workspaces', 'api_keys', 'domains', 'pixels', 'links', 'link_pixels', 'link_tags'] as const) {
      const result = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      expect(Number(result.rows[0]?.n), table).toBe(0);
    }
  });

  it('answer ping once migrated', async () => {
    await expect(testDb.database.ping()).resolves.toBeUndefined();
    expect(testDb.database.engine).toBe(engine);
  });
});
