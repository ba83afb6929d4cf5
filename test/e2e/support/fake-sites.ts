import type { BrowserContext } from 'playwright-core';

/** Hosts under the reserved `.example` TLD stand for destinations and referring pages. */
export const SITE_SUFFIX = '.example';

/**
 * Answers every `https://*.example/…` request with a tiny HTML page: `pages[url]` when given (full
 * URL, query included), otherwise a page echoing its own URL. Lets tests land on a destination and
 * start from a referring page without any network.
 */
export async function routeFakeSites(context: BrowserContext, pages: Record<string, string> = {}): Promise<void> {
  await context.route(
    (url) => url.hostname.endsWith(SITE_SUFFIX),
    (route) => {
      const url = route.request().url();
      const body = pages[url] ?? `<!doctype html><title>site</title><p id="here">${url.replace(/[<>&"]/g, '')}</p>`;
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
    },
  );
}
