import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CachedLink } from '../../app/redirect/link-cache.js';
import { utmOf } from '../../core/clicks/query-facts.js';
import { CONSENT_COOKIE_MAX_AGE_S, CONSENT_COOKIE_NAME } from '../../core/consent/cookie.js';
import { audienceEvent } from '../../core/redirect/audience-event.js';
import type { Decision } from '../../core/redirect/decision.js';
import { EN_STRINGS, renderInterstitial } from '../interstitial/render-page.js';
import { badRequestPage, expiredPage, limitReachedPage, notFoundPage, PAGE_CSP, passwordPage } from './pages.js';
import { previewPage } from './preview-page.js';
import type { RedirectDeps } from './redirect-handler.js';

export const BEACON_PATH = '/_r/beacon';

const DIRECT_HEADERS = { 'cache-control': 'private, max-age=0' } as const;

/** Turn a decision into the HTTP response; no further decisions are made here. */
export function respond(
  deps: RedirectDeps,
  req: IncomingMessage,
  res: ServerResponse,
  decision: Decision,
  clickId: string,
  cached: CachedLink,
  secure: boolean,
  query: string,
): void {
  switch (decision.kind) {
    case 'redirect': {
      // After the password form (a POST) the browser must GET the destination: 303, because a
      // 307/308 would re-send the password to a third party.
      res.writeHead(req.method === 'POST' ? 303 : decision.status, { location: decision.location, ...DIRECT_HEADERS });
      res.end();
      return;
    }
    case 'interstitial': {
      const nonce = randomBytes(16).toString('base64');
      const { link } = cached.resolved;
      let page: { html: string; csp: string };
      try {
        page = renderInterstitial({
          nonce,
          script: deps.interstitialScript,
          destination: decision.destination,
          timeoutMs: deps.ctx.config.pixelTimeoutMs,
          clickId,
          pixels: decision.prompt ? [...decision.pixels, ...decision.askPixels] : decision.pixels,
          event: audienceEvent(link, utmOf(query)),
          googleConsent: decision.googleConsent,
          beaconUrl: BEACON_PATH,
          prompt: decision.prompt
            ? {
                privacyPolicyUrl: cached.resolved.workspace.privacyPolicyUrl,
                cookieName: CONSENT_COOKIE_NAME,
                cookieMaxAgeSeconds: CONSENT_COOKIE_MAX_AGE_S,
                secure,
                strings: EN_STRINGS,
              }
            : null,
          lang: 'en',
        });
      } catch (error) {
        // The renderer refuses input it cannot make safe; the visitor still gets the destination.
        deps.ctx.log.error({ err: error, linkId: link.id }, 'interstitial not rendered; redirecting directly');
        res.writeHead(302, { location: decision.destination, ...DIRECT_HEADERS });
        res.end();
        return;
      }
      const { html, csp } = page;
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'content-security-policy': csp,
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    case 'preview':
      return sendPage(res, 200, previewPage(decision.og, decision.destination));
    case 'password':
      return sendPage(res, decision.status, passwordPage(req.url ?? '/', decision.wrong));
    case 'expired':
    case 'limit_reached':
    case 'not_found':
      if (decision.location) {
        res.writeHead(302, { location: decision.location, ...DIRECT_HEADERS });
        res.end();
        return;
      }
      return sendPage(res, decision.status, decision.kind === 'expired' ? expiredPage() : decision.kind === 'limit_reached' ? limitReachedPage() : notFoundPage());
    case 'prefetch_declined':
      res.writeHead(503, { 'cache-control': 'no-store', 'content-length': '0' });
      res.end();
      return;
  }
}


export function notFound(res: ServerResponse, notFoundUrl: string | null): void {
  if (notFoundUrl) {
    res.writeHead(302, { location: notFoundUrl, ...DIRECT_HEADERS });
    res.end();
    return;
  }
  sendPage(res, 404, notFoundPage());
}

export function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
    'x-robots-tag': 'noindex',
  });
  res.end(res.req.method === 'HEAD' ? undefined : html);
}
