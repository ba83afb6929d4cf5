/**
 * Issue 14: two Ricochet servers on one PostgreSQL (docs/scaling.md), in the test process so every
 * branch of the cache invalidation (src/app/redirect/cache-invalidation.ts `applyChange`) and of
 * the change feed's reconnect (src/storage/postgres/pg-change-feed.ts) is exercised. The link
 * cache is trusted for an hour here, so node B can only see a change through the feed: every
 * wait below is bounded far below that TTL, and what it waits for can happen no other way.
 */
import { sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectPostgres } from '../../src/storage/postgres/connect-postgres.js';
import { analyticsServer, rawRequest, UA, waitFor, withPgAdmin } from '../analytics/support.js';
import { freshSlug } from '../api/helpers.js';
import { testEngines } from '../support/engines.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const ENV = { LINK_CACHE_TTL_MS: '3600000' };
const CHANNEL = 'ricochet_changes';
/** Far below the cache TTL: seeing a change within it proves the feed carried it. */
const BOUND_MS = 20_000;

describe.runIf(testEngines().includes('postgres'))('two nodes on one PostgreSQL', () => {
  let a: TestServer;
  let b: TestServer;
  let url: string;
  const warnings: string[] = [];

  beforeAll(async () => {
    a = await analyticsServer('postgres', ENV);
    url = a.testDb.location.url as string;
    // Node B: its own process state (caches, change feed, writer), the same database.
    const database = connectPostgres({ url, poolSize: 5 });
    b = await startTestServer('postgres', ENV, { testDb: { database, location: { url }, dispose: () => database.close() } });
    (b.server.ctx as { log: unknown }).log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line).msg) });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const location = async (s: TestServer, path: string, host?: string) => {
    const res = await rawRequest(s.url, path, { headers: { 'user-agent': UA.chromeMac, ...(host ? { host } : {}) } });
    return `${res.status} ${res.headers.location ?? ''}`.trim();
  };
  const seenOnB = (path: string, expected: string, what: string, host?: string) =>
    waitFor(() => location(b, path, host), (v) => v === expected, what, BOUND_MS, 50);

  async function createOnA(body: Record<string, unknown>) {
    const res = await a.api('POST', '/links', { pixelIds: [], ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; slug: string };
  }

  it('an edit through A is served by B', async () => {
    const link = await createOnA({ url: 'https://example.com/before' });
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/before');
    expect((await a.api('PATCH', `/links/${link.id}`, { url: 'https://example.com/after', redirectType: 307 })).status).toBe(200);
    await seenOnB(`/${link.slug}`, '307 https://example.com/after', 'node B to serve the edit');
  });

  it('a delete through A is a 404 on B, and a new link on a slug B had missed is served at once', async () => {
    const link = await createOnA({ url: 'https://example.com/doomed' });
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/doomed');
    expect((await a.api('DELETE', `/links/${link.id}`)).status).toBe(204);
    await seenOnB(`/${link.slug}`, '404', 'node B to forget the deleted link');
    // B has cached the miss; the new link's notification replaces it.
    const slug = freshSlug('later');
    expect(await location(b, `/${slug}`)).toBe('404');
    await createOnA({ url: 'https://example.com/later', slug });
    await seenOnB(`/${slug}`, '302 https://example.com/later', 'node B to serve a link created after its miss');
  });

  it('a pixel change through A (every link) reaches B: a link whose only pixel is deleted stops showing the interstitial', async () => {
    const pixel = await a.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: `p-${freshSlug()}` });
    expect(pixel.status).toBe(201);
    const link = await createOnA({ url: 'https://example.com/px', pixelIds: [pixel.body.id], consent: { policy: 'never' } });
    expect(await location(b, `/${link.slug}`)).toBe('200');
    expect((await a.api('DELETE', `/pixels/${pixel.body.id}`)).status).toBe(204);
    await seenOnB(`/${link.slug}`, '302 https://example.com/px', 'node B to drop the deleted pixel');
  });

  it('a domain added through A is known to B', async () => {
    const hostname = `${freshSlug('nodes')}.example.com`;
    const missing = `/${freshSlug('nope')}`;
    expect(await location(b, missing, hostname)).toBe('404');
    expect((await a.api('POST', '/domains', { hostname, notFoundUrl: 'https://example.com/lost' })).status).toBe(201);
    await seenOnB(missing, '302 https://example.com/lost', 'node B to know the new domain', hostname);
  });

  it('a message B cannot read is logged and ignored; one naming no link changes nothing', async () => {
    const link = await createOnA({ url: 'https://example.com/steady' });
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/steady');
    await withPgAdmin(url, async (c) => {
      await c.query('select pg_notify($1, $2)', [CHANNEL, 'another-node {not json']);
      await c.query('select pg_notify($1, $2)', [CHANNEL, 'another-node {"link":"not a pair"}']);
      await c.query('select pg_notify($1, $2)', [CHANNEL, 'another-node []']);
    });
    await waitFor(() => warnings.filter((w) => w === 'change feed: unreadable message ignored').length, (n) => n >= 1, 'the warning');
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/steady');
  });

  it('after its LISTEN connection drops, B listens again and drops every cached link (it may have missed changes)', async () => {
    const link = await createOnA({ url: 'https://example.com/v1' });
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/v1');
    // A change nobody announces (as if its notification was lost): B keeps serving its cache…
    await sql`update links set url = ${'https://example.com/v2'} where id = ${link.id}`.execute(a.testDb.database.db);
    expect(await location(b, `/${link.slug}`)).toBe('302 https://example.com/v1');
    // …until its feed loses the connection and gets it back.
    const listeners = async () =>
      withPgAdmin(url, async (c) => (await c.query(`select pid from pg_stat_activity where datname = current_database() and query = $1`, [`LISTEN ${CHANNEL}`])).rows.map((r) => r.pid as number));
    const before = await listeners();
    expect(before).toHaveLength(2);
    await withPgAdmin(url, (c) => c.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [before]));
    await seenOnB(`/${link.slug}`, '302 https://example.com/v2', 'node B to reset its cache after reconnecting');
    await waitFor(listeners, (pids) => pids.length === 2 && pids.every((p) => !before.includes(p)), 'both nodes to listen again', BOUND_MS, 50);
    // And notifications flow again.
    expect((await a.api('PATCH', `/links/${link.id}`, { url: 'https://example.com/v3' })).status).toBe(200);
    await seenOnB(`/${link.slug}`, '302 https://example.com/v3', 'node B to hear A after the reconnect');
  });
});
