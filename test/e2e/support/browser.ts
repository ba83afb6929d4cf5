import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** The system Chromium (installed from apt); playwright-core ships no browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** Headless Chromium with everything that phones home switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

const LOCAL = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A fresh context for one test. Every request that is not to a local server is aborted unless a
 * route registered later answers it (Playwright runs the most recently registered route first), so
 * a test can never reach the internet: install vendor fakes and fake sites after this.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'block', ...options });
  await context.route('**/*', (route) =>
    LOCAL.has(new URL(route.request().url()).hostname) ? route.fallback() : route.abort('blockedbyclient'),
  );
  return context;
}
