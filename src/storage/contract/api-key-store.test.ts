import { describe, expect, it } from 'vitest';
import type { ApiKey } from '../../core/api-key.js';
import { makeApiKey, makeWorkspace, testEngines, tick, unique, useContractDb } from './fixtures.js';

describe.each(testEngines())('ApiKeyStore on %s', (engine) => {
  const t = useContractDb(engine);

  async function workspace() {
    const ws = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    return ws;
  }

  it('inserts a key and finds it by hash, without exposing the hash', async () => {
    const ws = await workspace();
    const key = makeApiKey(ws.id, { role: 'admin', lastUsedAt: null });
    const hash = unique('hash-');
    await t.stores.apiKeys.insert(key, hash);
    const found = await t.stores.apiKeys.findByHash(hash);
    expect(found).toEqual(key);
    expect(Object.keys(found ?? {})).not.toContain('keyHash');
    expect(JSON.stringify(found)).not.toContain(hash);
    expect(await t.stores.apiKeys.findByHash(unique('other-'))).toBeNull();
  });

  it('counts the keys of every workspace (issue 19: the start-up hint when there is none)', async () => {
    const before = await t.stores.apiKeys.count();
    const a = await workspace();
    const b = await workspace();
    await t.stores.apiKeys.insert(makeApiKey(a.id), unique('count-a-'));
    await t.stores.apiKeys.insert(makeApiKey(b.id), unique('count-b-'));
    expect(await t.stores.apiKeys.count()).toBe(before + 2);
  });

  it('refuses two keys with the same hash', async () => {
    const ws = await workspace();
    const hash = unique('dup-');
    await t.stores.apiKeys.insert(makeApiKey(ws.id), hash);
    await expect(t.stores.apiKeys.insert(makeApiKey(ws.id), hash)).rejects.toThrow();
  });

  it('gets a key only within its workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const key = makeApiKey(a.id);
    await t.stores.apiKeys.insert(key, unique());
    expect(await t.stores.apiKeys.get(a.id, key.id)).toEqual(key);
    expect(await t.stores.apiKeys.get(b.id, key.id)).toBeNull();
  });

  it('records last use as a number', async () => {
    const ws = await workspace();
    const key = makeApiKey(ws.id);
    await t.stores.apiKeys.insert(key, unique());
    const at = tick();
    await t.stores.apiKeys.touch(key.id, at);
    expect((await t.stores.apiKeys.get(ws.id, key.id))?.lastUsedAt).toBe(at);
  });

  it('lists newest first across pages with no duplicates or gaps', async () => {
    const ws = await workspace();
    const inserted: ApiKey[] = [];
    for (let i = 0; i < 7; i++) {
      const key = makeApiKey(ws.id, { role: 'member' });
      inserted.push(key);
      await t.stores.apiKeys.insert(key, unique());
    }
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page = await t.stores.apiKeys.list(ws.id, { limit: 3, after });
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((k) => k.id));
      after = page.nextCursor;
      pages++;
    } while (after !== null && pages < 10);
    expect(pages).toBe(3);
    expect(seen).toEqual(inserted.map((k) => k.id).reverse());
  });

  it('lists only the keys of the workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    await t.stores.apiKeys.insert(makeApiKey(a.id), unique());
    const page = await t.stores.apiKeys.list(b.id, { limit: 50, after: null });
    expect(page).toEqual({ items: [], nextCursor: null });
  });

  it('deletes a non-owner key, and reports not_found for unknown or foreign ids', async () => {
    const a = await workspace();
    const b = await workspace();
    const owner = makeApiKey(a.id, { role: 'owner' });
    const member = makeApiKey(a.id, { role: 'member' });
    await t.stores.apiKeys.insert(owner, unique());
    await t.stores.apiKeys.insert(member, unique());
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(b.id, member.id)).toBe('not_found');
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(a.id, member.id)).toBe('deleted');
    expect(await t.stores.apiKeys.get(a.id, member.id)).toBeNull();
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(a.id, member.id)).toBe('not_found');
  });

  it('refuses to delete the last owner key but deletes an owner key while another remains', async () => {
    const ws = await workspace();
    const first = makeApiKey(ws.id, { role: 'owner' });
    const second = makeApiKey(ws.id, { role: 'owner' });
    await t.stores.apiKeys.insert(first, unique());
    await t.stores.apiKeys.insert(second, unique());
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(ws.id, first.id)).toBe('deleted');
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(ws.id, second.id)).toBe('last_owner');
    expect(await t.stores.apiKeys.get(ws.id, second.id)).toEqual(second);
  });

  it('counts owners per workspace: another workspace’s owner does not help', async () => {
    const a = await workspace();
    const b = await workspace();
    const ownerA = makeApiKey(a.id, { role: 'owner' });
    await t.stores.apiKeys.insert(ownerA, unique());
    await t.stores.apiKeys.insert(makeApiKey(b.id, { role: 'owner' }), unique());
    expect(await t.stores.apiKeys.deleteUnlessLastOwner(a.id, ownerA.id)).toBe('last_owner');
  });

  it('lets only one of two concurrent deletes of the last two owner keys succeed', async () => {
    const ws = await workspace();
    const one = makeApiKey(ws.id, { role: 'owner' });
    const two = makeApiKey(ws.id, { role: 'owner' });
    await t.stores.apiKeys.insert(one, unique());
    await t.stores.apiKeys.insert(two, unique());
    const results = await Promise.all([
      t.stores.apiKeys.deleteUnlessLastOwner(ws.id, one.id),
      t.stores.apiKeys.deleteUnlessLastOwner(ws.id, two.id),
    ]);
    expect(results.sort()).toEqual(['deleted', 'last_owner']);
    const left = await t.stores.apiKeys.list(ws.id, { limit: 10, after: null });
    expect(left.items.filter((k) => k.role === 'owner')).toHaveLength(1);
  });
});
