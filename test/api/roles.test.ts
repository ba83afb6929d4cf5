import { describe, expect, it } from 'vitest';
import { createLink, createPixel, freshMetaId, freshSlug, keyWithRole, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('roles on %s', (engine) => {
  const s = useTestServer(engine);

  /** Every write endpoint, with a valid body, against existing rows where an id is needed. */
  async function writeEndpoints(): Promise<Array<[string, string, unknown]>> {
    const link = await createLink(s, { url: 'https://example.com/' });
    const pixel = await createPixel(s);
    const domain = (await s.api('POST', '/domains', { hostname: `${freshSlug('r')}.example.com` })).body;
    const key = (await s.api('POST', '/api-keys', { name: 'victim', role: 'viewer' })).body;
    return [
      ['POST', '/links', { url: 'https://example.com/' }],
      ['POST', '/links/bulk', { links: [{ url: 'https://example.com/' }] }],
      ['PATCH', `/links/${link.id}`, { title: 'x' }],
      ['DELETE', `/links/${link.id}`, undefined],
      ['POST', '/pixels', { platform: 'meta', tagId: freshMetaId() }],
      ['PATCH', `/pixels/${pixel.id}`, { name: 'x' }],
      ['DELETE', `/pixels/${pixel.id}`, undefined],
      ['POST', '/domains', { hostname: `${freshSlug('v')}.example.com` }],
      ['DELETE', `/domains/${domain.id}`, undefined],
      ['POST', '/api-keys', { name: 'x', role: 'viewer' }],
      ['DELETE', `/api-keys/${key.id}`, undefined],
      ['PATCH', '/workspace', { name: 'hijacked' }],
    ];
  }

  it('a viewer gets 403 FORBIDDEN on every write endpoint, and nothing changes', async () => {
    const viewer = await keyWithRole(s, 'viewer');
    const endpoints = await writeEndpoints();
    for (const [method, path, body] of endpoints) {
      const res = await s.api(method, path, body, viewer);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
    // The targets are untouched.
    for (const [method, path] of endpoints) {
      if (method !== 'DELETE' || path.startsWith('/api-keys')) continue;
      expect((await s.api('GET', path)).status, path).toBe(200);
    }
    expect((await s.api('GET', '/workspace')).body.name).not.toBe('hijacked');
  });

  it('a viewer reads links, pixels, domains and the workspace', async () => {
    const viewer = await keyWithRole(s, 'viewer');
    const link = await createLink(s, { url: 'https://example.com/read' });
    const pixel = await createPixel(s);
    for (const path of ['/links', `/links/${link.id}`, '/links?q=read', '/pixels', `/pixels/${pixel.id}`, '/domains', '/workspace']) {
      const res = await s.api('GET', path, undefined, viewer);
      expect(res.status, path).toBe(200);
    }
    expect((await s.api('GET', `/links/${link.id}`, undefined, viewer)).body.url).toBe('https://example.com/read');
  });

  it('a member writes links and pixels', async () => {
    const member = await keyWithRole(s, 'member');
    const link = await createLink(s, { url: 'https://example.com/m' }, member);
    expect((await s.api('PATCH', `/links/${link.id}`, { title: 'by member' }, member)).status).toBe(200);
    const pixel = await createPixel(s, {}, member);
    expect((await s.api('DELETE', `/pixels/${pixel.id}`, undefined, member)).status).toBe(204);
    expect((await s.api('DELETE', `/links/${link.id}`, undefined, member)).status).toBe(204);
  });

  it('a member cannot manage keys, domains or the workspace', async () => {
    const member = await keyWithRole(s, 'member');
    for (const [method, path, body] of [
      ['POST', '/api-keys', { name: 'x', role: 'viewer' }],
      ['GET', '/api-keys', undefined],
      ['POST', '/domains', { hostname: `${freshSlug('m')}.example.com` }],
      ['PATCH', '/workspace', { name: 'x' }],
    ] as const) {
      const res = await s.api(method, path, body, member);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.body.error.code).toBe('FORBIDDEN');
    }
  });

  it('an admin manages domains and keys up to admin, but cannot mint owner keys', async () => {
    const admin = await keyWithRole(s, 'admin');
    const domain = await s.api('POST', '/domains', { hostname: `${freshSlug('a')}.example.com` }, admin);
    expect(domain.status).toBe(201);
    for (const role of ['admin', 'member', 'viewer']) {
      const res = await s.api('POST', '/api-keys', { name: role, role }, admin);
      expect(res.status, role).toBe(201);
      expect(res.body.role).toBe(role);
    }
    const owner = await s.api('POST', '/api-keys', { name: 'escalate', role: 'owner' }, admin);
    expect(owner.status).toBe(422);
    expect(owner.body.error.code).toBe('ROLE_NOT_GRANTABLE');
    expect(owner.body.error.details).toEqual({ field: 'role' });
    const keys = await s.api('GET', '/api-keys?limit=100', undefined, admin);
    expect(keys.body.data.filter((k: any) => k.name === 'escalate')).toEqual([]);
    expect((await s.api('PATCH', '/workspace', { timeZone: 'Europe/Berlin' }, admin)).status).toBe(200);
  });

  it('an admin cannot revoke an owner key (keys are managed only up to the caller’s role)', async () => {
    const admin = await keyWithRole(s, 'admin');
    const owner = (await s.api('POST', '/api-keys', { name: 'second owner', role: 'owner' })).body;
    const res = await s.api('DELETE', `/api-keys/${owner.id}`, undefined, admin);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('FORBIDDEN');
    expect((await s.api('GET', '/workspace', undefined, owner.secret)).status).toBe(200);
    // An admin may still revoke admin keys and weaker ones.
    const peer = (await s.api('POST', '/api-keys', { name: 'peer admin', role: 'admin' }, admin)).body;
    expect((await s.api('DELETE', `/api-keys/${peer.id}`, undefined, admin)).status).toBe(204);
    // The owner may revoke the other owner key.
    expect((await s.api('DELETE', `/api-keys/${owner.id}`)).status).toBe(204);
  });

  it('an owner mints owner keys', async () => {
    const res = await s.api('POST', '/api-keys', { name: 'co-owner', role: 'owner' });
    expect(res.status).toBe(201);
    expect(res.body.role).toBe('owner');
  });
});
