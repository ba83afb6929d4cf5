/**
 * Issue 6: every request that does not become a stored click is dropped with a reason from the
 * closed `DROP_REASONS` list and counted in `/metrics` as
 * `ricochet_clicks_dropped_total{reason=…}` (docs/architecture.md, "Conventions": every reason gets a test).
 * `CASES` is keyed by `DropReason`, so a new reason without a case here fails the type check and
 * the "covers every reason" test.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DROP_REASONS, type DropReason } from '../../src/core/clicks/click.js';
import type { Engine } from '../../src/storage/database.js';
import { systemRandom } from '../../src/app/system-ports.js';
import { newId } from '../../src/core/ids.js';
import { newLink } from '../../src/core/link.js';
import type { TestServer } from '../support/test-server.js';
import { createLink, freshSlug, testEngines } from '../api/helpers.js';
import { analyticsServer, breakDatabase, click, clickRows, dropped, rawRequest, scrape, UA, waitFor } from './support.js';

interface Env {
  engine: Engine;
  /** Normal server: flush every 50 ms. */
  main: TestServer;
}

/** Run `act` and assert the reason's counter went up by exactly `n` while nothing was stored. */
async function expectDrop(env: Env, reason: DropReason, n: number, act: (s: TestServer) => Promise<void>, s: TestServer = env.main): Promise<void> {
  const before = await dropped(s.url, reason);
  await act(s);
  await waitFor(() => dropped(s.url, reason), (v) => v >= before + n, `dropped{${reason}} += ${n}`);
  expect(await dropped(s.url, reason)).toBe(before + n);
}

/** Requests answered without a stored click (counted at the redirect). */
async function noClickStored(s: TestServer, linkId: string): Promise<void> {
  await s.server.clicks.flush();
  expect(await clickRows(s.testDb.database, linkId)).toEqual([]);
}

const CASES: Record<DropReason, (env: Env) => Promise<void>> = {
  async head(env) {
    const link = await createLink(env.main, { url: 'https://example.com/head', pixelIds: [] });
    await expectDrop(env, 'head', 2, async (s) => {
      for (let i = 0; i < 2; i++) {
        const res = await rawRequest(s.url, `/${link.slug}`, { method: 'HEAD', headers: { 'user-agent': UA.chromeMac } });
        expect(res.status).toBe(302);
      }
    });
    await noClickStored(env.main, link.id);
  },

  async prefetch(env) {
    const link = await createLink(env.main, { url: 'https://example.com/prefetch', pixelIds: [] });
    await expectDrop(env, 'prefetch', 2, async (s) => {
      expect((await click(s, `/${link.slug}`, { 'sec-purpose': 'prefetch' })).status).toBe(503);
      expect((await click(s, `/${link.slug}`, { purpose: 'prefetch' })).status).toBe(503);
    });
    await noClickStored(env.main, link.id);
  },

  async not_found(env) {
    await expectDrop(env, 'not_found', 2, async (s) => {
      expect((await click(s, `/${freshSlug('nope')}`)).status).toBe(404);
      expect((await click(s, `/${freshSlug('nope')}?utm_source=x`)).status).toBe(404);
    });
  },

  async expired(env) {
    const link = await createLink(env.main, { url: 'https://example.com/expired', pixelIds: [], expiresAt: '2020-01-01T00:00:00Z' });
    await expectDrop(env, 'expired', 1, async (s) => {
      expect((await click(s, `/${link.slug}`)).status).toBe(410);
    });
    await noClickStored(env.main, link.id);
  },

  async limit_reached(env) {
    const link = await createLink(env.main, { url: 'https://example.com/limit', pixelIds: [], maxClicks: 1 });
    expect((await click(env.main, `/${link.slug}`)).status).toBe(302);
    await expectDrop(env, 'limit_reached', 2, async (s) => {
      expect((await click(s, `/${link.slug}`)).status).toBe(410);
      expect((await click(s, `/${link.slug}`)).status).toBe(410);
    });
    await env.main.server.clicks.flush();
    expect(await clickRows(env.main.testDb.database, link.id)).toHaveLength(1);
  },

  async password_required(env) {
    const link = await createLink(env.main, { url: 'https://example.com/secret', pixelIds: [], password: 'open sesame' });
    await expectDrop(env, 'password_required', 1, async (s) => {
      const res = await click(s, `/${link.slug}`);
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/password/i);
    });
    await noClickStored(env.main, link.id);
  },

  async password_wrong(env) {
    const link = await createLink(env.main, { url: 'https://example.com/secret2', pixelIds: [], password: 'open sesame' });
    const post = (password: string) =>
      rawRequest(env.main.url, `/${link.slug}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': UA.chromeMac },
        body: new URLSearchParams({ password }).toString(),
      });
    await expectDrop(env, 'password_wrong', 1, async () => {
      expect((await post('guess')).status).toBe(403);
    });
    await noClickStored(env.main, link.id);
    // The right password is a click (303 to the destination), stored.
    expect((await post('open sesame')).status).toBe(303);
    await env.main.server.clicks.flush();
    expect(await clickRows(env.main.testDb.database, link.id)).toHaveLength(1);
  },

  async password_throttled(env) {
    // Issue 17: after PASSWORD_CLIENT_ATTEMPTS wrong passwords the client gets 429 + Retry-After,
    // without its guess being checked (the right password is refused too until the wait is over).
    const s = await analyticsServer(env.engine, { CLICK_FLUSH_INTERVAL_MS: '50', PASSWORD_CLIENT_ATTEMPTS: '2' });
    try {
      const link = await createLink(s, { url: 'https://example.com/secret3', pixelIds: [], password: 'open sesame' });
      const post = (password: string) =>
        rawRequest(s.url, `/${link.slug}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': UA.chromeMac },
          body: new URLSearchParams({ password }).toString(),
        });
      expect((await post('one')).status).toBe(403);
      expect((await post('two')).status).toBe(403);
      await expectDrop(
        env,
        'password_throttled',
        2,
        async () => {
          const throttled = await post('three');
          expect(throttled.status).toBe(429);
          expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
          expect((await post('open sesame')).status).toBe(429);
        },
        s,
      );
      await noClickStored(s, link.id);
    } finally {
      await s.close();
    }
  },

  async blocked(env) {
    // Issue 17: a link whose destination host is on DESTINATION_BLOCKLIST (saved before the host
    // was listed: the API refuses to save one now) answers the 410 "disabled" page, fires nothing
    // and stores nothing.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-blocklist-'));
    const file = path.join(dir, 'blocklist.txt');
    fs.writeFileSync(file, '# listed later\nphish.example\n');
    const s = await analyticsServer(env.engine, { CLICK_FLUSH_INTERVAL_MS: '50', DESTINATION_BLOCKLIST: file });
    try {
      const refused = await s.api('POST', '/links', { url: 'https://login.phish.example/', pixelIds: [] });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'DESTINATION_BLOCKED', details: { field: 'url', host: 'login.phish.example' } });
      const workspaceId = (await s.api('GET', '/workspace')).body.id as string;
      const now = Date.now();
      const link = { ...newLink(newId('link', now, systemRandom), workspaceId, 'https://phish.example/login', now), slug: freshSlug('blk') };
      expect(await s.server.ctx.stores.links.insert(link)).toBe('ok');
      await expectDrop(
        env,
        'blocked',
        1,
        async () => {
          const res = await click(s, `/${link.slug}`);
          expect(res.status).toBe(410);
          expect(res.headers.get('location')).toBeNull();
          expect(await res.text()).toMatch(/disabled/);
        },
        s,
      );
      await noClickStored(s, link.id);
    } finally {
      await s.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },

  async writer_crashed(env) {
    // Issue 17: the writer thread dies while the database is away and it holds more clicks than
    // half the hand-over ring (CLICK_BUFFER_SIZE 100: a ring of ~60 records' room): the ones it
    // had spilled out of the ring are lost and counted; a new thread takes the rest again and
    // stores them once the database is back.
    const s = await analyticsServer(env.engine, { CLICK_FLUSH_INTERVAL_MS: '50', CLICK_BUFFER_SIZE: '100' });
    try {
      const link = await createLink(s, { url: 'https://example.com/crash', pixelIds: [] });
      expect((await click(s, `/${link.slug}`)).status).toBe(302);
      await waitFor(() => s.server.clicks.size, (n) => n === 0, 'the first click to be written');
      const outage = await breakDatabase(s);
      let lost = 0;
      try {
        const before = await dropped(s.url, 'writer_crashed');
        for (let i = 0; i < 90; i++) expect((await click(s, `/${link.slug}`)).status).toBe(302);
        await waitFor(() => s.server.clicks.handedOver, (n) => n === 0, 'the writer to take the clicks');
        await s.server.clicks.terminateWriter();
        await waitFor(() => dropped(s.url, 'writer_crashed'), (v) => v > before, 'dropped{writer_crashed} to count the spilled clicks');
        lost = (await dropped(s.url, 'writer_crashed')) - before;
        expect(lost).toBeLessThan(90);
      } finally {
        await outage.restore();
      }
      await waitFor(() => s.server.clicks.health().writer, (w) => w === 'running', 'a new writer thread');
      await waitFor(() => s.server.clicks.size, (n) => n === 0, 'the survivors to be written', 30_000);
      expect(await clickRows(s.testDb.database, link.id)).toHaveLength(1 + 90 - lost);
    } finally {
      await s.close();
    }
  },

  async buffer_full(env) {
    // The smallest buffer, nothing written by size or timer: clicks 101..105 find it full.
    const s = await analyticsServer(env.engine, { CLICK_BUFFER_SIZE: '100', CLICK_FLUSH_SIZE: '100000', CLICK_FLUSH_INTERVAL_MS: '600000' });
    try {
      const link = await createLink(s, { url: 'https://example.com/full', pixelIds: [] });
      await expectDrop(
        env,
        'buffer_full',
        5,
        async () => {
          for (let i = 0; i < 105; i++) expect((await click(s, `/${link.slug}`)).status).toBe(302);
          expect(s.server.clicks.size).toBe(100);
        },
        s,
      );
      // A full buffer never blocks or loses what it holds: the 100 are written.
      await s.server.clicks.flush();
      expect(await clickRows(s.testDb.database, link.id)).toHaveLength(100);
      const m = await scrape(s.url);
      expect(m.get('ricochet_clicks_buffered_total')).toBe(100);
      expect(m.get('ricochet_clicks_written_total')).toBe(100);
    } finally {
      await s.close();
    }
  },

  async database_unavailable(env) {
    // The database goes away for longer than CLICK_RETRY_MAX_MS (the smallest allowed, 1 s).
    const s = await analyticsServer(env.engine, { CLICK_RETRY_MAX_MS: '1000', CLICK_FLUSH_INTERVAL_MS: '50' });
    try {
      const link = await createLink(s, { url: 'https://example.com/down', pixelIds: [] });
      expect((await click(s, `/${link.slug}`)).status).toBe(302); // cached from now on
      await waitFor(() => s.server.clicks.size, (n) => n === 0, 'the first click to be written');
      const outage = await breakDatabase(s);
      try {
        await expectDrop(
          env,
          'database_unavailable',
          4,
          async () => {
            for (let i = 0; i < 4; i++) expect((await click(s, `/${link.slug}`)).status).toBe(302);
          },
          s,
        );
      } finally {
        await outage.restore();
      }
      const m = await scrape(s.url);
      expect(m.get('ricochet_click_flush_failures_total')).toBeGreaterThan(0);
      expect(m.get('ricochet_clicks_written_total')).toBe(1);
      expect(s.server.clicks.size).toBe(0);
    } finally {
      await s.close();
    }
  },

  async shutdown(env) {
    // The database cannot take the batch and the process must exit: what is left is dropped as `shutdown`.
    const s = await analyticsServer(env.engine, { CLICK_FLUSH_INTERVAL_MS: '50' });
    try {
      const link = await createLink(s, { url: 'https://example.com/bye', pixelIds: [] });
      expect((await click(s, `/${link.slug}`)).status).toBe(302);
      await waitFor(() => s.server.clicks.size, (n) => n === 0, 'the first click to be written');
      const outage = await breakDatabase(s);
      for (let i = 0; i < 3; i++) expect((await click(s, `/${link.slug}`)).status).toBe(302);
      const before = await dropped(s.url, 'shutdown');
      const started = Date.now();
      await s.server.close(300);
      await outage.restore();
      // Bounded: one write attempt (on SQLite the writer thread waits up to its 2 s busy timeout
      // for the lock), then the 300 ms deadline; no second attempt while in back-off.
      expect(Date.now() - started).toBeLessThan(6000);
      expect(await dropped(s.url, 'shutdown')).toBe(before + 3);
      expect(s.server.clicks.size).toBe(0);
    } finally {
      await s.close();
    }
  },
};

describe.each(testEngines())('click drop reasons on %s', (engine) => {
  let main: TestServer;
  beforeAll(async () => {
    main = await analyticsServer(engine, { CLICK_FLUSH_INTERVAL_MS: '50' });
  });
  afterAll(async () => {
    await main?.close();
  });

  it('exposes a counter for every reason, starting at 0', async () => {
    const fresh = await analyticsServer(engine);
    try {
      const m = await scrape(fresh.url);
      for (const reason of DROP_REASONS) expect(m.get(`ricochet_clicks_dropped_total{reason="${reason}"}`), reason).toBe(0);
    } finally {
      await fresh.close();
    }
  });

  it.each([...DROP_REASONS])('%s is produced and counted', async (reason) => {
    const run = CASES[reason];
    expect(run, `no test case for drop reason ${reason}`).toBeTypeOf('function');
    await run({ engine, main });
  });
});

describe('drop reason coverage', () => {
  it('has a test case for every reason in DROP_REASONS, and none for reasons that do not exist', () => {
    expect(Object.keys(CASES).sort()).toEqual([...DROP_REASONS].sort());
  });
});
