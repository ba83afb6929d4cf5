import { NO_BRAND } from '../../core/workspace.js';
import { describe, expect, it } from 'vitest';
import { newLink } from '../../core/link.js';
import type { PixelRef } from '../../core/pixels/platform.js';
import { decide, notFound } from '../../core/redirect/decide.js';
import type { Decision } from '../../core/redirect/decision.js';
import type { ResolvedLink } from '../../core/resolved-link.js';
import type { RequestFacts } from '../../core/request/facts.js';
import { classifyUserAgent } from '../../core/request/visitor.js';
import { badRequest, buildResponse, type ResponseContext } from './respond.js';
import { PAGE_CSP } from './pages.js';

// Issue 14: every decision's response, status and headers exact, including the one fallback.
const NOW = Date.UTC(2026, 0, 15, 12);
const META: PixelRef = { id: 'px_m', platform: 'meta', tagId: '123456789012345' };
const DEST = 'https://shop.example/landing';
const CHROME = classifyUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36');

function resolved(over: Partial<ResolvedLink['link']> = {}, pixels: PixelRef[] = [META]): ResolvedLink {
  return {
    link: { ...newLink('lnk_1', 'ws_1', DEST, NOW - 1000), slug: 'sale', pixelIds: pixels.map((p) => p.id), ...over },
    pixels,
    workspace: { id: 'ws_1', consent: { policy: 'never', optInAction: 'skip' }, privacyPolicyUrl: 'https://shop.example/privacy', timeZone: 'UTC', conversionTracking: false, brand: NO_BRAND },
  };
}

const FACTS: RequestFacts = {
  method: 'GET', scheme: 'https', host: 'go.example', path: '/sale', query: '', userAgent: 'x', acceptLanguage: '',
  referer: null, secGpc: false, prefetch: false, consentCookie: null, country: 'US',
};

type Over = { facts?: Partial<RequestFacts>; password?: 'none' | 'ok' | 'wrong' | 'throttled'; retryAfterSeconds?: number; blocked?: boolean; clicksSoFar?: number; now?: number };

function decideFor(link: ResolvedLink | null, over: Over = {}): Decision {
  return decide({
    link, domain: { notFoundUrl: null }, facts: { ...FACTS, ...over.facts }, visitor: CHROME, tcf: null,
    now: over.now ?? NOW, clicksSoFar: over.clicksSoFar ?? 0, password: over.password ?? 'none',
    retryAfterSeconds: over.retryAfterSeconds, blocked: over.blocked,
  });
}

function context(over: Partial<ResponseContext> = {}, nonce = 'bm9uY2U='): ResponseContext {
  return { method: 'GET', url: '/sale?a=1', secure: true, link: null, clickId: 'clk_1', query: '', acceptLanguage: '', interstitial: { script: 'void 0', timeoutMs: 800, nonce: () => nonce }, ...over };
}

const PAGE_HEADERS = {
  'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff', 'referrer-policy': 'no-referrer', 'x-robots-tag': 'noindex',
};

describe('buildResponse', () => {
  it('the small pages\' policy allows no script, no framing and forms to this origin only', () => {
    expect(PAGE_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
  });

  it.each([301, 302, 307, 308] as const)('a direct redirect answers the link\'s %i with Location and private, max-age=0', (status) => {
    const r = buildResponse(decideFor(resolved({ redirectType: status }, [])), context());
    expect(r).toEqual({ status, headers: { location: DEST, 'cache-control': 'private, max-age=0' }, body: null });
  });

  it('after the password form (a POST) a direct redirect is 303, whatever the link\'s type', () => {
    const decision = decideFor(resolved({ redirectType: 308 }, []), { password: 'ok' });
    expect(buildResponse(decision, context({ method: 'POST' }))).toEqual({ status: 303, headers: { location: DEST, 'cache-control': 'private, max-age=0' }, body: null });
  });

  it('the interstitial: 200, no-store, noindex, its own CSP with the nonce, the destination in the page; no body for HEAD', () => {
    const link = resolved();
    const decision = decideFor(link);
    expect(decision.kind).toBe('interstitial');
    const r = buildResponse(decision, context({ link }));
    expect(r.status).toBe(200);
    expect(r.headers).toMatchObject({ 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-robots-tag': 'noindex', 'referrer-policy': 'strict-origin-when-cross-origin' });
    expect(r.headers['content-security-policy']).toContain("'nonce-bm9uY2U='");
    expect(r.headers.location).toBeUndefined();
    expect(r.body).toContain(DEST);
    expect(r.body).toContain('clk_1');
    expect(buildResponse(decision, context({ link, method: 'HEAD' })).body).toBeNull();
  });

  it('an interstitial the renderer refuses falls back to a 302 to the destination, and reports why', () => {
    const link = resolved({ redirectType: 301 });
    const decision = decideFor(link);
    const errors: unknown[] = [];
    // A nonce that is not base64 is input the renderer cannot make safe.
    const r = buildResponse(decision, context({ link }, 'not a "nonce"'), (error) => errors.push(error));
    expect(r).toEqual({ status: 302, headers: { location: DEST, 'cache-control': 'private, max-age=0' }, body: null });
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toMatch(/nonce/);
  });

  it('the consent prompt is rendered with the secure flag of the request', () => {
    const link = { ...resolved(), workspace: { ...resolved().workspace, consent: { policy: 'always', optInAction: 'ask' } as const } };
    const decision = decideFor(link);
    expect(decision.kind === 'interstitial' && decision.prompt).toBe(true);
    expect(buildResponse(decision, context({ link, secure: true })).body).toContain('"secure":true');
    expect(buildResponse(decision, context({ link, secure: false })).body).toContain('"secure":false');
  });

  it('the password form: 200 first, 403 after a wrong password, posting back to the request target', () => {
    const link = resolved({ passwordHash: 'scrypt$x' }, []);
    const first = buildResponse(decideFor(link), context());
    expect(first.status).toBe(200);
    expect(first.headers).toEqual(PAGE_HEADERS);
    expect(first.body).toContain('action="/sale?a=1"');
    expect(first.body).not.toContain('not right');
    const wrong = buildResponse(decideFor(link, { password: 'wrong' }), context({ method: 'POST' }));
    expect(wrong.status).toBe(403);
    expect(wrong.headers).toEqual(PAGE_HEADERS);
    expect(wrong.body).toContain('That password is not right.');
  });

  it('the password form while guesses are throttled: 429 with Retry-After in whole seconds', () => {
    const link = resolved({ passwordHash: 'scrypt$x' }, []);
    const r = buildResponse(decideFor(link, { password: 'throttled', retryAfterSeconds: 42 }), context({ method: 'POST' }));
    expect(r.status).toBe(429);
    expect(r.headers).toEqual({ ...PAGE_HEADERS, 'retry-after': '42' });
    expect(r.body).toContain('action="/sale?a=1"');
  });

  it('a link whose destination is blocked: the 410 page, no Location, no body for HEAD', () => {
    const decision = decideFor(resolved(), { blocked: true });
    const r = buildResponse(decision, context());
    expect(r.status).toBe(410);
    expect(r.headers).toEqual(PAGE_HEADERS);
    expect(r.body).toMatch(/disabled/);
    expect(buildResponse(decision, context({ method: 'HEAD' }))).toEqual({ status: 410, headers: PAGE_HEADERS, body: null });
  });

  it.each([
    ['expired', { expiresAt: NOW - 1, expiredUrl: 'https://shop.example/over' }, {}, 'https://shop.example/over'],
    ['limit reached', { maxClicks: 3, limitUrl: 'https://shop.example/full' }, { clicksSoFar: 3 }, 'https://shop.example/full'],
  ] as const)('%s with a URL: 302 to it, even for a 301 link', (_name, over, input, location) => {
    const r = buildResponse(decideFor(resolved({ ...over, redirectType: 301 }, []), input), context());
    expect(r).toEqual({ status: 302, headers: { location, 'cache-control': 'private, max-age=0' }, body: null });
  });

  it.each([
    ['expired', decideFor(resolved({ expiresAt: NOW }, [])), 410, /has expired/],
    ['limit reached', decideFor(resolved({ maxClicks: 1 }, []), { clicksSoFar: 1 }), 410, /no longer available/],
    ['not found', notFound(null), 404, /does not exist/],
  ] as const)('%s without a URL: the page with its status, no body for HEAD', (_name, decision, status, text) => {
    const r = buildResponse(decision, context());
    expect(r.status).toBe(status);
    expect(r.headers).toEqual(PAGE_HEADERS);
    expect(r.body).toMatch(text);
    expect(buildResponse(decision, context({ method: 'HEAD' }))).toEqual({ status, headers: PAGE_HEADERS, body: null });
  });

  it('not found with notFoundUrl: 302 to it', () => {
    expect(buildResponse(notFound('https://shop.example/404'), context())).toEqual({
      status: 302, headers: { location: 'https://shop.example/404', 'cache-control': 'private, max-age=0' }, body: null,
    });
  });

  it('a link-preview fetcher gets the Open Graph page (200)', () => {
    const link = resolved({ og: { title: 'Sale <now>' } }, []);
    const decision = decide({ link, domain: { notFoundUrl: null }, facts: FACTS, visitor: classifyUserAgent('Slackbot-LinkExpanding 1.0'), tcf: null, now: NOW, clicksSoFar: 0, password: 'none' });
    const r = buildResponse(decision, context());
    expect(r.status).toBe(200);
    expect(r.headers).toEqual(PAGE_HEADERS);
    expect(r.body).toContain('<title>Sale &#60;now&#62;</title>');
  });

  it('a prefetch: 503, no-store, an empty body', () => {
    expect(buildResponse(decideFor(resolved(), { facts: { prefetch: true } }), context())).toEqual({
      status: 503, headers: { 'cache-control': 'no-store', 'content-length': '0' }, body: null,
    });
  });

  it('badRequest: 400 or 414 with the bad-request page; HEAD without a body', () => {
    for (const status of [400, 414] as const) {
      const r = badRequest(status, 'GET');
      expect(r.status).toBe(status);
      expect(r.headers).toEqual(PAGE_HEADERS);
      expect(r.body).toMatch(/Bad request/);
      expect(badRequest(status, 'HEAD').body).toBeNull();
      expect(badRequest(status, 'POST').body).toMatch(/Bad request/);
    }
  });
});
