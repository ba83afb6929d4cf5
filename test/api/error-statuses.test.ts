/**
 * Issue 14: the API's two server-side error answers over real HTTP (src/http/api/render-error.ts):
 * 503 `UNAVAILABLE` while the database cannot be reached, so clients and load balancers retry; a
 * bare 500 `INTERNAL` for an error nobody expected, logged with its request id, its text never
 * shown to the client. Each server here is broken on purpose, so each test has its own.
 */
import { sql } from 'kysely';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { analyticsServer, breakDatabase } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';

const link = { url: 'https://example.com/x', pixelIds: [] };

describe.each(testEngines())('API error statuses on %s', (engine) => {
  it('answers 503 UNAVAILABLE while the database is unreachable, and works again once it is back', { timeout: 60_000 }, async () => {
    const s = await analyticsServer(engine);
    try {
      expect((await s.api('POST', '/links', link)).status).toBe(201);
      const outage = await breakDatabase(s);
      let res: Awaited<ReturnType<typeof s.api>>;
      try {
        // A write: on SQLite it waits for the lock (5 s on the event loop), then gives up.
        res = await s.api('POST', '/links', link);
      } finally {
        await outage.restore();
      }
      expect(res.status).toBe(503);
      expect(res.body).toEqual({ error: { code: 'UNAVAILABLE', message: 'The database is not reachable right now.' } });
      expect(res.headers.get('content-type')).toMatch(/^application\/json/);
      // Back: the pool reconnects by itself, nothing to restart.
      await expect.poll(async () => (await s.api('POST', '/links', link)).status, { timeout: 20_000, interval: 200 }).toBe(201);
    } finally {
      await s.close();
    }
  });

  it('answers a bare 500 INTERNAL to an unexpected error, logs it with the request id, and leaks nothing', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const s = await analyticsServer(engine);
    try {
      // An error no code path expects: the pixels table is gone (a broken migration, a hand edit).
      const created = await s.api('POST', '/pixels', { platform: 'meta', tagId: '123456789012345', name: 'm' });
      expect(created.status).toBe(201);
      (s.server.ctx as { log: unknown }).log = pino({ level: 'error' }, { write: (line: string) => lines.push(JSON.parse(line)) });
      await sql`drop table pixels`.execute(s.testDb.database.db).catch(async () => {
        await sql`drop table pixels cascade`.execute(s.testDb.database.db);
      });
      const res = await s.api('GET', '/pixels');
      expect(res.status).toBe(500);
      expect(res.body).toEqual({ error: { code: 'INTERNAL', message: 'Something went wrong on our side.' } });
      expect(JSON.stringify(res.body)).not.toMatch(/pixels|table|relation|sql/i);
      const requestId = res.headers.get('x-request-id');
      expect(requestId).toBeTruthy();
      expect(lines).toContainEqual(expect.objectContaining({ msg: 'unhandled error', requestId, path: '/api/v1/pixels' }));
    } finally {
      await s.close();
    }
  });
});
