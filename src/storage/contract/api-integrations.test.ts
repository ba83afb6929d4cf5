/**
 * Storage for issue 20 on both engines: links by short URL and external id, tag counts, one pixel
 * per platform and tag id, and migration 0004 on a database that already holds duplicates.
 */
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/engines.js';
import { MIGRATIONS } from '../migrations/index.js';
import { createStores } from '../stores.js';
import { makeLink, makePixel, makeWorkspace, testEngines, tick, useContractDb } from './fixtures.js';
import { randomBytes } from 'node:crypto';
import { SecretBox } from '../../app/secrets/secret-box.js';

describe.each(testEngines())('links and pixels for integrators on %s', (engine) => {
  const t = useContractDb(engine);

  async function workspace() {
    const ws = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    return ws;
  }

  it('finds a link by (domain, slug) and by external id, only in its workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const link = makeLink(a.id, { slug: 'Promo', externalId: 'crm-1' });
    expect(await t.stores.links.insert(link)).toBe('ok');
    expect((await t.stores.links.getBySlug(a.id, '', 'Promo'))?.id).toBe(link.id);
    expect(await t.stores.links.getBySlug(a.id, '', 'promo')).toBeNull();
    expect(await t.stores.links.getBySlug(b.id, '', 'Promo')).toBeNull();
    expect((await t.stores.links.getByExternalId(a.id, 'crm-1'))?.id).toBe(link.id);
    expect(await t.stores.links.getByExternalId(b.id, 'crm-1')).toBeNull();
  });

  it('keeps external ids unique per workspace and says which uniqueness a write ran into', async () => {
    const a = await workspace();
    const b = await workspace();
    expect(await t.stores.links.insert(makeLink(a.id, { externalId: 'dup' }))).toBe('ok');
    expect(await t.stores.links.insert(makeLink(a.id, { externalId: 'dup' }))).toBe('external_id_taken');
    expect(await t.stores.links.insert(makeLink(b.id, { externalId: 'dup' }))).toBe('ok');
    const other = makeLink(a.id, { externalId: null });
    expect(await t.stores.links.insert(other)).toBe('ok');
    expect(await t.stores.links.insert(makeLink(a.id, { externalId: null }))).toBe('ok');
    expect(await t.stores.links.update({ ...other, externalId: 'dup' })).toBe('external_id_taken');
    expect(await t.stores.links.insert(makeLink(a.id, { slug: other.slug, externalId: 'fresh' }))).toBe('slug_taken');
  });

  it('counts links per tag, by name, one page at a time, per workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    await t.stores.links.insert(makeLink(a.id, { tags: ['spring', 'email'] }));
    await t.stores.links.insert(makeLink(a.id, { tags: ['spring'] }));
    await t.stores.links.insert(makeLink(a.id, { tags: ['Über'] }));
    await t.stores.links.insert(makeLink(b.id, { tags: ['spring', 'secret'] }));
    const first = await t.stores.links.tags(a.id, { limit: 2, after: null });
    expect(first.items).toEqual([{ name: 'email', links: 1 }, { name: 'spring', links: 2 }]);
    expect(first.nextCursor).toBe('spring');
    const second = await t.stores.links.tags(a.id, { limit: 2, after: 'spring' });
    expect(second).toEqual({ items: [{ name: 'Über', links: 1 }], nextCursor: null });
    expect((await t.stores.links.tags(a.id, { limit: 10, after: null, q: 'üb' })).items).toEqual([{ name: 'Über', links: 1 }]);
  });

  it('refuses the same platform and tag id twice in a workspace (case-folded), names the pixel that has it', async () => {
    const a = await workspace();
    const b = await workspace();
    const first = makePixel(a.id, { platform: 'ga4', tagId: 'G-ABC123' });
    expect(await t.stores.pixels.insert(first)).toBe('ok');
    expect(await t.stores.pixels.insert(makePixel(a.id, { platform: 'ga4', tagId: 'g-abc123' }))).toEqual({ duplicateOf: first.id });
    expect(await t.stores.pixels.insert(makePixel(a.id, { platform: 'google_ads', tagId: 'G-ABC123' }))).toBe('ok');
    expect(await t.stores.pixels.insert(makePixel(b.id, { platform: 'ga4', tagId: 'G-ABC123' }))).toBe('ok');
    const second = makePixel(a.id, { platform: 'ga4', tagId: 'G-XYZ999' });
    await t.stores.pixels.insert(second);
    expect(await t.stores.pixels.update({ ...second, tagId: 'G-ABC123' })).toEqual({ duplicateOf: first.id });
    expect(await t.stores.pixels.update({ ...second, name: 'renamed', updatedAt: tick() })).toBe('ok');
  });
});

describe.each(testEngines())('migration 0004 on %s', (engine) => {
  it('keeps pixels that were already duplicated, keys the oldest of each, and then refuses new copies', async () => {
    const testDb = await openTestDatabase(engine);
    try {
      const { db } = testDb.database;
      const schema = engine === 'postgres' ? testDb.location.schema : undefined;
      const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
      expect((await migrator.migrateTo('0002-analytics')).error).toBeUndefined();
      const ws = makeWorkspace();
      await sql`insert into workspaces (id, name, consent_policy, consent_opt_in_action, time_zone, created_at, updated_at)
        values (${ws.id}, ${ws.name}, 'regional', 'skip', 'UTC', ${ws.createdAt}, ${ws.updatedAt})`.execute(db);
      const copies = [makePixel(ws.id, { tagId: '111111111111111' }), makePixel(ws.id, { tagId: '111111111111111' }), makePixel(ws.id, { tagId: '222222222222222' })];
      for (const p of copies) {
        await sql`insert into pixels (id, workspace_id, platform, tag_id, name, is_default, created_at, updated_at)
          values (${p.id}, ${ws.id}, ${p.platform}, ${p.tagId}, ${p.name}, 0, ${p.createdAt}, ${p.updatedAt})`.execute(db);
      }
      expect((await migrator.migrateToLatest()).error).toBeUndefined();

      const rows = await sql<{ id: string; tag_key: string | null }>`select id, tag_key from pixels order by id`.execute(db);
      expect(rows.rows).toEqual([
        { id: copies[0]!.id, tag_key: 'meta:111111111111111' },
        { id: copies[1]!.id, tag_key: null },
        { id: copies[2]!.id, tag_key: 'meta:222222222222222' },
      ]);
      const stores = createStores(testDb.database, new SecretBox([randomBytes(32)]));
      expect(await stores.pixels.get(ws.id, copies[1]!.id)).toEqual(copies[1]);
      expect(await stores.pixels.update({ ...copies[1]!, name: 'still here' })).toBe('ok');
      expect(await stores.pixels.insert(makePixel(ws.id, { tagId: '111111111111111' }))).toEqual({ duplicateOf: copies[0]!.id });
    } finally {
      await testDb.dispose();
    }
  });
});
