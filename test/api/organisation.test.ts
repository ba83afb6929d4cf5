/**
 * Organising links (issue 22): folders, tag colours, UTM templates, saved views, bulk edits that
 * add and remove, and search by slug, title, destination and tag. Every workspace sees only its own.
 */
import { describe, expect, it } from 'vitest';
import { freshSlug, keyWithRole, otherWorkspace, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('organising links on %s', (engine) => {
  const s = useTestServer(engine);

  it('folders: create, list with link counts, file links, filter, rename, delete keeps the links', async () => {
    const name = freshSlug('Spring');
    const folder = await s.api('POST', '/folders', { name });
    expect(folder.status).toBe(201);
    expect(folder.headers.get('location')).toBe(`/api/v1/folders/${folder.body.id}`);
    expect(folder.body).toMatchObject({ name, links: 0 });
    expect((await s.api('POST', '/folders', { name: name.toUpperCase() })).body.error.code).toBe('FOLDER_NAME_TAKEN');

    const a = await s.api('POST', '/links', { url: 'https://example.com/a', folderId: folder.body.id, pixelIds: [] });
    expect(a.body.folderId).toBe(folder.body.id);
    const b = await s.api('POST', '/links', { url: 'https://example.com/b', pixelIds: [] });
    expect(b.body.folderId).toBeNull();
    expect((await s.api('POST', '/links', { url: 'https://example.com/c', folderId: 'fld_nope' })).body.error).toMatchObject({ code: 'FOLDER_UNKNOWN', details: { field: 'folderId' } });

    const inFolder = await s.api('GET', `/links?folderId=${folder.body.id}`);
    expect(inFolder.body.data.map((l: { id: string }) => l.id)).toEqual([a.body.id]);
    const noFolder = await s.api('GET', '/links?folderId=&limit=100');
    expect(noFolder.body.data.map((l: { id: string }) => l.id)).toContain(b.body.id);
    expect(noFolder.body.data.map((l: { id: string }) => l.id)).not.toContain(a.body.id);
    expect((await s.api('GET', '/folders')).body.data.find((f: { id: string }) => f.id === folder.body.id).links).toBe(1);

    const renamed = await s.api('PATCH', `/folders/${folder.body.id}`, { name: `${name} 2026` });
    expect(renamed.body).toMatchObject({ name: `${name} 2026`, links: 1 });
    expect((await s.api('DELETE', `/folders/${folder.body.id}`)).status).toBe(204);
    expect((await s.api('GET', `/links/${a.body.id}`)).body.folderId).toBeNull();
    expect((await s.api('DELETE', `/folders/${folder.body.id}`)).body.error.code).toBe('FOLDER_NOT_FOUND');

    // Each change is in the audit log (docs/security.md#audit-log), newest first.
    const events = (await s.api('GET', `/audit-log?targetType=folder&targetId=${folder.body.id}`)).body.data;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['folder.delete', 'folder.update', 'folder.create']);
    expect(events[1]).toMatchObject({ actor: { type: 'key' }, details: { name: `${name} 2026` } });
  });

  it('tag colours from a fixed palette show in the tag list; null clears', async () => {
    const tag = freshSlug('tint');
    await s.api('POST', '/links', { url: 'https://example.com/t', tags: [tag], pixelIds: [] });
    const set = await s.api('PUT', `/tags/${encodeURIComponent(tag)}`, { color: 'green' });
    expect(set.body).toEqual({ name: tag, color: 'green' });
    const listed = await s.api('GET', `/tags?q=${tag}`);
    expect(listed.body.data).toEqual([{ name: tag, links: 1, color: 'green' }]);
    expect((await s.api('PUT', `/tags/${tag}`, { color: 'chartreuse' })).body.error.code).toBe('VALIDATION_FAILED');
    await s.api('PUT', `/tags/${tag}`, { color: null });
    expect((await s.api('GET', `/tags?q=${tag}`)).body.data[0].color).toBeNull();
    const events = (await s.api('GET', `/audit-log?action=tag.update&targetId=${encodeURIComponent(tag)}`)).body.data;
    expect(events.map((e: { details: unknown }) => e.details)).toEqual([{ color: null }, { color: 'green' }]);
  });

  it('UTM templates: save, list, change, apply to a link, delete', async () => {
    const created = await s.api('POST', '/utm-templates', { name: 'Newsletter', utm: { source: 'newsletter', medium: 'email' } });
    expect(created.status).toBe(201);
    expect(created.body.utm).toEqual({ source: 'newsletter', medium: 'email' });
    const changed = await s.api('PATCH', `/utm-templates/${created.body.id}`, { utm: { source: 'newsletter', medium: 'email', campaign: 'weekly' } });
    expect(changed.body.utm.campaign).toBe('weekly');
    expect((await s.api('GET', '/utm-templates')).body.data.map((t: { id: string }) => t.id)).toContain(created.body.id);
    const link = await s.api('POST', '/links', { url: 'https://example.com/news', utm: changed.body.utm, pixelIds: [] });
    expect(link.body.url).toBe('https://example.com/news?utm_source=newsletter&utm_medium=email&utm_campaign=weekly');
    expect((await s.api('POST', '/utm-templates', { name: 'x', utm: { channel: 'y' } })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await s.api('DELETE', `/utm-templates/${created.body.id}`)).status).toBe(204);
    expect((await s.api('PATCH', `/utm-templates/${created.body.id}`, { name: 'y' })).body.error.code).toBe('UTM_TEMPLATE_NOT_FOUND');
  });

  it('saved views: normalised query, listed per screen, deleted', async () => {
    const view = await s.api('POST', '/views', { name: 'Spring mobile', screen: 'analytics', query: '?tag=spring&device=mobile' });
    expect(view.status).toBe(201);
    expect(view.body).toMatchObject({ name: 'Spring mobile', screen: 'analytics', query: 'tag=spring&device=mobile' });
    await s.api('POST', '/views', { name: 'Shoes', screen: 'links', query: 'q=shoes' });
    const analytics = await s.api('GET', '/views?screen=analytics');
    expect(analytics.body.data.every((v: { screen: string }) => v.screen === 'analytics')).toBe(true);
    expect((await s.api('GET', '/views?screen=maps')).status).toBe(400);
    expect((await s.api('DELETE', `/views/${view.body.id}`)).status).toBe(204);
    expect((await s.api('DELETE', `/views/${view.body.id}`)).body.error.code).toBe('VIEW_NOT_FOUND');
  });

  it('bulk edit adds and removes tags and pixels, sets the folder and the expiry, keeping what each link has', async () => {
    const px = (await s.api('POST', '/pixels', { platform: 'meta', tagId: `1${Date.now()}`.slice(0, 15) })).body;
    const folder = (await s.api('POST', '/folders', { name: freshSlug('Bulk') })).body;
    const one = (await s.api('POST', '/links', { url: 'https://example.com/1', tags: ['keep', 'old'], pixelIds: [] })).body;
    const two = (await s.api('POST', '/links', { url: 'https://example.com/2', tags: ['other'], pixelIds: [px.id] })).body;
    const res = await s.api('PATCH', '/links/bulk', {
      ids: [one.id, two.id],
      update: { addTags: ['summer'], removeTags: ['old'], addPixelIds: [px.id], folderId: folder.id, expiresAt: '2099-01-01T00:00:00Z' },
    });
    expect(res.body).toMatchObject({ updated: 2, failed: 0 });
    const [a, b] = await Promise.all([s.api('GET', `/links/${one.id}`), s.api('GET', `/links/${two.id}`)]);
    expect(a.body).toMatchObject({ tags: ['keep', 'summer'], pixelIds: [px.id], folderId: folder.id, expiresAt: '2099-01-01T00:00:00.000Z' });
    expect(b.body).toMatchObject({ tags: ['other', 'summer'], pixelIds: [px.id], folderId: folder.id });
    await s.api('PATCH', '/links/bulk', { ids: [one.id, two.id], update: { removePixelIds: [px.id], folderId: null } });
    expect((await s.api('GET', `/links/${two.id}`)).body).toMatchObject({ pixelIds: [], folderId: null });
  });

  it('search finds links by slug, title, destination and tag', async () => {
    const word = freshSlug('zebra').replace(/[^a-z0-9]/gi, '');
    const bySlug = (await s.api('POST', '/links', { url: 'https://example.com/x', slug: `${word}-slug`, pixelIds: [] })).body;
    const byTitle = (await s.api('POST', '/links', { url: 'https://example.com/y', title: `The ${word} story`, pixelIds: [] })).body;
    const byUrl = (await s.api('POST', '/links', { url: `https://example.com/${word}/page`, pixelIds: [] })).body;
    const byTag = (await s.api('POST', '/links', { url: 'https://example.com/z', tags: [word.toUpperCase()], pixelIds: [] })).body;
    const found = (await s.api('GET', `/links?q=${word}`)).body.data.map((l: { id: string }) => l.id).sort();
    expect(found).toEqual([bySlug.id, byTitle.id, byUrl.id, byTag.id].sort());
  });

  it('viewers read but cannot write; another workspace sees none of it', async () => {
    const viewer = await keyWithRole(s, 'viewer');
    expect((await s.api('GET', '/folders', undefined, viewer)).status).toBe(200);
    expect((await s.api('POST', '/folders', { name: 'nope' }, viewer)).status).toBe(403);
    expect((await s.api('PUT', '/tags/x', { color: 'red' }, viewer)).status).toBe(403);
    const other = await otherWorkspace(s, freshSlug('org'));
    const mine = (await s.api('POST', '/folders', { name: freshSlug('Mine') })).body;
    expect((await s.api('GET', '/folders', undefined, other.key)).body.data).toEqual([]);
    expect((await s.api('PATCH', `/folders/${mine.id}`, { name: 'stolen' }, other.key)).status).toBe(404);
    expect((await s.api('POST', '/links', { url: 'https://example.com/', folderId: mine.id }, other.key)).body.error.code).toBe('FOLDER_UNKNOWN');
    expect((await s.api('GET', '/views', undefined, other.key)).body.data).toEqual([]);
  });
});
