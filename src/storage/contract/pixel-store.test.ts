import { describe, expect, it } from 'vitest';
import type { Pixel } from '../../core/pixel.js';
import { makeLink, makePixel, makeWorkspace, testEngines, tick, useContractDb } from './fixtures.js';

describe.each(testEngines())('PixelStore on %s', (engine) => {
  const t = useContractDb(engine);

  async function workspace() {
    const ws = makeWorkspace();
    await t.stores.workspaces.insert(ws);
    return ws;
  }

  it('inserts and reads a pixel back, booleans as booleans', async () => {
    const ws = await workspace();
    const on = makePixel(ws.id, { isDefault: true, platform: 'google_ads', tagId: 'AW-123456789' });
    const off = makePixel(ws.id, { isDefault: false });
    await t.stores.pixels.insert(on);
    await t.stores.pixels.insert(off);
    expect(await t.stores.pixels.get(ws.id, on.id)).toEqual(on);
    expect((await t.stores.pixels.get(ws.id, on.id))?.isDefault).toBe(true);
    expect((await t.stores.pixels.get(ws.id, off.id))?.isDefault).toBe(false);
  });

  it('gets a pixel only within its workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const pixel = makePixel(a.id);
    await t.stores.pixels.insert(pixel);
    expect(await t.stores.pixels.get(b.id, pixel.id)).toBeNull();
  });

  it('updates a pixel but not its workspace or creation time', async () => {
    const a = await workspace();
    const b = await workspace();
    const pixel = makePixel(a.id);
    await t.stores.pixels.insert(pixel);
    const changed: Pixel = { ...pixel, platform: 'tiktok', tagId: 'CABCDEFGHIJKLMNOPQRS', name: 'renamed', isDefault: true, updatedAt: tick() };
    await t.stores.pixels.update(changed);
    expect(await t.stores.pixels.get(a.id, pixel.id)).toEqual(changed);
    // An update addressed to another workspace changes nothing.
    await t.stores.pixels.update({ ...changed, workspaceId: b.id, name: 'hijacked' });
    expect((await t.stores.pixels.get(a.id, pixel.id))?.name).toBe('renamed');
  });

  it('lists newest first, filtered by platform and by q over name and tag id (case-insensitive)', async () => {
    const ws = await workspace();
    const meta = makePixel(ws.id, { platform: 'meta', name: 'Main Store Pixel', tagId: '111222333444555' });
    const ads = makePixel(ws.id, { platform: 'google_ads', name: 'Search campaign', tagId: 'AW-987654321' });
    const li = makePixel(ws.id, { platform: 'linkedin', name: 'B2B', tagId: '5551234' });
    for (const p of [meta, ads, li]) await t.stores.pixels.insert(p);

    const all = await t.stores.pixels.list(ws.id, { limit: 50, after: null });
    expect(all.items.map((p) => p.id)).toEqual([li.id, ads.id, meta.id]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, platform: 'google_ads' })).items).toEqual([ads]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: 'store' })).items).toEqual([meta]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: 'aw-9876' })).items).toEqual([ads]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: '555' })).items.map((p) => p.id)).toEqual([li.id, meta.id]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: '555', platform: 'linkedin' })).items).toEqual([li]);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: '%' })).items).toEqual([]);
    const accented = makePixel(ws.id, { name: 'Ärzte Kampagne' });
    await t.stores.pixels.insert(accented);
    expect((await t.stores.pixels.list(ws.id, { limit: 50, after: null, q: 'ärzte' })).items).toEqual([accented]);
  });

  it('paginates a list', async () => {
    const ws = await workspace();
    const pixels = [makePixel(ws.id), makePixel(ws.id), makePixel(ws.id)];
    for (const p of pixels) await t.stores.pixels.insert(p);
    const first = await t.stores.pixels.list(ws.id, { limit: 2, after: null });
    const second = await t.stores.pixels.list(ws.id, { limit: 2, after: first.nextCursor });
    expect([...first.items, ...second.items].map((p) => p.id)).toEqual(pixels.map((p) => p.id).reverse());
    expect(second.nextCursor).toBeNull();
  });

  it('existing() returns only the ids of this workspace', async () => {
    const a = await workspace();
    const b = await workspace();
    const mine = makePixel(a.id);
    const theirs = makePixel(b.id);
    await t.stores.pixels.insert(mine);
    await t.stores.pixels.insert(theirs);
    const found = await t.stores.pixels.existing(a.id, [mine.id, theirs.id, 'pix_00000000000000000000000000']);
    expect([...found]).toEqual([mine.id]);
    expect((await t.stores.pixels.existing(a.id, [])).size).toBe(0);
  });

  it('defaultIds() returns the default pixels of the workspace only', async () => {
    const a = await workspace();
    const b = await workspace();
    const d1 = makePixel(a.id, { isDefault: true });
    const d2 = makePixel(a.id, { isDefault: true });
    await t.stores.pixels.insert(d1);
    await t.stores.pixels.insert(makePixel(a.id, { isDefault: false }));
    await t.stores.pixels.insert(d2);
    await t.stores.pixels.insert(makePixel(b.id, { isDefault: true }));
    expect((await t.stores.pixels.defaultIds(a.id)).sort()).toEqual([d1.id, d2.id].sort());
    expect(await t.stores.pixels.defaultIds((await workspace()).id)).toEqual([]);
  });

  it('delete removes the pixel, detaches it from links, and refuses foreign ids', async () => {
    const a = await workspace();
    const b = await workspace();
    const keep = makePixel(a.id);
    const gone = makePixel(a.id);
    await t.stores.pixels.insert(keep);
    await t.stores.pixels.insert(gone);
    const link = makeLink(a.id, { pixelIds: [keep.id, gone.id].sort() });
    expect(await t.stores.links.insert(link)).toBe('ok');

    expect(await t.stores.pixels.delete(b.id, gone.id)).toBe(false);
    expect(await t.stores.pixels.delete(a.id, gone.id)).toBe(true);
    expect(await t.stores.pixels.delete(a.id, gone.id)).toBe(false);
    expect(await t.stores.pixels.get(a.id, gone.id)).toBeNull();
    expect((await t.stores.links.get(a.id, link.id))?.pixelIds).toEqual([keep.id]);
    expect((await t.stores.links.resolve('', link.slug))?.pixels.map((p) => p.id)).toEqual([keep.id]);
  });
});
