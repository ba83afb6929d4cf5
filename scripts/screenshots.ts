/**
 * Re-takes the README's pictures (docs/screenshots/*.png) from the demo workspace in Chromium:
 * `npm run screenshots`. Run it by hand after a change to the dashboard or the consent prompt; it is
 * not part of `npm test`.
 *
 * It builds, creates the demo (`ricochet demo`'s data: 3,000 clicks over 30 days) in a temporary
 * directory, serves it on a free port with PUBLIC_URL=http://localhost:8080 (so the pictures show
 * the address a new user sees), and drives the system Chromium (CHROMIUM_PATH, /usr/bin/chromium)
 * with every host but this machine unresolvable: no request reaches the internet, vendor scripts
 * included.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { Browser, Page } from 'playwright-core';
import { prepareDemo } from '../src/cli/commands/demo.js';
import { loadConfig } from '../src/config.js';
import { buildServer } from '../src/server.js';
import { launchChromium } from '../test/e2e/support/browser.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/screenshots');
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 375, height: 740 };
const HUMAN_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

async function settled(page: Page): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if ((await page.locator('[aria-busy="true"]').count()) === 0) break;
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(300); // charts draw after their data arrives
}

async function shoot(page: Page, name: string, fullPage = true): Promise<void> {
  await settled(page);
  await page.screenshot({ path: path.join(OUT, `${name}.png`), fullPage, animations: 'disabled', caret: 'hide' });
  console.log(`docs/screenshots/${name}.png`);
}

async function go(page: Page, hash: string, heading: string | RegExp): Promise<void> {
  await page.evaluate(`location.hash = ${JSON.stringify(hash)}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Links' }).waitFor();
}

async function main(): Promise<void> {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-screenshots-'));
  const httpServer = http.createServer();
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', PUBLIC_URL: 'http://localhost:8080', LOG_LEVEL: 'silent' };
  let browser: Browser | undefined;
  try {
    const demo = await prepareDemo(loadConfig(env), { clicks: 3000, days: 30 });
    const server = await buildServer(loadConfig(env), { log: pino({ level: 'silent' }) });
    httpServer.on('request', server.listener);
    const url = `http://localhost:${port}`;
    fs.mkdirSync(OUT, { recursive: true });
    browser = await launchChromium();

    const context = await browser.newContext({ viewport: DESKTOP, userAgent: HUMAN_UA, serviceWorkers: 'block' });
    const page = await context.newPage();
    await page.goto(`${url}/`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await shoot(page, 'sign-in', false);
    await signIn(page, url, demo.secret);
    await shoot(page, 'links');

    const links = (await (await fetch(`${url}/api/v1/links?limit=100`, { headers: { authorization: `Bearer ${demo.secret}` } })).json()) as {
      data: Array<{ id: string; slug: string; title: string }>;
    };
    const guide = links.data.find((l) => l.slug === demo.slugs.get('marathon-guide'))!;
    await go(page, `#/links/${guide.id}`, guide.title);
    const month = page.getByRole('button', { name: '30 days' });
    if (await month.count()) await month.click();
    await shoot(page, 'link-analytics');
    await go(page, `#/links/${guide.id}/edit`, 'Edit link');
    await shoot(page, 'link-form');
    await go(page, '#/links/bulk', 'Bulk create');
    await shoot(page, 'bulk-create', false);
    await go(page, '#/analytics', 'Analytics');
    if (await month.count()) await month.click();
    await shoot(page, 'analytics');
    await go(page, '#/pixels', 'Pixels');
    await shoot(page, 'pixels');
    await page.getByRole('link', { name: /^Audience of Meta/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Audience: Meta/ }).waitFor();
    await shoot(page, 'audience');
    await go(page, '#/settings', 'Consent & settings');
    await shoot(page, 'consent-settings');

    // The pixel page a localhost visitor gets: no country, so the consent prompt first.
    const visitor = await context.newPage();
    await visitor.goto(`${url}/${demo.slugs.get('marathon-guide')}?utm_source=newsletter`);
    await visitor.getByRole('button', { name: 'Accept' }).waitFor();
    await shoot(visitor, 'consent-prompt', false);
    await context.close();

    const phone = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, userAgent: HUMAN_UA, serviceWorkers: 'block' });
    const phonePage = await phone.newPage();
    await signIn(phonePage, url, demo.secret);
    await shoot(phonePage, 'phone-links');
    await phone.close();

    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    await server.close();
  } finally {
    await browser?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
