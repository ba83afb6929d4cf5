/**
 * Issue 21: webhook endpoints through the REST API, on each engine — the secret shown once and
 * never stored plain, admins only, one workspace never sees another's endpoints, the address
 * rules (SSRF) refusing with a clear error at create time, filters, rotation.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLink, keyWithRole, otherWorkspace, testEngines } from '../api/helpers.js';
import { testHostsEnv } from '../support/fake-dns.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

describe.each(testEngines())('webhook endpoints API on %s', (engine) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer(engine, { WEBHOOK_TEST_HOSTS: testHostsEnv() });
  });
  afterAll(async () => {
    await s.close();
  });

  const body = { url: 'https://public.example.test/hooks', events: ['link.created', 'click'] };

  it('creates an endpoint and shows its whsec_ secret once, stores URL and secret sealed', async () => {
    const res = await s.api('POST', '/webhooks', { ...body, description: ' CRM sync ' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers.get('location')).toBe(`/api/v1/webhooks/${res.body.id}`);
    expect(res.body).toMatchObject({
      url: 'https://public.example.test/hooks',
      description: 'CRM sync',
      events: ['link.created', 'click'],
      filter: { linkIds: [], tags: [] },
      enabled: true,
      disabledReason: null,
      previousSecretExpiresAt: null,
    });
    expect(res.body.id).toMatch(/^whk_[0-9a-z]{26}$/);
    expect(res.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(Buffer.from(res.body.secret.slice(6), 'base64')).toHaveLength(32);
    expect(res.body.secretHint).toBe(`${res.body.secret.slice(0, 10)}…`);

    const got = await s.api('GET', `/webhooks/${res.body.id}`);
    expect(got.status).toBe(200);
    expect(got.body).not.toHaveProperty('secret');
    expect(got.body.url).toBe('https://public.example.test/hooks');

    // At rest: neither the URL nor the secret is in the row in plain text.
    const row = await sql<{ url: string; secret: string }>`select url, secret from webhook_endpoints where id = ${res.body.id}`.execute(s.testDb.database.db);
    expect(row.rows[0]?.url).not.toContain('public.example.test');
    expect(row.rows[0]?.secret).not.toContain(res.body.secret.slice(6, 20));
    expect(row.rows[0]?.secret).toMatch(/^sb1\./);
  });

  it('lists endpoints without secrets', async () => {
    const res = await s.api('GET', '/webhooks?limit=100');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(0);
    for (const e of res.body.data) expect(e).not.toHaveProperty('secret');
  });

  it('is for admins and owners only, reads included', async () => {
    for (const role of ['viewer', 'member'] as const) {
      const key = await keyWithRole(s, role);
      expect((await s.api('GET', '/webhooks', undefined, key)).status, role).toBe(403);
      expect((await s.api('POST', '/webhooks', body, key)).body.error.code, role).toBe('FORBIDDEN');
    }
    const admin = await keyWithRole(s, 'admin');
    expect((await s.api('POST', '/webhooks', body, admin)).status).toBe(201);
  });

  it('keeps one workspace’s endpoints invisible to another (404, never listed)', async () => {
    const mine = (await s.api('POST', '/webhooks', body)).body;
    const other = await otherWorkspace(s, `wh-other-${engine}`);
    expect((await s.api('GET', `/webhooks/${mine.id}`, undefined, other.key)).status).toBe(404);
    expect((await s.api('PATCH', `/webhooks/${mine.id}`, { enabled: false }, other.key)).body.error.code).toBe('WEBHOOK_NOT_FOUND');
    expect((await s.api('POST', `/webhooks/${mine.id}/rotate-secret`, {}, other.key)).status).toBe(404);
    expect((await s.api('DELETE', `/webhooks/${mine.id}`, undefined, other.key)).status).toBe(404);
    expect((await s.api('GET', '/webhooks', undefined, other.key)).body.data).toEqual([]);
    expect((await s.api('GET', `/webhooks/${mine.id}`)).status).toBe(200);
  });

  it.each([
    ['http://127.0.0.1/hooks', 'loopback', '127.0.0.1'],
    ['http://[::1]:8080/hooks', 'loopback', '::1'],
    ['http://10.1.2.3/hooks', 'private', '10.1.2.3'],
    ['http://192.168.0.10/hooks', 'private', '192.168.0.10'],
    ['http://169.254.169.254/latest/meta-data/', 'metadata', '169.254.169.254'],
    ['http://[::ffff:127.0.0.1]/hooks', 'loopback', '::ffff:7f00:1'],
    ['http://[::ffff:a9fe:a9fe]/hooks', 'metadata', '::ffff:a9fe:a9fe'],
    ['http://2130706433/hooks', 'loopback', '127.0.0.1'],
    ['https://hooks.example.test/x', 'loopback', '127.0.0.1'],
    ['https://internal.example.test/x', 'private', '10.0.0.7'],
    ['https://metadata.example.test/x', 'metadata', '169.254.169.254'],
    ['https://mapped.example.test/x', 'loopback', '::ffff:127.0.0.1'],
    ['https://split.example.test/x', 'loopback', '127.0.0.1'],
  ])('refuses %s at create time: %s', async (url, reason, address) => {
    const res = await s.api('POST', '/webhooks', { ...body, url });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('WEBHOOK_URL_FORBIDDEN');
    expect(res.body.error.details).toMatchObject({ field: 'url', reason, address });
    expect(res.body.error.message).toMatch(/webhooks are delivered to public addresses only/);
  });

  it('refuses a URL change to a forbidden address, and keeps the old URL', async () => {
    const created = (await s.api('POST', '/webhooks', body)).body;
    const res = await s.api('PATCH', `/webhooks/${created.id}`, { url: 'http://internal.example.test/x' });
    expect(res.body.error).toMatchObject({ code: 'WEBHOOK_URL_FORBIDDEN', details: { reason: 'private' } });
    expect((await s.api('GET', `/webhooks/${created.id}`)).body.url).toBe(body.url);
  });

  it('refuses a name that does not resolve, a bad scheme, credentials, an unknown event', async () => {
    expect((await s.api('POST', '/webhooks', { ...body, url: 'https://nowhere.example.test/x' })).body.error).toMatchObject({ code: 'WEBHOOK_URL_UNRESOLVABLE', details: { host: 'nowhere.example.test' } });
    expect((await s.api('POST', '/webhooks', { ...body, url: 'ftp://public.example.test/x' })).body.error).toMatchObject({ code: 'URL_UNSAFE', details: { reason: 'scheme' } });
    expect((await s.api('POST', '/webhooks', { ...body, url: 'https://u:p@public.example.test/x' })).body.error).toMatchObject({ code: 'URL_UNSAFE', details: { reason: 'credentials' } });
    expect((await s.api('POST', '/webhooks', { ...body, events: ['link.exploded'] })).body.error.code).toBe('VALIDATION_FAILED');
    expect((await s.api('POST', '/webhooks', { ...body, events: [] })).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('takes a link and tag filter; link ids must be the workspace’s own', async () => {
    const link = await createLink(s, { url: 'https://example.com/a', tags: ['spring'] });
    const res = await s.api('POST', '/webhooks', { ...body, linkIds: [link.id, link.id], tags: ['spring', 'summer'] });
    expect(res.status).toBe(201);
    expect(res.body.filter).toEqual({ linkIds: [link.id], tags: ['spring', 'summer'] });

    const other = await otherWorkspace(s, `wh-links-${engine}`);
    const theirs = await createLink(s, { url: 'https://example.com/b' }, other.key);
    const refused = await s.api('POST', '/webhooks', { ...body, linkIds: [theirs.id] });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'LINK_UNKNOWN', details: { field: 'linkIds', linkId: theirs.id } });
  });

  it('turns an endpoint off and on; off says why', async () => {
    const created = (await s.api('POST', '/webhooks', body)).body;
    const off = await s.api('PATCH', `/webhooks/${created.id}`, { enabled: false });
    expect(off.body).toMatchObject({ enabled: false, disabledReason: 'manual' });
    expect(off.body.disabledAt).not.toBeNull();
    const on = await s.api('PATCH', `/webhooks/${created.id}`, { enabled: true, events: ['link.deleted'] });
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null, events: ['link.deleted'] });
    const createdOff = await s.api('POST', '/webhooks', { ...body, enabled: false });
    expect(createdOff.body).toMatchObject({ enabled: false, disabledReason: 'manual' });
  });

  it('rotates the secret: the new one is shown once, the previous one signs for the overlap', async () => {
    const created = (await s.api('POST', '/webhooks', body)).body;
    const rotated = await s.api('POST', `/webhooks/${created.id}/rotate-secret`, { overlapHours: 2 });
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.secret);
    const until = Date.parse(rotated.body.previousSecretExpiresAt);
    expect(until - Date.now()).toBeGreaterThan(2 * 3_600_000 - 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(2 * 3_600_000);
    const secrets = await s.server.ctx.stores.webhooks.signingSecrets(created.id, Date.now());
    expect(secrets).toEqual([rotated.body.secret, created.secret]);
    expect(await s.server.ctx.stores.webhooks.signingSecrets(created.id, until + 1)).toEqual([rotated.body.secret]);

    const again = await s.api('POST', `/webhooks/${created.id}/rotate-secret`, { overlapHours: 0 });
    expect(again.body.previousSecretExpiresAt).toBeNull();
    expect(await s.server.ctx.stores.webhooks.signingSecrets(created.id, Date.now())).toEqual([again.body.secret]);
    expect((await s.api('POST', `/webhooks/${created.id}/rotate-secret`, { overlapHours: 500 })).body.error.code).toBe('VALIDATION_FAILED');
  });

  it('deletes an endpoint', async () => {
    const created = (await s.api('POST', '/webhooks', body)).body;
    expect((await s.api('DELETE', `/webhooks/${created.id}`)).status).toBe(204);
    expect((await s.api('GET', `/webhooks/${created.id}`)).status).toBe(404);
    expect((await s.api('DELETE', `/webhooks/${created.id}`)).status).toBe(404);
  });
});
