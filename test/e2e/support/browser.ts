import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** The system Chromium (installed from apt); playwright-core ships no browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Nothing but the local servers resolves: a request a route does not answer can never reach the
 * internet, even if a test forgot its routes (routes answer before any name is resolved).
 */
const LOCAL_ONLY = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost';

/**
 * Headless Chromium with everything that phones home switched off; `extraArgs` are further
 * switches (one with its own `--host-resolver-rules` replaces the local-only rule).
 */
export function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const rules = extraArgs.some((a) => a.startsWith('--host-resolver-rules=')) ? [] : [LOCAL_ONLY];
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
      ...rules,
      ...extraArgs,
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
