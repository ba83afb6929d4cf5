/**
 * Issue 19: `ricochet demo` makes a first click show everything. Its generated clicks give
 * non-zero stats (humans, uniques, bots, pixels fired and confirmed, several days, several
 * consent outcomes) and audiences on both engines; and on localhost, in Chromium, its main link
 * shows the consent prompt, fires the pixels once accepted and lands on the destination.
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { Browser } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareDemo } from '../../src/cli/commands/demo.js';
import { DEMO_LINKS } from '../../src/cli/demo/demo-content.js';
import { loadConfig } from '../../src/config.js';
import { buildServer, type Server } from '../../src/server.js';
import type { Engine } from '../../src/storage/database.js';
import { freshPgDatabase } from '../analytics/support.js';
import { launchChromium, newContext } from '../e2e/support/browser.js';
import { startVendorNetwork, type VendorNetwork } from '../e2e/support/vendor-network.js';
import { testEngines } from '../support/engines.js';

const CLICKS = 900;
const DAYS = 14;
const HUMAN_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

interface Running {
  url: string;
  server: Server;
  close(): Promise<void>;
}

async function serveDemo(env: Record<string, string>): Promise<Running> {
  const httpServer = http.createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const server = await buildServer(loadConfig({ ...env, PORT: String(port), HOST: '127.0.0.1', API_RATE_LIMIT: '0', CLICK_FLUSH_INTERVAL_MS: '50' }), { log: pino({ level: 'silent' }) });
  httpServer.on('request', server.listener);
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    async close() {
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.close();
    },
  };
}

async function target(engine: Engine): Promise<{ env: Record<string, string>; cleanup(): Promise<void> }> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-demo-'));
  if (engine === 'sqlite') return { env: { DATA_DIR: dataDir }, cleanup: async () => fs.rmSync(dataDir, { recursive: true, force: true }) };
  const db = await freshPgDatabase();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: db.url },
    async cleanup() {
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

describe.each(testEngines())('ricochet demo on %s', (engine) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    for (const c of cleanups.reverse()) await c();
  });

  it('generates clicks that fill the stats and the audiences, and a second run only mints a key', { timeout: 180_000 }, async () => {
    const t = await target(engine);
    cleanups.push(t.cleanup);
    const demo = await prepareDemo(loadConfig(t.env), { clicks: CLICKS, days: DAYS });
    expect(demo.generated).toEqual({ clicks: CLICKS, days: DAYS });
    expect([...demo.slugs.keys()]).toEqual(DEMO_LINKS.map((l) => l.input.slug));

    const running = await serveDemo(t.env);
    cleanups.push(() => running.close());
    const api = async (p: string) => {
      const res = await fetch(`${running.url}/api/v1${p}`, { headers: { authorization: `Bearer ${demo.secret}` } });
      expect(res.status, p).toBe(200);
      return res.json() as Promise<any>;
    };

    const stats = await api(`/stats?from=${new Date(Date.now() - (DAYS + 1) * 86_400_000).toISOString()}&to=${new Date().toISOString()}&interval=day`);
    const totals = stats.totals;
    expect(totals.clicks).toBeGreaterThan(CLICKS * 0.9);
    for (const field of ['humanClicks', 'uniqueVisitors', 'bots', 'pixelFires', 'pixelConfirmed']) expect(totals[field], field).toBeGreaterThan(0);
    expect(totals.uniqueVisitors).toBeLessThan(totals.humanClicks);
    expect(totals.pixelConfirmed).toBeLessThan(totals.pixelFires);
    const activeDays = stats.timeseries.filter((p: { clicks: number }) => p.clicks > 0).length;
    expect(activeDays).toBeGreaterThanOrEqual(DAYS - 1);
    expect(stats.countries.length).toBeGreaterThanOrEqual(5);
    const outcomes = JSON.stringify(stats.consent);
    for (const outcome of ['granted_prompt', 'denied_prompt', 'granted_cookie', 'not_required', 'suppressed_gpc']) expect(outcomes).toContain(outcome);

    const pixels = (await api('/pixels')).data as Array<{ id: string; platform: string }>;
    const meta = pixels.find((p) => p.platform === 'meta')!;
    const audience = await api(`/pixels/${meta.id}/audience`);
    expect(audience.windows[0].visitors).toBeGreaterThan(0);

    const again = await prepareDemo(loadConfig(t.env), { clicks: CLICKS, days: DAYS });
    expect(again.generated).toBeNull();
    expect(again.workspaceId).toBe(demo.workspaceId);
    expect(again.secret).not.toBe(demo.secret);
    const links = await api('/links?limit=100');
    expect(links.data).toHaveLength(DEMO_LINKS.length);
  });
});

describe('ricochet demo in Chromium on localhost', () => {
  let browser: Browser | undefined;
  let vendors: VendorNetwork | undefined;
  const cleanups: Array<() => Promise<void>> = [];
  afterAll(async () => {
    await browser?.close();
    await vendors?.close();
    for (const c of cleanups.reverse()) await c();
  });

  it('shows the consent prompt on the pixel page, fires the pixels once accepted and lands on the destination', { timeout: 180_000 }, async () => {
    const t = await target('sqlite');
    cleanups.push(t.cleanup);
    const demo = await prepareDemo(loadConfig(t.env), { clicks: 200, days: 7 });
    // The 800 ms default cap would make this a test of the machine's speed: on a loaded runner
    // Chromium can spend longer than that before Meta's hit. The cap itself is proved in the e2e suites.
    const running = await serveDemo({ ...t.env, PIXEL_TIMEOUT_MS: '10000' });
    cleanups.push(() => running.close());
    const localhost = running.url.replace('127.0.0.1', 'localhost');

    vendors = await startVendorNetwork();
    browser = await launchChromium(vendors.chromiumArgs);
    const fakes = vendors.session();
    const context = await newContext(browser, { userAgent: fakes.userAgent(HUMAN_UA) });
    await fakes.attach(context);
    const landed: string[] = [];
    // Wikipedia answers like a remote site (150 ms to first byte, as in the e2e suites), not at once:
    // an image hit still being connected when the destination replaces the page is the residual
    // risk docs/interstitial.md measures, not what this test is about.
    await context.route('https://en.wikipedia.org/**', async (route) => {
      landed.push(route.request().url());
      await new Promise((resolve) => setTimeout(resolve, 150));
      await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Marathon</title><h1>Marathon</h1>' });
    });
    const page = await context.newPage();
    const served = await page.goto(`${localhost}/${demo.slugs.get('marathon-guide')}?utm_source=demo-test`);
    expect(served?.status()).toBe(200);
    await page.getByRole('button', { name: 'Accept' }).click();
    await page.waitForURL(/en\.wikipedia\.org\/wiki\/Marathon/, { timeout: 15_000 });

    // The page leaves once each hit is handed to the browser; the fake vendor may read it a moment later.
    await expect.poll(() => fakes.hits('meta').length).toBeGreaterThan(0);
    await expect.poll(() => fakes.hits('ga4').length).toBeGreaterThan(0);
    expect(landed[0]).toContain('utm_source=demo-test');
    const cookies = await context.cookies(localhost);
    expect(cookies.find((c) => c.name === 'ricochet_consent')?.value).toBe('accept');
  });
});
