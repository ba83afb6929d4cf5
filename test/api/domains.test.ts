import { describe, expect, it } from 'vitest';
import { createLink, freshSlug, listAll, otherWorkspace, requestWithHost, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('domains API on %s', (engine) => {
  const s = useTestServer(engine);
  const host = (p = 'go') => `${freshSlug(p)}.example.com`;

  it('registers a domain, lower-cased, and reads it back', async () => {
    const name = host('Mixed');
    const res = await s.api('POST', '/domains', { hostname: name.toUpperCase(), notFoundUrl: 'https://example.com/missing' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ hostname: name.toLowerCase(), notFoundUrl: 'https://example.com/missing' });
    expect(res.body.id).toMatch(/^dom_[0-9a-z]{26}$/);
    expect((await s.api('GET', `/domains/${res.body.id}`)).body).toEqual(res.body);
  });

  it('stores an IDN hostname as punycode', async () => {
    const label = freshSlug('b');
    const res = await s.api('POST', '/domains', { hostname: `${label}.bücher.de` });
    expect(res.status).toBe(201);
    expect(res.body.hostname).toBe(`${label}.xn--bcher-kva.de`);
  });

  it('refuses a hostname that is already registered (409 DOMAIN_TAKEN), in any case', async () => {
    const name = host();
    expect((await s.api('POST', '/domains', { hostname: name })).status).toBe(201);
    const again = await s.api('POST', '/domains', { hostname: name.toUpperCase() });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DOMAIN_TAKEN');
  });

  it('PATCH changes where unknown slugs go, and the redirect path follows at once', async () => {
    const name = host('patch');
    const created = await s.api('POST', '/domains', { hostname: name });
    const unknown = () => requestWithHost(s.url, '/no-such-slug-here', name);
    expect((await unknown()).status).toBe(404);
    const patched = await s.api('PATCH', `/domains/${created.body.id}`, { notFoundUrl: 'https://example.com/lost' });
    expect(patched.status).toBe(200);
    expect(patched.body.notFoundUrl).toBe('https://example.com/lost');
    const res = await unknown();
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://example.com/lost');
    expect((await s.api('PATCH', `/domains/${created.body.id}`, { notFoundUrl: 'javascript:alert(1)' })).body.error.code).toBe('URL_UNSAFE');
    expect((await s.api('PATCH', `/domains/${created.body.id}`, { notFoundUrl: null })).body.notFoundUrl).toBeNull();
    expect((await unknown()).status).toBe(404);
  });

  it('refuses the default domain in every spelling (issue 17)', async () => {
    const name = s.config.defaultHostname;
    for (const hostname of [name, name.toUpperCase(), `${name}.`, ` ${name} `]) {
      const res = await s.api('POST', '/domains', { hostname });
      expect(res.status, hostname).toBe(409);
      expect(res.body.error.code).toBe('DOMAIN_TAKEN');
    }
    // With its port it is no domain at all: ports are refused, whoever asks.
    const withPort = await s.api('POST', '/domains', { hostname: s.config.defaultHost });
    expect(withPort.status).toBe(422);
    expect(withPort.body.error).toMatchObject({ code: 'DOMAIN_INVALID', details: { field: 'hostname', reason: 'port' } });
  });

  it('refuses another spelling of a registered domain, from any workspace (issue 17: takeover by spelling)', async () => {
    const name = `${freshSlug('t')}.example.org`;
    expect((await s.api('POST', '/domains', { hostname: name })).status).toBe(201);
    const stranger = await otherWorkspace(s, `takeover-${Date.now()}`);
    for (const hostname of [name.toUpperCase(), `${name}.`, `${name}:8443`, `${name}:80`]) {
      const res = await s.api('POST', '/domains', { hostname }, stranger.key);
      expect([409, 422], hostname).toContain(res.status);
      expect(['DOMAIN_TAKEN', 'DOMAIN_INVALID']).toContain(res.body.error.code);
    }
    // And a request on another port is served by the one registered name.
    const link = await createLink(s, { url: 'https://example.com/port', domain: name, pixelIds: [] });
    const res = await requestWithHost(s.url, `/${link.slug}`, `${name.toUpperCase()}.:8443`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe('https://example.com/port');
  });

  it.each(['https://go.example.com', 'go.example.com/path', 'not a host', '-bad.example.com', 'under_score.example.com'])(
    'refuses %j with 422 DOMAIN_INVALID',
    async (hostname) => {
      const res = await s.api('POST', '/domains', { hostname });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('DOMAIN_INVALID');
    },
  );

  it('refuses an unsafe notFoundUrl with 422 URL_UNSAFE', async () => {
    const res = await s.api('POST', '/domains', { hostname: host(), notFoundUrl: 'javascript:alert(1)' });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('URL_UNSAFE');
    expect(res.body.error.details).toEqual({ field: 'notFoundUrl', reason: 'scheme' });
  });

  it('lists domains newest first across pages', async () => {
    const created: string[] = [];
    for (let i = 0; i < 3; i++) created.push((await s.api('POST', '/domains', { hostname: host('list') })).body.id);
    const all = await listAll(s, '/domains?limit=2');
    const ids = all.map((d) => d.id);
    expect(ids.slice(0, 3)).toEqual([...created].reverse());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('refuses to delete a domain while links use it (409 DOMAIN_IN_USE), then deletes it', async () => {
    const domain = (await s.api('POST', '/domains', { hostname: host('used') })).body;
    const link = await createLink(s, { url: 'https://example.com/', domain: domain.hostname });
    const refused = await s.api('DELETE', `/domains/${domain.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('DOMAIN_IN_USE');
    expect((await s.api('DELETE', `/links/${link.id}`)).status).toBe(204);
    expect((await s.api('DELETE', `/domains/${domain.id}`)).status).toBe(204);
    expect((await s.api('GET', `/domains/${domain.id}`)).body.error.code).toBe('DOMAIN_NOT_FOUND');
    expect((await s.api('DELETE', `/domains/${domain.id}`)).status).toBe(404);
    // Once deleted, links can no longer use it.
    const res = await s.api('POST', '/links', { url: 'https://example.com/', domain: domain.hostname });
    expect(res.body.error.code).toBe('DOMAIN_UNKNOWN');
  });
});
