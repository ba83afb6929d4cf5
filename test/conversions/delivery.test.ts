/**
 * Issue 16: delivery to the platforms through their API fakes. 429 and 5xx and a dead network are
 * retried until the platform takes the event; a refused token is dead-lettered with the platform's
 * message (and a rotated token sends again); events past the platform's age are dropped with a
 * reason; a server killed mid-delivery loses nothing after its restart; all of it visible per
 * pixel in the API and in `/metrics`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/storage/database.js';
import { testEngines } from '../support/engines.js';
import type { TestServer } from '../support/test-server.js';
import { REVOKED } from '../support/platform-fakes/fake-kit.js';
import { BROWSER_HEADERS, fireRedirects, spawnServer, type ChildServer } from '../analytics/child-server.js';
import { click, freshPgDatabase, ShiftedClock } from '../analytics/support.js';
import { conversionsServer, deliveriesSettled, lastClickId, serverPixel, SERVER_SETUPS, startPlatformNetwork, type PlatformNetwork } from './support.js';

describe.each(testEngines())('delivery to the platforms on %s', (engine) => {
  let platforms: PlatformNetwork;
  let s: TestServer;
  const clock = new ShiftedClock();
  let n = 0;

  beforeAll(async () => {
    platforms = await startPlatformNetwork();
    s = await conversionsServer(engine, { GEO_COUNTRY_HEADER: 'x-country' }, platforms, { clock });
  });
  afterAll(async () => {
    await s?.close();
    await platforms?.close();
  });
  beforeEach(() => {
    platforms.reset();
    clock.offsetMs = 0;
  });

  async function serverOnlyLink(pixelId: string) {
    const res = await s.api('POST', '/links', { url: 'https://shop.example/d', slug: `dl-${engine}-${++n}`, pixelIds: [pixelId], serverOnly: true });
    expect(res.status).toBe(201);
    return res.body as { id: string; slug: string };
  }
  const status = async (pixelId: string) => (await s.api('GET', `/pixels/${pixelId}/server`)).body;

  it.each([
    [503, 'server_error'],
    [429, 'rate_limited'],
  ])('retries a %i until the platform takes the event', async (code, reason) => {
    const pixel = await serverPixel(s, 'meta');
    const link = await serverOnlyLink(pixel);
    platforms.set('meta', { status: code });
    await click(s, `/${link.slug}`, { 'x-country': 'US' });
    const clickId = await lastClickId(s, link.id);
    await expect.poll(() => platforms.requests.filter((r) => r.platform === 'meta' && r.status === code).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    platforms.set('meta', {});
    await platforms.waitFor((e) => e.eventId === clickId, { count: 2, timeoutMs: 20_000 });
    await deliveriesSettled(s);
    const body = await status(pixel);
    expect(body.delivery.retried[reason]).toBeGreaterThanOrEqual(1);
    expect(body.delivery).toMatchObject({ pending: 0, sent: 1, lastErrorReason: reason });
    expect(body.delivery.lastSuccessAt).not.toBeNull();
  });

  it('retries while the platform cannot be reached at all', async () => {
    const pixel = await serverPixel(s, 'tiktok');
    const link = await serverOnlyLink(pixel);
    platforms.set('tiktok', { down: true });
    await click(s, `/${link.slug}`, { 'x-country': 'US' });
    const clickId = await lastClickId(s, link.id);
    await expect.poll(() => platforms.requests.filter((r) => r.platform === 'tiktok' && r.status === 0).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(1);
    expect((await status(pixel)).delivery.pending).toBe(1);
    platforms.set('tiktok', {});
    await platforms.waitFor((e) => e.eventId === clickId, { count: 2, timeoutMs: 20_000 });
    await deliveriesSettled(s);
    expect((await status(pixel)).delivery.retried.network).toBeGreaterThanOrEqual(1);
  });

  it('dead-letters an event the platform refuses (a revoked token) with its message, never retries it, and sends again after a rotation', async () => {
    const pixel = await serverPixel(s, 'meta', { credentials: { accessToken: REVOKED } });
    const link = await serverOnlyLink(pixel);
    await click(s, `/${link.slug}`, { 'x-country': 'US' });
    await deliveriesSettled(s);
    const dead = await status(pixel);
    expect(dead.delivery.failed.rejected).toEqual({ auth: 1 });
    expect(dead.delivery.deadLetters).toEqual([expect.objectContaining({ reason: 'auth', message: expect.stringContaining('Invalid OAuth access token') })]);
    expect(dead.delivery.lastError).toContain('Invalid OAuth access token');
    // The token never reaches an error message.
    expect(JSON.stringify(dead)).not.toContain(REVOKED);
    const attempts = platforms.requests.filter((r) => r.platform === 'meta').length;
    await new Promise((r) => setTimeout(r, 1500));
    expect(platforms.requests.filter((r) => r.platform === 'meta').length).toBe(attempts);

    // Rotate: only the token is sent; the next click goes through.
    const rotated = await s.api('PUT', `/pixels/${pixel}/server`, { credentials: { accessToken: 'EAArotated-token-000001' } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.credentials).toEqual({ accessToken: '••••0001' });
    await click(s, `/${link.slug}`, { 'x-country': 'US' });
    const clickId = await lastClickId(s, link.id);
    await platforms.waitFor((e) => e.eventId === clickId, { count: 2 });
  });

  it('drops an event past the platform’s accepted age, with the reason, instead of sending it', async () => {
    const pixel = await serverPixel(s, 'meta');
    const link = await serverOnlyLink(pixel);
    platforms.set('meta', { down: true });
    clock.offsetMs = -8 * 86_400_000; // the click happened 8 days ago; Meta takes 7
    await click(s, `/${link.slug}`, { 'x-country': 'US' });
    clock.offsetMs = 0;
    platforms.set('meta', {});
    await deliveriesSettled(s);
    expect((await status(pixel)).delivery.failed.dropped).toEqual({ too_old: 1 });
    expect(platforms.events('meta')).toEqual([]);
  });

  it('shows deliveries in /metrics', async () => {
    const pixel = await serverPixel(s, 'snapchat');
    const link = await serverOnlyLink(pixel);
    await click(s, `/${link.slug}`, { 'x-country': 'US', 'x-forwarded-for': '198.51.100.9' });
    await deliveriesSettled(s);
    await expect
      .poll(async () => (await (await s.get('/metrics')).text()).match(/^ricochet_deliveries_total\{destination="snapchat",outcome="sent"\} (\d+)/m)?.[1], { timeout: 5000 })
      .toBe('1');
    const text = await (await s.get('/metrics')).text();
    expect(text).toMatch(/^ricochet_outbox_pending \d+/m);
    expect(text).toMatch(/^ricochet_delivery_breakers\{state="closed"\} \d+/m);
  });
});

describe.each(testEngines())('a server killed mid-delivery on %s', (engine: Engine) => {
  let platforms: PlatformNetwork;
  let child: ChildServer | undefined;
  let cleanup: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    platforms = await startPlatformNetwork();
  });
  afterAll(() => platforms?.close());
  afterEach(async () => {
    child?.kill();
    await cleanup?.();
  });

  it('loses nothing: after the restart every queued event reaches the platform', { timeout: 120_000 }, async () => {
    let env: Record<string, string>;
    if (engine === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-delivery-'));
      env = { DATA_DIR: dir };
      cleanup = async () => fs.rmSync(dir, { recursive: true, force: true });
    } else {
      const db = await freshPgDatabase();
      env = { DATABASE_URL: db.url, DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-delivery-')) };
      cleanup = db.drop;
    }
    const common = { ...env, OUTBOUND_TEST_NETWORK: platforms.env, GEO_COUNTRY_HEADER: 'x-country', CLICK_FLUSH_INTERVAL_MS: '50', LOG_LEVEL: 'warn' };
    child = await spawnServer(common);
    const pixel = await child.api('POST', '/pixels', { platform: 'meta', tagId: '555555555555555' });
    expect((await child.api('PUT', `/pixels/${pixel.body.id}/server`, { credentials: SERVER_SETUPS.meta.credentials })).status).toBe(200);
    const link = await child.api('POST', '/links', { url: 'https://shop.example/k', pixelIds: [pixel.body.id], serverOnly: true });

    // Meta answers slowly: requests are in flight when the process dies.
    platforms.set('meta', { answerMs: 3000 });
    const CLICKS = 200;
    const load = await fireRedirects(child.url, () => `/${link.body.slug}`, { total: CLICKS, concurrency: 8, headers: () => ({ ...BROWSER_HEADERS, 'x-country': 'US' }) });
    expect(load.count(302)).toBe(CLICKS);
    await expect.poll(() => platforms.requests.filter((r) => r.platform === 'meta').length, { timeout: 20_000 }).toBeGreaterThanOrEqual(1);
    child.process.kill('SIGKILL');
    await child.exited;

    platforms.set('meta', {});
    child = await spawnServer(common);
    // Every click stored before the kill has its two events delivered (at least once; the platform deduplicates).
    const stored = await storedClickIds(env, engine);
    expect(stored.length).toBeGreaterThan(0);
    await platforms.waitFor((e) => e.platform === 'meta' && e.name === 'ricochet_click', { count: stored.length, timeoutMs: 60_000 });
    const delivered = new Set(platforms.events('meta').filter((e) => e.name === 'ricochet_click').map((e) => e.eventId));
    expect(stored.filter((id) => !delivered.has(id))).toEqual([]);
  });
});

/** The ids of every stored click, read straight from the database the child used. */
async function storedClickIds(env: Record<string, string>, engine: Engine): Promise<string[]> {
  const { connectSqlite } = await import('../../src/storage/sqlite/connect-sqlite.js');
  const { connectPostgres } = await import('../../src/storage/postgres/connect-postgres.js');
  const database = engine === 'sqlite' ? connectSqlite({ dataDir: env.DATA_DIR as string }) : connectPostgres({ url: env.DATABASE_URL as string, poolSize: 1 });
  try {
    return (await database.db.selectFrom('clicks').select('id').execute()).map((r) => r.id);
  } finally {
    await database.close();
  }
}
