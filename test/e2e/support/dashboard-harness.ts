/**
 * Shared set-up for the dashboard's Chromium suites: one real server (SQLite, random port) and one
 * browser per test file (its vendor hosts resolving to the fake vendor network), the dashboard and
 * interstitial built first, a fresh context per test that cannot reach the internet, sign-in,
 * screenshots and page problems.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { buildDashboard } from '../../../scripts/build-dashboard.js';
import { buildInterstitial, INTERSTITIAL_FILE } from '../../../scripts/build-web.js';
import { OWNER_KEY, startTestServer, type TestServer } from '../../support/test-server.js';
import { launchChromium, newContext } from './browser.js';
import { routeFakeSites } from './fake-sites.js';
import { collectPageProblems, type PageProblem } from './page-problems.js';
import { startVendorNetwork, type VendorNetwork, type VendorSession } from './vendor-network.js';

export { OWNER_KEY };

/**
 * Where the suites save their pictures, for looking at after a run. Not docs/screenshots: the
 * README's pictures come from the demo workspace (`npm run screenshots`), never from test fixtures.
 */
export const SCREENSHOT_DIR = path.join(os.tmpdir(), 'ricochet-e2e-screenshots');
/** `E2E_SCREENSHOTS=1` saves the pictures there; otherwise they are only taken (so a page that cannot render still fails). */
const WRITE_SCREENSHOTS = process.env['E2E_SCREENSHOTS'] === '1';

/** A desktop Chrome UA: HeadlessChrome is (rightly) classified as a bot and never counted as a human click. */
export const HUMAN_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

export interface DashboardTab {
  context: BrowserContext;
  page: Page;
  /** What the context sent to the fake ad vendors (a short link's interstitial fires there). */
  fakes: VendorSession;
  /** CSP violations, uncaught errors and console errors on dashboard pages. */
  problems: PageProblem[];
}

export interface DashboardSuite {
  server(): TestServer;
  /**
   * Origin of a tiny local site to use as link destinations. Not a routed `*.example` host on
   * purpose: Playwright does not route the request a browser makes to follow an HTTP redirect, so
   * a 302 to a fake host would go to DNS. A real local server keeps the click entirely on the machine.
   */
  destination(): string;
  /** Paths (with query) the destination site was asked for. */
  landings(): string[];
  /** A new context (no internet; `*.example` answered by tiny fake pages) with one page. */
  open(options?: BrowserContextOptions): Promise<DashboardTab>;
  /** JSON API call with the owner key unless another is given; throws on a non-2xx answer. */
  api<T = any>(method: string, apiPath: string, body?: unknown, key?: string): Promise<T>;
}

export function useDashboardSuite(env: Record<string, string> = {}): DashboardSuite {
  let server: TestServer;
  let browser: Browser;
  let vendors: VendorNetwork;
  let site: http.Server;
  let siteOrigin = '';
  const landed: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    // Built here so the suite also runs without `npm run build`; both builds are safe to run in parallel.
    await buildDashboard();
    if (!existsSync(INTERSTITIAL_FILE)) await buildInterstitial();
    if (WRITE_SCREENSHOTS) await mkdir(SCREENSHOT_DIR, { recursive: true });
    server = await startTestServer('sqlite', env);
    // Answers in 150 ms, like a remote site: the interstitial lives until the destination answers,
    // and a pixel hit needs time to reach the wire (test/e2e/support/destination-server.ts).
    site = http.createServer((req, res) => {
      landed.push(req.url ?? '/');
      setTimeout(() => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><title>Destination</title><p id="here">You have arrived.</p>');
      }, 150);
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteOrigin = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    vendors = await startVendorNetwork();
    browser = await launchChromium(vendors.chromiumArgs);
  }, 120_000);

  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close().catch(() => {})));
  });

  afterAll(async () => {
    await browser?.close();
    await vendors?.close();
    await server?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => (site ? site.close(resolve) : resolve(undefined)));
  });

  return {
    server: () => server,
    destination: () => siteOrigin,
    landings: () => [...landed],
    async open(options = {}) {
      const fakes = vendors.session();
      const userAgent = fakes.userAgent(options.userAgent ?? HUMAN_UA);
      const context = await newContext(browser, { viewport: { width: 1280, height: 860 }, ...options, userAgent });
      contexts.push(context);
      await fakes.attach(context);
      await routeFakeSites(context);
      const problems = await collectPageProblems(context, (url) => url.startsWith(server.url));
      const page = await context.newPage();
      return { context, page, fakes, problems };
    },
    async api(method, apiPath, body, key = OWNER_KEY) {
      const res = await server.api(method, apiPath, body, key);
      if (res.status >= 300) throw new Error(`${method} ${apiPath} → ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    },
  };
}

/** Sign in through the form and wait for the links screen. */
export async function signIn(page: Page, baseUrl: string, key: string = OWNER_KEY): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
}

/** Open a hash route of the signed-in app and wait for its h1. */
export async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

/**
 * `expect.poll` with room for a loaded CI machine (vitest's default gives up after one second).
 * @example await poll(() => page.getByTestId('link-row').count()).toBe(2);
 */
export function poll<T>(fn: () => Promise<T> | T, timeout = 15_000) {
  return expect.poll(fn, { timeout, interval: 100 });
}

/**
 * Wait until nothing on the page is loading (`aria-busy="true"`). Polled from the test side:
 * `waitForFunction` would evaluate a string inside the page, which the dashboard's CSP forbids.
 */
export async function settled(page: Page): Promise<void> {
  await poll(() => page.locator('[aria-busy="true"]').count()).toBe(0);
}

/** Takes a screenshot once the page has stopped loading; with `E2E_SCREENSHOTS=1` saves it as SCREENSHOT_DIR/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = true): Promise<void> {
  await settled(page);
  // Toasts are transient; leave them out of the documentation pictures. (Through the CSSOM:
  // Playwright's `style` option injects a <style> element, which the dashboard's CSP refuses.)
  const toasts = `document.querySelector('.toasts')`;
  await page.evaluate(`${toasts} && (${toasts}.style.visibility = 'hidden')`);
  await page.screenshot({ ...(WRITE_SCREENSHOTS ? { path: path.join(SCREENSHOT_DIR, `${name}.png`) } : {}), fullPage, animations: 'disabled', caret: 'hide' });
  await page.evaluate(`${toasts} && (${toasts}.style.visibility = '')`);
}

/**
 * Problems other than the line Chromium logs for every 4xx API answer (a bad key on purpose, a
 * refused field, the role probe): CSP violations, uncaught errors and real console errors remain.
 */
export function unexpected(problems: PageProblem[]): PageProblem[] {
  return problems.filter((p) => !(p.kind === 'console' && /^Failed to load resource: the server responded with a status of 4\d\d/.test(p.text)));
}

/**
 * Short URLs name `localhost` (the default PUBLIC_URL), which this sandbox's resolver may not know;
 * the server answers any unknown Host on the default domain, so the browser goes to 127.0.0.1.
 */
export function reachable(shortUrl: string, server: TestServer): string {
  const u = new URL(shortUrl);
  return `${server.url}${u.pathname}${u.search}`;
}

/** Whether the page is wider than the viewport (horizontal scrolling). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return (await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth')) as number;
}

/** Poll `check` until it returns true (for hooks, where `expect.poll` is not available). */
export async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
