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

  it('issue 22: a new domain is pending with DNS instructions; a check that reaches this server verifies it', async () => {
    const name = `${freshSlug('verify')}.brand.test`;
    const created = await s.api('POST', '/domains', { hostname: name });
    expect(created.body.verification).toMatchObject({ status: 'pending', checkedAt: null, verifiedAt: null, error: null, dnsRecord: { type: 'CNAME', name, value: 'localhost' } });
    expect(created.body.verification.token).toMatch(/^rcv_[A-Za-z0-9_-]{24}$/);

    // What the check asks for: the domain's token at /_r/domain-check, on the domain's Host only.
    const token = created.body.verification.token;
    const answer = await requestWithHost(s.url, `/_r/domain-check?token=${token}`, name);
    expect([answer.status, answer.body]).toEqual([200, token]);
    expect((await requestWithHost(s.url, `/_r/domain-check?token=${token}`, 'someone-else.test')).status).toBe(404);
    expect((await requestWithHost(s.url, '/_r/domain-check?token=rcv_guess', name)).status).toBe(404);

    const checked = await s.api('POST', `/domains/${created.body.id}/check`);
    expect(checked.status).toBe(200);
    expect(checked.body.verification).toMatchObject({ status: 'verified', error: null });
    expect(checked.body.verification.verifiedAt).toBe(checked.body.verification.checkedAt);
    // The check takes no body: one sent anyway is refused before anything reads it.
    expect((await s.api('POST', `/domains/${created.body.id}/check`, {})).body.error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', details: { limitBytes: 0 } });
    const [event] = (await s.api('GET', `/audit-log?action=domain.check&targetId=${created.body.id}`)).body.data;
    expect(event).toMatchObject({ target: { type: 'domain', id: created.body.id }, details: { hostname: name, verified: true } });
    expect(checked.body.dns).toEqual({ cname: [], addresses: ['127.0.0.1'] });
    expect((await s.api('GET', `/domains/${created.body.id}`)).body.verification.status).toBe('verified');
  });

  it('issue 22: a domain that does not resolve fails its check, saying why', async () => {
    const name = `${freshSlug('nodns')}.unreachable.test`;
    const created = await s.api('POST', '/domains', { hostname: name });
    const checked = await s.api('POST', `/domains/${created.body.id}/check`);
    expect(checked.body.verification).toMatchObject({ status: 'failed', verifiedAt: null });
    expect(checked.body.verification.error).toContain(`${name} does not resolve yet`);
    expect((await s.api('POST', '/domains/dom_nope/check')).status).toBe(404);
  });

  it('issue 22: rootUrl sends the bare custom domain there; other hosts still get the dashboard', async () => {
    const name = host('root');
    const created = await s.api('POST', '/domains', { hostname: name, rootUrl: 'https://brand.example/' });
    expect(created.body.rootUrl).toBe('https://brand.example/');
    const bare = await requestWithHost(s.url, '/', name);
    expect([bare.status, bare.headers.location]).toEqual([302, 'https://brand.example/']);
    expect((await requestWithHost(s.url, '/', s.host)).status).not.toBe(302);
    const cleared = await s.api('PATCH', `/domains/${created.body.id}`, { rootUrl: null });
    expect(cleared.body).toMatchObject({ rootUrl: null, notFoundUrl: null });
    expect((await requestWithHost(s.url, '/', name)).status).not.toBe(302);
    expect((await s.api('PATCH', `/domains/${created.body.id}`, { rootUrl: 'javascript:alert(1)' })).body.error.code).toBe('URL_UNSAFE');
  });
});
