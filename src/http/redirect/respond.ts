import { utmOf } from '../../core/clicks/query-facts.js';
import { CONSENT_COOKIE_MAX_AGE_S, CONSENT_COOKIE_NAME } from '../../core/consent/cookie.js';
import { audienceEvent } from '../../core/redirect/audience-event.js';
import type { Decision } from '../../core/redirect/decision.js';
import type { ResolvedLink } from '../../core/resolved-link.js';
import { EN_STRINGS, renderInterstitial } from '../interstitial/render-page.js';
import { badRequestPage, blockedPage, expiredPage, limitReachedPage, notFoundPage, PAGE_CSP, passwordPage } from './pages.js';
import { previewPage } from './preview-page.js';

export const BEACON_PATH = '/_r/beacon';

/** A response as data: the handler writes it. */
export interface RedirectResponse {
  status: number;
  headers: Readonly<Record<string, string>>;
  /** Null for HEAD and for bodiless answers. */
  body: string | null;
}

/** What a response needs besides the decision. Plain data: no request, no handler types. */
export interface ResponseContext {
  method: 'GET' | 'HEAD' | 'POST';
  /** The request target as received (the password form posts back to it). */
  url: string;
  secure: boolean;
  /** The resolved link, for decisions about one (the interstitial needs its event and workspace). */
  link: ResolvedLink | null;
  /** For the interstitial: the click id (the pixels' dedup key), the raw query, the script and a fresh nonce. */
  clickId: string;
  query: string;
  interstitial: { script: string; timeoutMs: number; nonce: () => string };
}

const DIRECT_HEADERS = { 'cache-control': 'private, max-age=0' } as const;
const redirect = (status: number, location: string): RedirectResponse => ({ status, headers: { location, ...DIRECT_HEADERS }, body: null });

/**
 * Turn a decision into the HTTP response (docs/architecture.md); no further decisions are made here
 * except one fallback: an interstitial the renderer refuses (input it cannot make safe) becomes a
 * direct redirect, reported through `onRenderError`.
 */
export function buildResponse(decision: Decision, c: ResponseContext, onRenderError: (error: unknown) => void = () => {}): RedirectResponse {
  switch (decision.kind) {
    case 'redirect':
      // After the password form (a POST) the browser must GET the destination: 303, because a
      // 307/308 would re-send the password to a third party.
      return redirect(c.method === 'POST' ? 303 : decision.status, decision.location);
    case 'interstitial': {
      const resolved = c.link as ResolvedLink;
      let page: { html: string; csp: string };
      try {
        page = renderInterstitial({
          nonce: c.interstitial.nonce(),
          script: c.interstitial.script,
          destination: decision.destination,
          timeoutMs: c.interstitial.timeoutMs,
          clickId: c.clickId,
          pixels: decision.prompt ? [...decision.pixels, ...decision.askPixels] : decision.pixels,
          event: audienceEvent(resolved.link, utmOf(c.query)),
          googleConsent: decision.googleConsent,
          beaconUrl: BEACON_PATH,
          prompt: decision.prompt
            ? {
                privacyPolicyUrl: resolved.workspace.privacyPolicyUrl,
                cookieName: CONSENT_COOKIE_NAME,
                cookieMaxAgeSeconds: CONSENT_COOKIE_MAX_AGE_S,
                secure: c.secure,
                strings: EN_STRINGS,
              }
            : null,
          lang: 'en',
        });
      } catch (error) {
        // The visitor still gets the destination.
        onRenderError(error);
        return redirect(302, decision.destination);
      }
      return {
        status: 200,
        headers: {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
          'x-robots-tag': 'noindex',
          'referrer-policy': 'strict-origin-when-cross-origin',
          'x-content-type-options': 'nosniff',
          'content-security-policy': page.csp,
        },
        body: c.method === 'HEAD' ? null : page.html,
      };
    }
    case 'preview':
      return page(c, 200, previewPage(decision.og, decision.destination));
    case 'password': {
      const answer = page(c, decision.status, passwordPage(c.url, decision.wrong, decision.retryAfterSeconds));
      return decision.status === 429 ? { ...answer, headers: { ...answer.headers, 'retry-after': String(decision.retryAfterSeconds) } } : answer;
    }
    case 'blocked':
      return page(c, decision.status, blockedPage());
    case 'expired':
    case 'limit_reached':
    case 'not_found':
      if (decision.location) return redirect(302, decision.location);
      return page(c, decision.status, decision.kind === 'expired' ? expiredPage() : decision.kind === 'limit_reached' ? limitReachedPage() : notFoundPage());
    case 'prefetch_declined':
      return { status: 503, headers: { 'cache-control': 'no-store', 'content-length': '0' }, body: null };
  }
}

/** A malformed (400) or over-long (414) request target. */
export function badRequest(status: 400 | 414, method: string): RedirectResponse {
  return page({ method: method === 'HEAD' ? 'HEAD' : 'GET' }, status, badRequestPage());
}

/** Every small page's headers (issue 17: CSP, nosniff and a referrer policy on every HTML answer). */
const HTML_PAGE_HEADERS = Object.freeze({
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'no-store',
  'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex',
});

function page(c: Pick<ResponseContext, 'method'>, status: number, html: string): RedirectResponse {
  return {
    status,
    headers: HTML_PAGE_HEADERS,
    body: c.method === 'HEAD' ? null : html,
  };
}
