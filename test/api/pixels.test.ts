import { describe, expect, it } from 'vitest';
import { PLATFORMS } from '../../src/core/pixels/platform.js';
import { createLink, createPixel, freshMetaId, listAll, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('pixels API on %s', (engine) => {
  const s = useTestServer(engine);

  it('creates a pixel with a default name and answers the resource', async () => {
    const res = await s.api('POST', '/pixels', { platform: 'meta', tagId: ' 123456789012345 ' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ platform: 'meta', tagId: '123456789012345', name: 'meta 123456789012345', isDefault: false, warnings: [] });
    expect(res.body.id).toMatch(/^pix_[0-9a-z]{26}$/);
    expect(new Date(res.body.createdAt).toISOString()).toBe(res.body.createdAt);
    expect((await s.api('GET', `/pixels/${res.body.id}`)).body).toEqual(res.body);
  });

  it.each(PLATFORMS)('accepts platform %s', async (platform) => {
    const res = await s.api('POST', '/pixels', { platform, tagId: 'ABC-123_x', name: `${platform} pixel` });
    expect(res.status).toBe(201);
    expect(res.body.platform).toBe(platform);
    expect(Array.isArray(res.body.warnings)).toBe(true);
  });

  it('warns about an unusual id shape but still creates the pixel', async () => {
    const res = await s.api('POST', '/pixels', { platform: 'meta', tagId: 'not-a-meta-id' });
    expect(res.status).toBe(201);
    expect(res.body.warnings.length).toBeGreaterThan(0);
  });

  it.each([
    ['markup', '<script>'],
    ['a quote', 'abc"def'],
    ['whitespace inside', 'abc def'],
    ['only spaces', '   '],
  ])('refuses obvious junk (%s) with 422 PIXEL_ID_INVALID', async (_label, tagId) => {
    const res = await s.api('POST', '/pixels', { platform: 'meta', tagId });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('PIXEL_ID_INVALID');
  });

  it.each([
    ['ga4', 'UA-12345-1', 'Universal Analytics'],
    ['google_ads', 'G-AB12CD34EF', 'Google Analytics'],
  ])('issue 22: refuses %s with %s, another product’s id (422 PIXEL_ID_INVALID saying why), on create and update', async (platform, tagId, why) => {
    const res = await s.api('POST', '/pixels', { platform, tagId });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'PIXEL_ID_INVALID', details: { field: 'tagId' } });
    expect(res.body.error.message).toContain(why);
    const ok = await s.api('POST', '/pixels', { platform: 'meta', tagId: `9${Date.now()}`.slice(0, 15) });
    const moved = await s.api('PATCH', `/pixels/${ok.body.id}`, { platform, tagId });
    expect(moved.body.error?.code).toBe('PIXEL_ID_INVALID');
  });

  it('refuses an unknown platform with 422 VALIDATION_FAILED', async () => {
    const res = await s.api('POST', '/pixels', { platform: 'myspace', tagId: '123' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.issues[0].path).toBe('platform');
  });

  it('lists newest first, filters by platform and q, and paginates', async () => {
    const a = await createPixel(s, { platform: 'linkedin', tagId: '5551234', name: 'Findme LinkedIn' });
    const b = await createPixel(s, { platform: 'tiktok', tagId: 'CFINDME0000000000000', name: 'TikTok main' });
    const c = await createPixel(s, { platform: 'linkedin', tagId: '7778889', name: 'Other' });
    const linkedin = await s.api('GET', '/pixels?platform=linkedin&limit=100');
    expect(linkedin.body.data.map((p: any) => p.id).slice(0, 2)).toEqual([c.id, a.id]);
    expect(linkedin.body.data.every((p: any) => p.platform === 'linkedin')).toBe(true);
    const q = await s.api('GET', '/pixels?q=FINDME');
    expect(q.body.data.map((p: any) => p.id).sort()).toEqual([a.id, b.id].sort());
    const all = await listAll(s, '/pixels?limit=2');
    expect(new Set(all.map((p) => p.id)).size).toBe(all.length);
    expect(all.map((p) => p.id)).toEqual([...all.map((p) => p.id)].sort().reverse());
    expect((await s.api('GET', '/pixels?platform=myspace')).body.error.code).toBe('INVALID_QUERY');
  });

  it('updates given fields only and re-validates the tag id', async () => {
    const tagId = freshMetaId();
    const pixel = await createPixel(s, { platform: 'meta', tagId, name: 'Before' });
    const renamed = await s.api('PATCH', `/pixels/${pixel.id}`, { name: 'After', isDefault: true });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ id: pixel.id, name: 'After', isDefault: true, platform: 'meta', tagId, createdAt: pixel.createdAt });
    const moved = await s.api('PATCH', `/pixels/${pixel.id}`, { platform: 'ga4', tagId: 'G-ABCDEF1235' });
    expect(moved.body).toMatchObject({ platform: 'ga4', tagId: 'G-ABCDEF1235', name: 'After', isDefault: true });
    const junk = await s.api('PATCH', `/pixels/${pixel.id}`, { tagId: 'a b' });
    expect(junk.status).toBe(422);
    expect(junk.body.error.code).toBe('PIXEL_ID_INVALID');
    expect((await s.api('GET', `/pixels/${pixel.id}`)).body.tagId).toBe('G-ABCDEF1235');
    expect((await s.api('PATCH', '/pixels/pix_00000000000000000000000000', { name: 'x' })).body.error.code).toBe('PIXEL_NOT_FOUND');
  });

  it('deletes a pixel and detaches it from links', async () => {
    const keep = await createPixel(s);
    const gone = await createPixel(s);
    const link = await createLink(s, { url: 'https://example.com/', pixelIds: [keep.id, gone.id] });
    const del = await s.api('DELETE', `/pixels/${gone.id}`);
    expect(del.status).toBe(204);
    expect((await s.api('GET', `/pixels/${gone.id}`)).status).toBe(404);
    expect((await s.api('GET', `/links/${link.id}`)).body.pixelIds).toEqual([keep.id]);
    const again = await s.api('DELETE', `/pixels/${gone.id}`);
    expect(again.status).toBe(404);
    expect(again.body.error.code).toBe('PIXEL_NOT_FOUND');
  });
});
