import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

/** The system Chromium (installed from apt); playwright-core ships no browser. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/**
 * Nothing but the local servers resolves, so no request can reach the internet (routes, where a
 * test adds them, answer before any name is resolved). The vendor fakes' switches
 * (./vendor-network.ts) map the vendor hosts to the fake server and resolve nothing else either.
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

/**
 * A fresh context for one visitor or test. It has no request interception: the browser's resolver
 * (above) already keeps every request on this machine, and a route would pause every request of
 * the context for a round trip to Node, delaying the moment a pixel's hit reaches the wire.
 * Tests that need fake sites or an extra header add routes themselves.
 */
export function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  return browser.newContext({ serviceWorkers: 'block', ...options });
}
