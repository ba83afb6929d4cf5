import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchChromium, newContext } from './browser.js';
import { routeFakeSites } from './fake-sites.js';
import { BEACON_PATH } from './interstitial-fixture.js';
import { collectPageProblems, type PageProblem } from './page-problems.js';
import { startPageServer, type PageServer } from './page-server.js';
import { installVendorFakes, type VendorFakeOptions, type VendorFakes } from './vendor-fakes.js';

export interface Session {
  context: BrowserContext;
  page: Page;
  fakes: VendorFakes;
  /** CSP violations, console errors and exceptions of the interstitial (not of the fake sites). */
  problems: PageProblem[];
}

export interface SessionOptions {
  fakes?: VendorFakeOptions;
  sites?: Record<string, string>;
  context?: BrowserContextOptions;
}

/**
 * Registers the suite's hooks: one Chromium and one page server per file, a fresh context per test
 * with vendor fakes, fake sites and problem collection, closed after the test.
 */
export function useInterstitialSuite(): { open(options?: SessionOptions): Promise<Session>; server(): PageServer } {
  let browser: Browser;
  let server: PageServer;
  const open: Session[] = [];

  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), startPageServer(BEACON_PATH)]);
  });
  afterEach(async () => {
    for (const s of open.splice(0)) {
      await s.fakes.release();
      await s.context.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    server: () => server,
    async open(options = {}) {
      const context = await newContext(browser, options.context);
      const problems = await collectPageProblems(context, (url) => url.startsWith(server.origin));
      const fakes = await installVendorFakes(context, options.fakes);
      await routeFakeSites(context, options.sites);
      const page = await context.newPage();
      const session = { context, page, fakes, problems };
      open.push(session);
      return session;
    },
  };
}
