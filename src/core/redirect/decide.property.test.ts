/**
 * Issue 14: properties of the redirect decision (`decide`), each in its test's name, over
 * generated links, requests, visitors, times and click counts (fast-check). The table in
 * decide.test.ts pins each case; these say what holds for every input.
 */
import { NO_BRAND } from '../workspace.js';
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from '../consent/settings.js';
import { newLink, REDIRECT_TYPES, type Link } from '../link.js';
import { PLATFORMS, type PixelRef } from '../pixels/platform.js';
import type { ResolvedLink } from '../resolved-link.js';
import type { RequestFacts } from '../request/facts.js';
import { classifyUserAgent } from '../request/visitor.js';
import { decide, PASSWORD_STATES, type DecideInput } from './decide.js';

const NOW = Date.UTC(2026, 0, 15, 12);
const UAS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
  'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)',
  'facebookexternalhit/1.1',
];
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const url = fc.constantFrom('https://shop.example/a', 'https://shop.example/b?x=1#f');

const link: fc.Arbitrary<Link> = fc.record({
  redirectType: fc.constantFrom(...REDIRECT_TYPES),
  forwardQuery: fc.boolean(),
  expiresAt: maybe(fc.integer({ min: NOW - 1000, max: NOW + 1000 })),
  expiredUrl: maybe(url),
  maxClicks: maybe(fc.integer({ min: 0, max: 5 })),
  limitUrl: maybe(url),
  passwordHash: maybe(fc.constant('scrypt$…')),
  og: maybe(fc.record({ title: fc.constantFrom(undefined, '', ' ', 'Sale') })),
  consent: maybe(fc.record({ policy: fc.constantFrom(...CONSENT_POLICIES), optInAction: fc.constantFrom(...OPT_IN_ACTIONS) })),
}).map((over) => ({ ...newLink('lnk_1', 'ws_1', 'https://shop.example/landing?utm_source=site', NOW - 86_400_000), slug: 's', ...over }) as Link);

const pixels: fc.Arbitrary<PixelRef[]> = fc.uniqueArray(fc.constantFrom(...PLATFORMS), { maxLength: 4 }).map((ps) => ps.map((platform, i) => ({ id: `px_${i}`, platform, tagId: `t${i}` })));

const facts: fc.Arbitrary<RequestFacts> = fc.record({
  method: fc.constantFrom('GET', 'HEAD', 'POST'),
  scheme: fc.constantFrom('http', 'https'),
  host: fc.constant('go.example'),
  path: fc.constant('/s'),
  query: fc.constantFrom('', 'fbclid=AbC', 'utm_source=ad&gclid=Cj0', 'gdpr=1&gdpr_consent=x'),
  userAgent: fc.constantFrom(...UAS),
  acceptLanguage: fc.constantFrom(null, 'de-DE,de;q=0.9'),
  referer: fc.constant(null),
  secGpc: fc.boolean(),
  prefetch: fc.boolean(),
  consentCookie: fc.constantFrom(null, 'accept', 'decline', 'junk'),
  country: fc.constantFrom(null, 'US', 'DE', 'GB', 'BR'),
}) as fc.Arbitrary<RequestFacts>;

const input: fc.Arbitrary<DecideInput> = fc
  .record({
    link: maybe(fc.record({ link, pixels })),
    notFoundUrl: maybe(url),
    facts,
    policy: fc.constantFrom(...CONSENT_POLICIES),
    clicksSoFar: fc.integer({ min: 0, max: 6 }),
    now: fc.integer({ min: NOW - 1000, max: NOW + 1000 }),
    password: fc.constantFrom(...PASSWORD_STATES),
    retryAfterSeconds: fc.option(fc.integer({ min: -5, max: 900 }), { nil: undefined }),
    // Mostly not blocklisted, so that open links stay frequent enough for the properties about them.
    blocked: fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 }, { arbitrary: fc.constant(true), weight: 1 }),
  })
  .map(({ link: l, notFoundUrl, facts: f, policy, clicksSoFar, now, password, retryAfterSeconds, blocked }) => {
    const resolved: ResolvedLink | null = l && { link: l.link, pixels: l.pixels, workspace: { id: 'ws_1', consent: { policy, optInAction: 'skip' }, privacyPolicyUrl: null, timeZone: 'UTC', conversionTracking: false, brand: NO_BRAND } };
    return { link: resolved, domain: { notFoundUrl }, facts: f, visitor: classifyUserAgent(f.userAgent), tcf: null, now, clicksSoFar, password, retryAfterSeconds, blocked };
  });

/** A click that may not reach the destination: unknown link, blocklisted, expired, over its limit, locked. */
const stopped = (i: DecideInput) => {
  const l = i.link?.link;
  return !l || i.blocked === true || (l.expiresAt !== null && i.now >= l.expiresAt) || (l.maxClicks !== null && i.clicksSoFar >= l.maxClicks) || (l.passwordHash !== null && i.password !== 'ok');
};

/**
 * A generated input turned into a human's GET or POST to a link that is open: not blocklisted,
 * not expired, under its limit, the password right if it has one (mapped rather than filtered, so
 * that the property does not run out of inputs).
 */
const humanOnOpenLink: fc.Arbitrary<DecideInput> = fc
  .tuple(input, fc.record({ link, pixels }), fc.constantFrom(UAS[0] as string, UAS[1] as string))
  .map(([i, fallback, human]) => {
    const resolved = i.link ?? { ...fallback, workspace: { id: 'ws_1', consent: { policy: 'never', optInAction: 'skip' }, privacyPolicyUrl: null, timeZone: 'UTC', conversionTracking: false, brand: NO_BRAND } };
    const l = resolved.link;
    const userAgent = classifyUserAgent(i.facts.userAgent).bot ? human : i.facts.userAgent;
    return {
      ...i,
      blocked: false,
      facts: { ...i.facts, prefetch: false, method: i.facts.method === 'HEAD' ? 'GET' : i.facts.method, userAgent },
      visitor: classifyUserAgent(userAgent),
      password: l.passwordHash === null ? i.password : 'ok',
      link: {
        ...resolved,
        link: {
          ...l,
          expiresAt: l.expiresAt !== null && i.now >= l.expiresAt ? i.now + 1 : l.expiresAt,
          maxClicks: l.maxClicks !== null && i.clicksSoFar >= l.maxClicks ? i.clicksSoFar + 1 : l.maxClicks,
        },
      },
    };
  });

describe('decide properties', () => {
  test.prop([input])('a prefetch or prerender is declined with 503 and never recorded, before anything else', (i) => {
    fc.pre(i.facts.prefetch);
    expect(decide(i)).toEqual({ kind: 'prefetch_declined', status: 503, record: { as: 'none', reason: 'prefetch' } });
  });

  test.prop([input])('the status is always one the kind allows, and a Location exactly when it is a 30x', (i) => {
    const d = decide(i);
    const allowed: Record<string, number[]> = {
      redirect: [...REDIRECT_TYPES], interstitial: [200], preview: [200], password: [200, 403, 429], blocked: [410],
      expired: [302, 410], limit_reached: [302, 410], not_found: [302, 404], prefetch_declined: [503],
    };
    expect(allowed[d.kind]).toContain(d.status);
    const location = 'location' in d ? d.location : null;
    expect(d.status >= 300 && d.status < 400).toBe(typeof location === 'string' && location.length > 0);
  });

  test.prop([input])('expired, limit_reached and not_found answer 302 to their URL when one is set, else their page (410, 410, 404)', (i) => {
    const d = decide(i);
    if (d.kind !== 'expired' && d.kind !== 'limit_reached' && d.kind !== 'not_found') return;
    const configured = d.kind === 'expired' ? i.link?.link.expiredUrl : d.kind === 'limit_reached' ? i.link?.link.limitUrl : i.domain.notFoundUrl;
    expect(d.location).toBe(configured ?? null);
    expect(d.status).toBe(configured ? 302 : d.kind === 'not_found' ? 404 : 410);
  });

  test.prop([input])('a protected link gives out nothing of its destination (no Location, no page, no pixels) until the password is right', (i) => {
    fc.pre(!i.facts.prefetch && i.link !== null && i.link.link.passwordHash !== null && i.password !== 'ok');
    const d = decide(i);
    expect(['password', 'blocked', 'expired', 'limit_reached']).toContain(d.kind);
    if (d.kind === 'password') {
      const expected = { none: [200, 'password_required'], wrong: [403, 'password_wrong'], throttled: [429, 'password_throttled'] } as const;
      const [status, reason] = expected[i.password as 'none' | 'wrong' | 'throttled'];
      expect(d.status).toBe(status);
      expect(d.record).toEqual({ as: 'none', reason });
      // A throttled form says when to come back (at least a second); the others do not.
      expect(d.retryAfterSeconds).toBe(i.password === 'throttled' ? Math.max(1, i.retryAfterSeconds ?? 1) : 0);
    }
  });

  test.prop([input])('a link with a blocklisted destination answers 410 "blocked" before its expiry, limit or password, and is never recorded', (i) => {
    fc.pre(!i.facts.prefetch && i.link !== null && i.blocked === true);
    expect(decide(i)).toEqual({ kind: 'blocked', status: 410, record: { as: 'none', reason: 'blocked' } });
  });

  test.prop([input])('a stopped click (unknown, blocklisted, expired, over its limit, locked) never fires a pixel and is never recorded', (i) => {
    fc.pre(stopped(i));
    const d = decide(i);
    expect(d.kind).not.toBe('interstitial');
    expect(d.record.as).toBe('none');
  });

  test.prop([input])('HEAD, bots and link-preview fetchers never get the interstitial and never count as human clicks', (i) => {
    fc.pre(i.facts.method === 'HEAD' || i.visitor.bot);
    const d = decide(i);
    expect(d.kind).not.toBe('interstitial');
    expect(d.record.as).not.toBe('human');
  });

  test.prop([input])('Sec-GPC: 1 never gets the interstitial', (i) => {
    fc.pre(i.facts.secGpc);
    expect(decide(i).kind).not.toBe('interstitial');
  });

  test.prop([input])('a direct redirect uses the link\'s own status, and its Location keeps every click id of the request', (i) => {
    const d = decide(i);
    if (d.kind !== 'redirect') return;
    expect(d.status).toBe(i.link?.link.redirectType);
    for (const id of ['fbclid=AbC', 'gclid=Cj0']) if (i.facts.query.includes(id)) expect(d.location).toContain(id);
    expect(d.location).not.toContain('gdpr_consent=x');
  });

  test.prop([humanOnOpenLink])('a human click on an open link is recorded as human, with a consent outcome for each of its pixels', (i) => {
    expect(stopped(i) || i.facts.prefetch || i.facts.method === 'HEAD' || i.visitor.bot).toBe(false);
    const d = decide(i);
    expect(d.record.as).toBe('human');
    if (d.record.as === 'human') expect(d.record.pixels.map((p) => p.id)).toEqual(i.link?.pixels.map((p) => p.id));
  });
});
