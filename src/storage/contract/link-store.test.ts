import { describe, expect, it } from 'vitest';
import type { Link } from '../../core/link.js';
import type { StoredLink } from '../link-store.js';
import { makeDomain, makeLink, makePixel, makeWorkspace, testEngines, tick, unique, useContractDb } from './fixtures.js';

/** What `get`/`list` return for a link that was just inserted. */
const stored = (link: Link): StoredLink => ({ ...link, clicks: 0 });

describe.each(testEngines())('LinkStore on %s', (engine) => {
  const t = useContractDb(engine);

  async function workspace(overrides: Parameters<typeof makeWorkspace>[0] = {}) {
    const ws = makeWorkspace(overrides);
    await t.stores.workspaces.insert(ws);
    return ws;
  }

  async function pixel(workspaceId: string, overrides: Parameters<typeof makePixel>[1] = {}) {
    const p = makePixel(workspaceId, overrides);
    await t.stores.pixels.insert(p);
    return p;
  }

  describe('insert and get', () => {
    it('round-trips every field: JSON fields, booleans, nullable numbers, times', async () => {
      const ws = await workspace();
      const p1 = await pixel(ws.id);
      const p2 = await pixel(ws.id, { platform: 'ga4', tagId: 'G-ABCDEF1234' });
      const link = makeLink(ws.id, {
        title: 'Spring sale — 20 % off',
        tags: ['spring', 'Sale 2026'],
        pixelIds: [p1.id, p2.id].sort(),
        redirectType: 307,
        forwardQuery: false,
        expiresAt: 1_798_761_599_999,
        expiredUrl: 'https://example.com/expired',
        maxClicks: 5000,
        limitUrl: 'https://example.com/limit',
        passwordHash: 'scrypt$16384$8$1$c2FsdA==$aGFzaA==',
        rules: [{ when: { country: ['DE', 'AT'], device: ['mobile'] }, url: 'https://example.de/' }],
        consent: { policy: 'always' },
        event: { name: 'spring_click', params: { campaign: 'spring' } },
        og: { title: 'Hello', image: 'https://example.com/og.png' },
      });
      expect(await t.stores.links.insert(link)).toBe('ok');
      const read = await t.stores.links.get(ws.id, link.id);
      expect(read).toEqual(stored(link));
      expect(read?.forwardQuery).toBe(false);
      expect(typeof read?.expiresAt).toBe('number');
      expect(typeof read?.createdAt).toBe('number');
      expect(typeof read?.clicks).toBe('number');
    });

    it('stores null optional fields and true booleans as such', async () => {
      const ws = await workspace();
      const link = makeLink(ws.id, { forwardQuery: true });
      await t.stores.links.insert(link);
      const read = await t.stores.links.get(ws.id, link.id);
      expect(read?.forwardQuery).toBe(true);
      expect(read?.expiresAt).toBeNull();
      expect(read?.maxClicks).toBeNull();
      expect(read?.consent).toBeNull();
      expect(read?.event).toBeNull();
      expect(read?.og).toBeNull();
      expect(read?.rules).toEqual([]);
      expect(read?.tags).toEqual([]);
      expect(read?.pixelIds).toEqual([]);
    });

    it('scopes get by workspace: another workspace’s id answers null', async () => {
      const a = await workspace();
      const b = await workspace();
      const link = makeLink(a.id);
      await t.stores.links.insert(link);
      expect(await t.stores.links.get(b.id, link.id)).toBeNull();
      expect(await t.stores.links.get(a.id, 'lnk_00000000000000000000000000')).toBeNull();
    });

    it('refuses a (domain, slug) clash with slug_taken, even across workspaces, and writes nothing', async () => {
      const a = await workspace();
      const b = await workspace();
      const p = await pixel(b.id);
      const first = makeLink(a.id, { slug: unique('taken-') });
      expect(await t.stores.links.insert(first)).toBe('ok');
      const clash = makeLink(b.id, { slug: first.slug, tags: ['x'], pixelIds: [p.id] });
      expect(await t.stores.links.insert(clash)).toBe('slug_taken');
      expect(await t.stores.links.get(b.id, clash.id)).toBeNull();
      expect((await t.stores.links.list(b.id, { limit: 10, after: null, tag: 'x' })).items).toEqual([]);
    });

    it('allows the same slug on different domains', async () => {
      const ws = await workspace();
      const domain = makeDomain(ws.id);
      await t.stores.domains.insert(domain);
      const slug = unique('same-');
      expect(await t.stores.links.insert(makeLink(ws.id, { slug }))).toBe('ok');
      expect(await t.stores.links.insert(makeLink(ws.id, { slug, domain: domain.hostname }))).toBe('ok');
    });

    it('treats slugs case-sensitively: Promo and promo coexist', async () => {
      const ws = await workspace();
      const base = unique('promo');
      const upper = makeLink(ws.id, { slug: `P${base}`, url: 'https://example.com/upper' });
      const lower = makeLink(ws.id, { slug: `p${base}`, url: 'https://example.com/lower' });
      expect(await t.stores.links.insert(upper)).toBe('ok');
      expect(await t.stores.links.insert(lower)).toBe('ok');
      expect((await t.stores.links.resolve('', `P${base}`))?.link.url).toBe('https://example.com/upper');
      expect((await t.stores.links.resolve('', `p${base}`))?.link.url).toBe('https://example.com/lower');
      expect(await t.stores.links.resolve('', `P${base}`.toUpperCase())).toBeNull();
      expect(await t.stores.links.slugExists('', `p${base}`)).toBe(true);
      expect(await t.stores.links.slugExists('', `p${base}`.toUpperCase())).toBe(false);
    });
  });

  describe('update', () => {
    it('replaces fields, pixels and tags and keeps createdAt and clicks', async () => {
      const ws = await workspace();
      const p1 = await pixel(ws.id);
      const p2 = await pixel(ws.id);
      const link = makeLink(ws.id, { tags: ['old', 'both'], pixelIds: [p1.id] });
      await t.stores.links.insert(link);
      const next: Link = {
        ...link,
        slug: unique('new-'),
        url: 'https://example.org/new',
        title: 'New title',
        tags: ['both', 'new'],
        pixelIds: [p2.id],
        redirectType: 301,
        forwardQuery: false,
        updatedAt: tick(),
      };
      expect(await t.stores.links.update(next)).toBe('ok');
      expect(await t.stores.links.get(ws.id, link.id)).toEqual(stored(next));
      expect((await t.stores.links.list(ws.id, { limit: 10, after: null, tag: 'old' })).items).toEqual([]);
      expect((await t.stores.links.list(ws.id, { limit: 10, after: null, tag: 'new' })).items.map((l) => l.id)).toEqual([link.id]);
      expect(await t.stores.links.resolve('', link.slug)).toBeNull();
      expect((await t.stores.links.resolve('', next.slug))?.pixels.map((p) => p.id)).toEqual([p2.id]);
    });

    it('reports slug_taken on a clash and leaves the link unchanged', async () => {
      const ws = await workspace();
      const p = await pixel(ws.id);
      const other = makeLink(ws.id);
      const link = makeLink(ws.id, { tags: ['keep'], pixelIds: [p.id] });
      await t.stores.links.insert(other);
      await t.stores.links.insert(link);
      expect(await t.stores.links.update({ ...link, slug: other.slug, tags: ['lost'], pixelIds: [] })).toBe('slug_taken');
      expect(await t.stores.links.get(ws.id, link.id)).toEqual(stored(link));
    });

    it('reports not_found for an unknown id or another workspace', async () => {
      const a = await workspace();
      const b = await workspace();
      const link = makeLink(a.id);
      await t.stores.links.insert(link);
      expect(await t.stores.links.update({ ...link, workspaceId: b.id, url: 'https://evil.example/' })).toBe('not_found');
      expect(await t.stores.links.update(makeLink(a.id))).toBe('not_found');
      expect((await t.stores.links.get(a.id, link.id))?.url).toBe(link.url);
    });
  });

  describe('delete', () => {
    it('returns the deleted link, frees its slug and refuses foreign ids', async () => {
      const a = await workspace();
      const b = await workspace();
      const p = await pixel(a.id);
      const link = makeLink(a.id, { tags: ['t'], pixelIds: [p.id] });
      await t.stores.links.insert(link);
      expect(await t.stores.links.delete(b.id, link.id)).toBeNull();
      expect(await t.stores.links.delete(a.id, link.id)).toEqual(stored(link));
      expect(await t.stores.links.get(a.id, link.id)).toBeNull();
      expect(await t.stores.links.delete(a.id, link.id)).toBeNull();
      expect(await t.stores.links.insert(makeLink(a.id, { slug: link.slug }))).toBe('ok');
      // The pixel survives its link.
      expect(await t.stores.pixels.get(a.id, p.id)).not.toBeNull();
    });
  });

  describe('list', () => {
    it('pages newest first across several pages with no duplicates or gaps', async () => {
      const ws = await workspace();
      const links: Link[] = [];
      for (let i = 0; i < 23; i++) {
        const link = makeLink(ws.id);
        links.push(link);
        await t.stores.links.insert(link);
      }
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page = await t.stores.links.list(ws.id, { limit: 5, after });
        expect(page.items.length).toBe(pages < 4 ? 5 : 3);
        seen.push(...page.items.map((l) => l.id));
        after = page.nextCursor;
        pages++;
      } while (after !== null && pages < 20);
      expect(pages).toBe(5);
      expect(seen).toEqual(links.map((l) => l.id).reverse());
      expect(new Set(seen).size).toBe(23);
    });

    it('has no next cursor when the last page is exactly full', async () => {
      const ws = await workspace();
      for (let i = 0; i < 4; i++) await t.stores.links.insert(makeLink(ws.id));
      const first = await t.stores.links.list(ws.id, { limit: 2, after: null });
      const second = await t.stores.links.list(ws.id, { limit: 2, after: first.nextCursor });
      expect(first.nextCursor).not.toBeNull();
      expect(second.items).toHaveLength(2);
      expect(second.nextCursor).toBeNull();
    });

    it('returns pixel ids with each listed link', async () => {
      const ws = await workspace();
      const p = await pixel(ws.id);
      const link = makeLink(ws.id, { pixelIds: [p.id] });
      await t.stores.links.insert(link);
      expect((await t.stores.links.list(ws.id, { limit: 10, after: null })).items).toEqual([stored(link)]);
    });

    it('lists only the workspace’s links', async () => {
      const a = await workspace();
      const b = await workspace();
      await t.stores.links.insert(makeLink(a.id, { tags: ['shared'] }));
      expect(await t.stores.links.list(b.id, { limit: 10, after: null })).toEqual({ items: [], nextCursor: null });
      expect((await t.stores.links.list(b.id, { limit: 10, after: null, tag: 'shared' })).items).toEqual([]);
      expect((await t.stores.links.list(b.id, { limit: 10, after: null, q: 'shared' })).items).toEqual([]);
    });

    describe('search', () => {
      const ids = (links: StoredLink[]) => links.map((l) => l.id).sort();

      async function seed() {
        const ws = await workspace();
        const bySlug = makeLink(ws.id, { slug: `Summer-${unique()}`, url: 'https://a.example/x' });
        const byUrl = makeLink(ws.id, { url: 'https://shop.example/SUMMER/sale' });
        const byTitle = makeLink(ws.id, { url: 'https://b.example/', title: 'Our summer collection' });
        const byTag = makeLink(ws.id, { url: 'https://c.example/', tags: ['SummerCampaign', 'ads'] });
        const none = makeLink(ws.id, { url: 'https://d.example/winter', title: 'Winter', tags: ['winter'] });
        const percent = makeLink(ws.id, { url: 'https://e.example/?discount=50%25', title: '50% off' });
        const underscore = makeLink(ws.id, { url: 'https://f.example/a_b', title: 'snake_case' });
        const plain = makeLink(ws.id, { url: 'https://g.example/axb', title: 'snakeXcase' });
        for (const l of [bySlug, byUrl, byTitle, byTag, none, percent, underscore, plain]) {
          expect(await t.stores.links.insert(l)).toBe('ok');
        }
        return { ws, bySlug, byUrl, byTitle, byTag, none, percent, underscore, plain };
      }

      it('q matches slug, url, title or a tag, case-insensitively', async () => {
        const s = await seed();
        const found = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: 'sUmMeR' });
        expect(ids(found.items)).toEqual(ids([s.bySlug, s.byUrl, s.byTitle, s.byTag].map(stored)));
      });

      it('q folds case beyond ASCII, the same on every engine', async () => {
        const ws = await workspace();
        const umlaut = makeLink(ws.id, { title: `Über uns ${unique()}` });
        const greek = makeLink(ws.id, { tags: ['ΑΘΗΝΑ'] });
        await t.stores.links.insert(umlaut);
        await t.stores.links.insert(greek);
        expect(ids((await t.stores.links.list(ws.id, { limit: 50, after: null, q: 'über' })).items)).toEqual([umlaut.id]);
        expect(ids((await t.stores.links.list(ws.id, { limit: 50, after: null, q: 'ÜBER UNS' })).items)).toEqual([umlaut.id]);
        expect(ids((await t.stores.links.list(ws.id, { limit: 50, after: null, q: 'αθήνα'.normalize('NFD').replace(/\p{M}/gu, '') })).items)).toEqual([greek.id]);
      });

      it('q treats % and _ literally', async () => {
        const s = await seed();
        const percent = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: '%' });
        expect(ids(percent.items)).toEqual(ids([stored(s.percent)]));
        const underscore = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: 'snake_case' });
        expect(ids(underscore.items)).toEqual(ids([stored(s.underscore)]));
        const backslash = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: '\\' });
        expect(backslash.items).toEqual([]);
      });

      it('the tag filter is exact and case-sensitive', async () => {
        const s = await seed();
        expect(ids((await t.stores.links.list(s.ws.id, { limit: 50, after: null, tag: 'SummerCampaign' })).items)).toEqual([s.byTag.id]);
        expect((await t.stores.links.list(s.ws.id, { limit: 50, after: null, tag: 'Summer' })).items).toEqual([]);
        expect((await t.stores.links.list(s.ws.id, { limit: 50, after: null, tag: 'summercampaign' })).items).toEqual([]);
      });

      it('filters combine: q and tag', async () => {
        const s = await seed();
        const both = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: 'c.example', tag: 'ads' });
        expect(ids(both.items)).toEqual([s.byTag.id]);
        const neither = await t.stores.links.list(s.ws.id, { limit: 50, after: null, q: 'winter', tag: 'ads' });
        expect(neither.items).toEqual([]);
      });

      it('search results paginate too', async () => {
        const s = await seed();
        const first = await t.stores.links.list(s.ws.id, { limit: 3, after: null, q: 'summer' });
        const second = await t.stores.links.list(s.ws.id, { limit: 3, after: first.nextCursor, q: 'summer' });
        expect(first.items).toHaveLength(3);
        expect(second.items).toHaveLength(1);
        expect(second.nextCursor).toBeNull();
        expect(ids([...first.items, ...second.items])).toEqual(ids([s.bySlug, s.byUrl, s.byTitle, s.byTag].map(stored)));
      });
    });

    it('filters by domain', async () => {
      const ws = await workspace();
      const domain = makeDomain(ws.id);
      await t.stores.domains.insert(domain);
      const onDefault = makeLink(ws.id);
      const onCustom = makeLink(ws.id, { domain: domain.hostname });
      await t.stores.links.insert(onDefault);
      await t.stores.links.insert(onCustom);
      expect((await t.stores.links.list(ws.id, { limit: 10, after: null, domain: domain.hostname })).items.map((l) => l.id)).toEqual([onCustom.id]);
      expect((await t.stores.links.list(ws.id, { limit: 10, after: null, domain: '' })).items.map((l) => l.id)).toEqual([onDefault.id]);
    });
  });

  describe('resolve', () => {
    it('returns the link, its pixels and its workspace’s consent settings', async () => {
      const ws = await workspace({ consent: { policy: 'always', optInAction: 'ask' }, privacyPolicyUrl: 'https://example.com/privacy', timeZone: 'Europe/Paris', conversionTracking: true });
      const meta = await pixel(ws.id, { platform: 'meta', tagId: '123456789012345' });
      const li = await pixel(ws.id, { platform: 'linkedin', tagId: '5551234' });
      const link = makeLink(ws.id, { pixelIds: [meta.id, li.id].sort(), consent: { optInAction: 'skip' } });
      await t.stores.links.insert(link);
      const resolved = await t.stores.links.resolve('', link.slug);
      expect(resolved).toEqual({
        link: stored(link),
        clicks: 0,
        pixels: [
          { id: meta.id, platform: 'meta', tagId: '123456789012345' },
          { id: li.id, platform: 'linkedin', tagId: '5551234' },
        ].sort((x, y) => (x.id < y.id ? -1 : 1)),
        workspace: {
          id: ws.id,
          consent: { policy: 'always', optInAction: 'ask' },
          privacyPolicyUrl: 'https://example.com/privacy',
          timeZone: 'Europe/Paris',
          conversionTracking: true,
        },
      });
    });

    it('keeps a link’s server-only and conversion-tracking flags (null: the workspace’s)', async () => {
      const ws = await workspace();
      const a = makeLink(ws.id, { serverOnly: true, conversionTracking: false });
      const b = makeLink(ws.id);
      await t.stores.links.insert(a);
      await t.stores.links.insert(b);
      expect((await t.stores.links.get(ws.id, a.id))).toMatchObject({ serverOnly: true, conversionTracking: false });
      expect((await t.stores.links.get(ws.id, b.id))).toMatchObject({ serverOnly: false, conversionTracking: null });
      expect(await t.stores.links.facts([a.id, b.id])).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ id: a.id, serverOnly: true, conversionTracking: false }),
          expect.objectContaining({ id: b.id, serverOnly: false, conversionTracking: false }),
        ]),
      );
    });

    it('looks up by domain and slug: the same slug on another domain is another link', async () => {
      const ws = await workspace();
      const domain = makeDomain(ws.id);
      await t.stores.domains.insert(domain);
      const slug = unique('x');
      const onDefault = makeLink(ws.id, { slug, url: 'https://default.example/' });
      const onCustom = makeLink(ws.id, { slug, domain: domain.hostname, url: 'https://custom.example/' });
      await t.stores.links.insert(onDefault);
      await t.stores.links.insert(onCustom);
      expect((await t.stores.links.resolve('', slug))?.link.url).toBe('https://default.example/');
      expect((await t.stores.links.resolve(domain.hostname, slug))?.link.url).toBe('https://custom.example/');
      expect(await t.stores.links.resolve('other.example', slug)).toBeNull();
      expect(await t.stores.links.resolve('', unique('missing'))).toBeNull();
    });
  });
});
