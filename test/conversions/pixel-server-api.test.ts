/**
 * Issue 16: a pixel's server-side setup in the API. Credentials are write-only (sealed at once,
 * shown masked), rotated one by one, checked against what the platform needs; roles and workspaces
 * apply; "send test event" uses each platform's test mode and shows its answer.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { keyWithRole, otherWorkspace } from '../api/helpers.js';
import { testEngines } from '../support/engines.js';
import type { TestServer } from '../support/test-server.js';
import { conversionsServer, freshTagId, SERVER_PLATFORMS, SERVER_SETUPS, serverPixel, startPlatformNetwork, type PlatformNetwork } from './support.js';

describe.each(testEngines())('pixel server-side setup API on %s', (engine) => {
  let platforms: PlatformNetwork;
  let s: TestServer;

  beforeAll(async () => {
    platforms = await startPlatformNetwork();
    s = await conversionsServer(engine, {}, platforms);
  });
  afterAll(async () => {
    await s?.close();
    await platforms?.close();
  });
  beforeEach(() => platforms.reset());

  const newPixel = async (platform: string, tagId?: string) => {
    const res = await s.api('POST', '/pixels', { platform, tagId: tagId ?? freshTagId(platform as keyof typeof SERVER_SETUPS) });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  it('describes an unconfigured pixel: what the platform needs, nothing stored', async () => {
    const id = await newPixel('pinterest');
    const res = await s.api('GET', `/pixels/${id}/server`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ pixelId: id, platform: 'pinterest', supported: true, configured: false, enabled: false, settings: {}, credentials: {} });
    expect(res.body.fields.map((f: any) => [f.name, f.secret, f.required])).toEqual([['accessToken', true, true], ['adAccountId', false, true]]);
    expect(res.body.delivery).toMatchObject({ pending: 0, sent: 0, lastError: null, lastSuccessAt: null, deadLetters: [] });
    expect(res.body.matchQuality).toMatch(/address and user agent/);
  });

  it('keeps credentials write-only: sealed at rest, masked in every answer', async () => {
    const id = await newPixel('meta');
    const token = 'EAAwrite-only-token-abcd';
    const put = await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: token }, settings: { testEventCode: 'TEST999' } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ configured: true, enabled: true, credentials: { accessToken: '••••abcd' }, settings: { testEventCode: 'TEST999' } });
    expect(JSON.stringify(put.body)).not.toContain(token);
    expect(JSON.stringify((await s.api('GET', `/pixels/${id}/server`)).body)).not.toContain(token);
    const row = await s.server.ctx.stores.database.db.selectFrom('pixel_servers').selectAll().where('pixel_id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.secrets).toMatch(/^sb1\./);
  });

  it('rotates one credential at a time and keeps the others', async () => {
    const id = await newPixel('google_ads');
    const setup = SERVER_SETUPS.google_ads;
    expect((await s.api('PUT', `/pixels/${id}/server`, { credentials: setup.credentials, settings: setup.settings })).status).toBe(200);
    const rotated = await s.api('PUT', `/pixels/${id}/server`, { credentials: { refreshToken: 'refresh-token-rotated-9999' } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.credentials).toEqual({ developerToken: '••••0001', clientId: '••••0001', clientSecret: '••••0001', refreshToken: '••••9999' });
    const test = await s.api('POST', `/pixels/${id}/server/test`);
    expect(test.body.outcome, JSON.stringify(test.body)).toBe('sent');
    // The token endpoint got the rotated refresh token; the upload the untouched developer token.
    const token = platforms.requests.find((r) => r.host === 'oauth2.googleapis.com')!;
    expect(new URLSearchParams(token.body).get('refresh_token')).toBe('refresh-token-rotated-9999');
    expect(platforms.requests.find((r) => r.host === 'googleads.googleapis.com')!.headers['developer-token']).toBe(setup.credentials.developerToken);
  });

  it.each([
    ['an unknown credential', 'meta', { credentials: { password: 'x' } }, 'password'],
    ['a setting passed as a credential', 'meta', { credentials: { testEventCode: 'TEST1' } }, 'testEventCode'],
    ['a malformed setting', 'pinterest', { credentials: { accessToken: 'pina-123456' }, settings: { adAccountId: 'not digits' } }, 'adAccountId'],
    ['a control character', 'meta', { credentials: { accessToken: 'EAA\u0001bad' } }, 'accessToken'],
  ])('refuses %s with 422 SERVER_SETTINGS_INVALID naming the field', async (_label, platform, body, field) => {
    const id = await newPixel(platform);
    const res = await s.api('PUT', `/pixels/${id}/server`, body);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'SERVER_SETTINGS_INVALID', details: expect.objectContaining({ field }) });
    expect((await s.api('GET', `/pixels/${id}/server`)).body.configured).toBe(false);
  });

  it('refuses to enable a setup that lacks a required field, and says which', async () => {
    const id = await newPixel('pinterest');
    const res = await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: 'pina-123456' } });
    expect(res.status).toBe(422);
    expect(res.body.error.details.missing).toEqual(['adAccountId']);
    expect((await s.api('PUT', `/pixels/${id}/server`, { enabled: false, credentials: { accessToken: 'pina-123456' } })).status).toBe(200);
  });

  it('refuses Quora, which has no server-side API', async () => {
    const id = await newPixel('quora', '0123456789abcdef0123456789abcdef');
    const res = await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: 'x' } });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('SERVER_EVENTS_UNSUPPORTED');
    expect((await s.api('GET', `/pixels/${id}/server`)).body).toMatchObject({ supported: false, fields: [] });
  });

  it('lets a viewer read but not write; another workspace sees nothing', async () => {
    const id = await serverPixel(s, 'reddit');
    const viewer = await keyWithRole(s, 'viewer');
    expect((await s.api('GET', `/pixels/${id}/server`, undefined, viewer)).status).toBe(200);
    expect((await s.api('PUT', `/pixels/${id}/server`, { enabled: false }, viewer)).status).toBe(403);
    expect((await s.api('POST', `/pixels/${id}/server/test`, undefined, viewer)).status).toBe(403);
    const other = await otherWorkspace(s, `ps-${engine}`);
    for (const [method, path] of [['GET', `/pixels/${id}/server`], ['PUT', `/pixels/${id}/server`], ['DELETE', `/pixels/${id}/server`], ['POST', `/pixels/${id}/server/test`]] as const) {
      const res = await s.api(method, path, method === 'PUT' ? { enabled: false } : undefined, other.key);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('PIXEL_NOT_FOUND');
    }
  });

  it('records setups and rotations in the audit log by name, never a credential’s value', async () => {
    const id = await newPixel('meta');
    const token = 'EAAaudited-token-7f3e';
    expect((await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: token }, settings: { testEventCode: 'TEST42' } })).status).toBe(200);
    expect((await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: `${token}-rotated` } })).status).toBe(200);
    expect((await s.api('DELETE', `/pixels/${id}/server`)).status).toBe(204);
    const log = await s.api('GET', `/audit-log?targetId=${id}`);
    expect(log.status).toBe(200);
    expect(log.body.data.map((e: any) => [e.action, e.details])).toEqual([
      ['pixel.server_delete', null],
      ['pixel.server_update', { settings: [], credentials: ['accessToken'] }],
      ['pixel.server_update', { settings: ['testEventCode'], credentials: ['accessToken'] }],
      ['pixel.create', expect.anything()],
    ]);
    expect(JSON.stringify(log.body)).not.toContain('audited-token');
    const rows = await s.server.ctx.stores.database.db.selectFrom('audit_events').selectAll().where('target_id', '=', id).execute();
    expect(JSON.stringify(rows)).not.toContain('audited-token');
  });

  it('removes a setup: the credentials are gone and deleting again is a conflict', async () => {
    const id = await serverPixel(s, 'snapchat');
    expect((await s.api('DELETE', `/pixels/${id}/server`)).status).toBe(204);
    expect((await s.api('GET', `/pixels/${id}/server`)).body).toMatchObject({ configured: false, credentials: {} });
    expect((await s.api('DELETE', `/pixels/${id}/server`)).body.error.code).toBe('SERVER_NOT_CONFIGURED');
    expect(await s.server.ctx.stores.database.db.selectFrom('pixel_servers').selectAll().where('pixel_id', '=', id).executeTakeFirst()).toBeUndefined();
  });

  it('forgets the credentials of a pixel moved to another platform', async () => {
    const id = await serverPixel(s, 'meta');
    expect((await s.api('PATCH', `/pixels/${id}`, { platform: 'tiktok', tagId: freshTagId('tiktok') })).status).toBe(200);
    expect((await s.api('GET', `/pixels/${id}/server`)).body).toMatchObject({ platform: 'tiktok', configured: false });
  });

  it.each(SERVER_PLATFORMS.filter((p) => !['linkedin', 'microsoft', 'x'].includes(p)))('%s: "send test event" uses the test mode and shows the answer', async (platform) => {
    const id = await serverPixel(s, platform);
    const res = await s.api('POST', `/pixels/${id}/server/test`);
    expect(res.status).toBe(200);
    expect(res.body, JSON.stringify(res.body)).toMatchObject({ outcome: 'sent', reason: null, status: expect.any(Number) });
    const events = platforms.events(platform);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((e) => e.test)).toBe(true);
  });

  it.each(['linkedin', 'microsoft', 'x'] as const)('%s has no test mode: 422 TEST_MODE_UNAVAILABLE, nothing sent', async (platform) => {
    const id = await serverPixel(s, platform);
    const res = await s.api('POST', `/pixels/${id}/server/test`);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('TEST_MODE_UNAVAILABLE');
    expect(platforms.requests).toEqual([]);
  });

  it('needs the test code where the platform’s test mode does, and shows a refusal as the platform said it', async () => {
    const id = await newPixel('meta');
    await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: 'EAAno-test-code-00001' } });
    const res = await s.api('POST', `/pixels/${id}/server/test`);
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'TEST_MODE_UNAVAILABLE', details: { field: 'testEventCode' } });

    await s.api('PUT', `/pixels/${id}/server`, { credentials: { accessToken: 'revoked-token' }, settings: { testEventCode: 'TEST1' } });
    const refused = await s.api('POST', `/pixels/${id}/server/test`);
    expect(refused.status).toBe(200);
    expect(refused.body).toMatchObject({ outcome: 'rejected', reason: 'auth', status: 400, message: expect.stringContaining('Invalid OAuth access token') });
    expect(refused.body.answer).toContain('"code":190');
    expect(JSON.stringify(refused.body)).not.toContain('revoked-token');
  });
});
