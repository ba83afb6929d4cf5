import { describe, expect, it } from 'vitest';
import { makeDomain, makeLink, makeWorkspace, testEngines, useContractDb } from './fixtures.js';

describe.each(testEngines())('DomainStore on %s', (engine) => {
  const t = useContractDb(engine);

  async function workspace() {
    const ws = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    return ws;
  }

  it('inserts and reads a domain back, scoped by workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const domain = makeDomain(a.id, { notFoundUrl: 'https://example.com/404' });
    await t.stores.domains.insert(domain);
    expect(await t.stores.domains.get(a.id, domain.id)).toEqual(domain);
    expect(await t.stores.domains.get(b.id, domain.id)).toBeNull();
    expect(await t.stores.domains.findByHostname(domain.hostname)).toEqual(domain);
    expect(await t.stores.domains.findByHostname('nope.invalid')).toBeNull();
  });

  it('keeps hostnames unique across all workspaces', async () => {
    const a = await workspace();
    const b = await workspace();
    const domain = makeDomain(a.id);
    await t.stores.domains.insert(domain);
    await expect(t.stores.domains.insert(makeDomain(b.id, { hostname: domain.hostname }))).rejects.toSatisfy(
      (e: { code?: string }) => e.code === '23505' || e.code === 'SQLITE_CONSTRAINT_UNIQUE',
    );
    await expect(t.stores.domains.insert(makeDomain(a.id, { hostname: domain.hostname }))).rejects.toThrow();
  });

  it('all() returns every domain of every workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const da = makeDomain(a.id);
    const db = makeDomain(b.id);
    await t.stores.domains.insert(da);
    await t.stores.domains.insert(db);
    const all = await t.stores.domains.all();
    expect(all).toContainEqual(da);
    expect(all).toContainEqual(db);
  });

  it('lists a workspace’s domains newest first with a cursor', async () => {
    const ws = await workspace();
    const domains = [makeDomain(ws.id), makeDomain(ws.id), makeDomain(ws.id)];
    for (const d of domains) await t.stores.domains.insert(d);
    const first = await t.stores.domains.list(ws.id, { limit: 2, after: null });
    expect(first.items.map((d) => d.id)).toEqual([domains[2]!.id, domains[1]!.id]);
    expect(first.nextCursor).toBe(domains[1]!.id);
    const second = await t.stores.domains.list(ws.id, { limit: 2, after: first.nextCursor });
    expect(second.items.map((d) => d.id)).toEqual([domains[0]!.id]);
    expect(second.nextCursor).toBeNull();
  });

  it('refuses to delete a domain while a link uses it, then deletes it', async () => {
    const ws = await workspace();
    const domain = makeDomain(ws.id);
    await t.stores.domains.insert(domain);
    const link = makeLink(ws.id, { domain: domain.hostname });
    expect(await t.stores.links.insert(link)).toBe('ok');
    expect(await t.stores.domains.deleteUnlessUsed(ws.id, domain.id)).toBe('in_use');
    expect(await t.stores.domains.get(ws.id, domain.id)).toEqual(domain);
    await t.stores.links.delete(ws.id, link.id);
    expect(await t.stores.domains.deleteUnlessUsed(ws.id, domain.id)).toBe('deleted');
    expect(await t.stores.domains.get(ws.id, domain.id)).toBeNull();
    expect(await t.stores.domains.deleteUnlessUsed(ws.id, domain.id)).toBe('not_found');
  });

  it('does not delete another workspace’s domain', async () => {
    const a = await workspace();
    const b = await workspace();
    const domain = makeDomain(a.id);
    await t.stores.domains.insert(domain);
    expect(await t.stores.domains.deleteUnlessUsed(b.id, domain.id)).toBe('not_found');
    expect(await t.stores.domains.get(a.id, domain.id)).toEqual(domain);
  });
});
