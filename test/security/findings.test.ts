/**
 * Issue 17: a regression test for each of the review's low findings that no other file covers
 * (bodies: request-bodies.test.ts; guessing: guessing.test.ts; hostnames: test/api/domains.test.ts
 * and src/core/hostname.test.ts; destinations: src/core/url-safety.test.ts; secrets:
 * secrets.test.ts), plus the audit log, the blocklist at create/update and the link creation cap.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { compileProxyTrust } from '../../src/http/proxy-trust.js';
import { LIMITS } from '../../src/core/limits.js';
import { systemRandom } from '../../src/app/system-ports.js';
import { newId } from '../../src/core/ids.js';
import { newLink } from '../../src/core/link.js';
import { createLink, createPixel, keyWithRole, testEngines, useTestServer } from '../api/helpers.js';
import { click } from '../analytics/support.js';

const HTML_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy'];

describe.each(testEngines())('issue 17 findings on %s', (engine) => {
  const s = useTestServer(engine, { METRICS_TOKEN: 'metrics-secret-token-0123', LINK_CREATE_RATE_LIMIT: '10' });

  it('thousands of audience-event params are refused by the schema, and an old link’s page stays small', async () => {
    const params = Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`p${i}`, 'v'.repeat(100)]));
    const refused = await s.api('POST', '/links', { url: 'https://example.com/params', event: { params } });
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('VALIDATION_FAILED');
    // 18 params within the count, 4,320 bytes together: over the 4 KB.
    const tooBig = await s.api('POST', '/links', { url: 'https://example.com/params', event: { params: Object.fromEntries(Array.from({ length: 18 }, (_, i) => [`k${i}`.padEnd(40, 'x'), 'v'.repeat(200)])) } });
    expect(tooBig.status).toBe(422);
    const doc = (await (await s.get('/api/openapi.json')).json()) as any;
    expect(JSON.stringify(doc.components.schemas.AudienceEvent.properties.params)).toContain(`"maxProperties":${LIMITS.eventParams}`);
    // A link stored before the limit: its interstitial renders at most LIMITS.eventParams params.
    const pixel = await createPixel(s);
    const workspaceId = (await s.api('GET', '/workspace')).body.id as string;
    const now = Date.now();
    const link = { ...newLink(newId('link', now, systemRandom), workspaceId, 'https://example.com/old', now), slug: `old-${now}`, pixelIds: [pixel.id], event: { name: 'old', params }, consent: { policy: 'never' as const } };
    expect(await s.server.ctx.stores.links.insert(link)).toBe('ok');
    const page = await click(s, `/${link.slug}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html.length).toBeLessThan(40_000);
    expect(html).toContain('p0');
    expect(html).not.toContain(`p${LIMITS.eventParams}"`);
  });

  it('text the database cannot store (a NUL byte) is the client’s 400, never a 500 (found by the fuzz test)', async () => {
    for (const path of ['/audit-log?targetId=%00', '/links?q=a%00b', '/links?tag=%00', '/links/lookup?externalId=x%00', '/links/lookup?slug=a%00']) {
      const res = await s.api('GET', path);
      // SQLite stores and finds NUL bytes (200, nothing found); PostgreSQL refuses them (400).
      expect(res.status, path).toBeLessThan(500);
      if (res.status >= 400) expect(res.body.error.code, path).toMatch(/^(BAD_REQUEST|INVALID_QUERY|LINK_NOT_FOUND)$/);
    }
    const res = await s.api('POST', '/links', { url: 'https://example.com/', title: 'a\u0000b', pixelIds: [] });
    expect(res.status).toBeLessThan(500);
  });

  it('every HTML answer carries CSP, nosniff and a referrer policy', async () => {
    const password = await createLink(s, { url: 'https://example.com/pw', pixelIds: [], password: 'x' });
    const expired = await createLink(s, { url: 'https://example.com/exp', pixelIds: [], expiresAt: '2020-01-01T00:00:00Z' });
    const og = await createLink(s, { url: 'https://example.com/og', pixelIds: [], og: { title: 'Hi' } });
    const pixel = await createPixel(s);
    const fires = await createLink(s, { url: 'https://example.com/fire', pixelIds: [pixel.id], consent: { policy: 'never' } });
    const pages: Array<[string, Promise<Response>]> = [
      ['dashboard', s.get('/')],
      ['docs', s.get('/api/docs')],
      ['not found', click(s, '/no-such-link-here')],
      ['expired', click(s, `/${expired.slug}`)],
      ['password', click(s, `/${password.slug}`)],
      ['preview', click(s, `/${og.slug}`, { 'user-agent': 'facebookexternalhit/1.1' })],
      ['interstitial', click(s, `/${fires.slug}`)],
      ['bad request', click(s, '/%E0%A4%A')],
    ];
    for (const [name, pending] of pages) {
      const res = await pending;
      expect(res.headers.get('content-type'), name).toMatch(/^text\/html/);
      for (const h of HTML_HEADERS) expect(res.headers.get(h), `${name}: ${h}`).toBeTruthy();
      expect(res.headers.get('x-content-type-options'), name).toBe('nosniff');
    }
  });

  it('the API docs page cannot be framed and keeps no key in storage', async () => {
    const page = await s.get('/api/docs');
    expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const init = await (await s.get('/api/docs/init.js')).text();
    expect(init).toContain('persistAuthorization: false');
    expect(init).not.toMatch(/localStorage|sessionStorage/);
  });

  it('/metrics answers only with METRICS_TOKEN', async () => {
    const anonymous = await s.get('/metrics');
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await s.get('/metrics', { headers: { authorization: 'Bearer wrong-token-wrong-token' } })).status).toBe(401);
    const scraped = await s.get('/metrics', { headers: { authorization: 'Bearer metrics-secret-token-0123' } });
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain('ricochet_redirects_total');
  });

  it('deleted rows are overwritten (SQLite secure_delete on every connection)', async (context) => {
    if (engine !== 'sqlite') return context.skip();
    const database = s.server.ctx.stores.database;
    const { rows } = await sql<{ secure_delete: number }>`pragma secure_delete`.execute(database.db);
    expect(rows[0]?.secure_delete).toBe(1);
    const marker = `deleted-salt-marker-${Date.now()}-0123456789abcdef`;
    await sql`insert into visitor_salts (generation, salt, created_at) values (${-Date.now()}, ${marker}, 0)`.execute(database.db);
    await sql`delete from visitor_salts where salt = ${marker}`.execute(database.db);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(database.db);
    const file = s.testDb.location.file as string;
    const bytes = Buffer.concat([fs.readFileSync(file), fs.existsSync(`${file}-wal`) ? fs.readFileSync(`${file}-wal`) : Buffer.alloc(0)]);
    expect(bytes.includes(Buffer.from(marker))).toBe(false);
  });

  it('records who did what in the audit log; admins read it, members cannot', async () => {
    const link = await createLink(s, { url: 'https://example.com/audited', pixelIds: [] });
    expect((await s.api('PATCH', `/links/${link.id}`, { title: 'New', password: 'secret-value' })).status).toBe(200);
    expect((await s.api('DELETE', `/links/${link.id}`)).status).toBe(204);
    const events = (await s.api('GET', `/audit-log?targetId=${link.id}`)).body.data;
    expect(events.map((e: { action: string }) => e.action)).toEqual(['link.delete', 'link.update', 'link.create']);
    expect(events[1].details).toEqual({ fields: ['password', 'title'] });
    expect(JSON.stringify(events)).not.toContain('secret-value');
    expect(events[0].actor).toMatchObject({ type: 'key', name: expect.any(String) });
    const member = await keyWithRole(s, 'member');
    expect((await s.api('GET', '/audit-log', undefined, member)).status).toBe(403);
    const admin = await keyWithRole(s, 'admin');
    expect((await s.api('GET', '/audit-log?action=link.delete', undefined, admin)).body.data.length).toBeGreaterThan(0);
    // Retention: events older than AUDIT_RETENTION_DAYS go.
    expect(await s.server.ctx.stores.audit.prune(Date.now() + 1000)).toBeGreaterThan(0);
    expect((await s.api('GET', '/audit-log')).body.data).toEqual([]);
  });

  it('caps link creation per workspace: 429 LINK_RATE_LIMITED with Retry-After, bulk counted whole', async () => {
    // The server allows 10 an hour; earlier tests of this file created some: spend the rest.
    let status = 201;
    for (let i = 0; i < 20 && status === 201; i++) status = (await s.api('POST', '/links', { url: `https://example.com/cap-${i}`, pixelIds: [] })).status;
    const limited = await s.api('POST', '/links', { url: 'https://example.com/cap', pixelIds: [] });
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('LINK_RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const bulk = await s.api('POST', '/links/bulk', { links: [{ url: 'https://example.com/b1' }] });
    expect(bulk.status).toBe(429);
  });
});

describe.each(testEngines())('destination blocklist on %s', (engine) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-bl-'));
  const file = path.join(dir, 'blocklist.txt');
  fs.writeFileSync(file, '# phishing\nphish.example\nhttps://malware.example/payload\n');
  const s = useTestServer(engine, { DESTINATION_BLOCKLIST: file });

  it('refuses a blocked host (or one under it) at create and update, in every destination field', async () => {
    for (const body of [
      { url: 'https://phish.example/' },
      { url: 'https://WWW.Phish.Example./x' },
      { url: 'https://ok.example/', rules: [{ when: { country: ['DE'] }, url: 'https://malware.example/' }] },
      { url: 'https://ok.example/', expiredUrl: 'https://a.phish.example/' },
    ]) {
      const res = await s.api('POST', '/links', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('DESTINATION_BLOCKED');
    }
    const link = await createLink(s, { url: 'https://ok.example/', pixelIds: [] });
    const res = await s.api('PATCH', `/links/${link.id}`, { url: 'https://phish.example/login' });
    expect(res.body.error).toMatchObject({ code: 'DESTINATION_BLOCKED', details: { field: 'url', host: 'phish.example' } });
    expect((await s.api('PATCH', `/links/${link.id}`, { url: 'https://notphish.example/' })).status).toBe(200);
  });
});

describe('client address from trusted proxies (X-Forwarded-For read from the right)', () => {
  const fake = (remoteAddress: string, xff?: string) => ({ socket: { remoteAddress }, connection: { remoteAddress }, headers: xff === undefined ? {} : { 'x-forwarded-for': xff } }) as unknown as http.IncomingMessage;

  it.each([
    // [trust, peer, X-Forwarded-For, client]
    [{ kind: 'none' }, '10.0.0.1', '1.1.1.1', '10.0.0.1'],
    [{ kind: 'hops', hops: 1 }, '10.0.0.1', '6.6.6.6, 1.1.1.1', '1.1.1.1'],
    [{ kind: 'hops', hops: 2 }, '10.0.0.1', '6.6.6.6, 1.1.1.1, 10.0.0.9', '1.1.1.1'],
    [{ kind: 'hops', hops: 1 }, '10.0.0.1', undefined, '10.0.0.1'],
    [{ kind: 'addresses', addresses: ['10.0.0.0/8'] }, '10.0.0.1', '6.6.6.6, 1.1.1.1, 10.2.3.4', '1.1.1.1'],
    // A peer that is not a trusted proxy is the client, whatever it says.
    [{ kind: 'addresses', addresses: ['10.0.0.0/8'] }, '2.2.2.2', '1.1.1.1', '2.2.2.2'],
    [{ kind: 'addresses', addresses: ['loopback'] }, '127.0.0.1', '8.8.8.8, 127.0.0.1, 127.0.0.1', '8.8.8.8'],
  ] as const)('%j peer %s, XFF %j → %s', (trust, peer, xff, client) => {
    expect(compileProxyTrust(trust as never).clientAddress(fake(peer, xff))).toBe(client);
  });
});
