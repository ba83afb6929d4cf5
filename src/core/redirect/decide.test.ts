import { describe, expect, it } from 'vitest';
import type { ConsentSettings } from '../consent/settings.js';
import type { TcfSignal } from '../consent/tcf-signal.js';
import { newLink, type Link } from '../link.js';
import type { PixelRef } from '../pixels/platform.js';
import type { ResolvedLink } from '../resolved-link.js';
import type { RequestFacts } from '../request/facts.js';
import { classifyUserAgent, type Visitor } from '../request/visitor.js';
import { decide, type DecideInput, type PasswordState } from './decide.js';
import { DIRECT_REASONS, NOT_RECORDED_REASONS, type Decision } from './decision.js';

// ── Fixtures ─────────────────────────────────────────────────────────────────────────────────
const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const GOOGLE: PixelRef = { id: 'px_g', platform: 'google_ads', tagId: 'AW-123456789' };
const META: PixelRef = { id: 'px_m', platform: 'meta', tagId: '123456789012345' };
const DEST = 'https://shop.example/landing?utm_source=site';

const HUMAN = classifyUserAgent(
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
);
const DESKTOP = classifyUserAgent('Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0');
const GOOGLEBOT = classifyUserAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)');
const SLACK_PREVIEW = classifyUserAgent('Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)');

const TCF_GOOGLE: TcfSignal = {
  status: 'valid',
  purposeConsents: new Set([1, 3, 4, 7]),
  vendorConsents: new Set([755]),
  restrictedVendors: new Set(),
};

function link(over: Partial<Link> = {}): Link {
  return {
    ...newLink('lnk_1', 'ws_1', DEST, NOW - 86_400_000),
    slug: 'sale',
    pixelIds: ['px_g', 'px_m'],
    ...over,
  };
}

function facts(over: Partial<RequestFacts> = {}): RequestFacts {
  return {
    method: 'GET',
    scheme: 'https',
    host: 'go.example',
    path: '/sale',
    query: 'fbclid=AbC',
    userAgent: 'test',
    acceptLanguage: 'en-US,en;q=0.9',
    referer: null,
    secGpc: false,
    prefetch: false,
    consentCookie: null,
    country: 'US',
    ...over,
  };
}

interface Case {
  name: string;
  /** `null` = no such slug. */
  link?: Partial<Link> | null;
  pixels?: PixelRef[];
  workspaceConsent?: ConsentSettings;
  facts?: Partial<RequestFacts>;
  visitor?: Visitor;
  tcf?: TcfSignal | null;
  clicksSoFar?: number;
  password?: PasswordState;
  retryAfterSeconds?: number;
  blocked?: boolean;
  notFoundUrl?: string | null;
  expected: Record<string, unknown>;
}

function run(c: Case): Decision {
  const resolved: ResolvedLink | null =
    c.link === null
      ? null
      : {
          link: link(c.link),
          pixels: c.pixels ?? [GOOGLE, META],
          workspace: {
            id: 'ws_1',
            consent: c.workspaceConsent ?? { policy: 'regional', optInAction: 'skip' },
            privacyPolicyUrl: null,
            timeZone: 'UTC',
            conversionTracking: false,
          },
        };
  const input: DecideInput = {
    link: resolved,
    domain: { notFoundUrl: c.notFoundUrl ?? null },
    facts: facts(c.facts),
    visitor: c.visitor ?? HUMAN,
    tcf: c.tcf ?? null,
    now: NOW,
    clicksSoFar: c.clicksSoFar ?? 0,
    password: c.password ?? 'none',
    ...(c.retryAfterSeconds !== undefined ? { retryAfterSeconds: c.retryAfterSeconds } : {}),
    ...(c.blocked !== undefined ? { blocked: c.blocked } : {}),
  };
  return decide(input);
}

const HUMAN_FIRE_ALL = { as: 'human', consent: 'not_required', pixelIds: ['px_g', 'px_m'] };
const GRANTED = { ad_storage: 'granted', ad_user_data: 'granted', ad_personalization: 'granted', analytics_storage: 'granted' };
const DENIED = { ad_storage: 'denied', ad_user_data: 'denied', ad_personalization: 'denied', analytics_storage: 'denied' };
const WITH_CLICK_ID = `${DEST}&fbclid=AbC`;

// ── The table ────────────────────────────────────────────────────────────────────────────────
const CASES: Case[] = [
  // Not found
  { name: 'unknown slug → 404 page', link: null,
    expected: { kind: 'not_found', status: 404, location: null, record: { as: 'none', reason: 'not_found' } } },
  { name: 'unknown slug, domain has notFoundUrl → 302 there', link: null, notFoundUrl: 'https://brand.example/',
    expected: { kind: 'not_found', status: 302, location: 'https://brand.example/' } },

  // Blocklist (issue 17)
  { name: 'destination on the blocklist → 410 disabled page, nothing fires or counts', blocked: true,
    expected: { kind: 'blocked', status: 410, record: { as: 'none', reason: 'blocked' } } },
  { name: 'blocked wins over password, expiry and bots', blocked: true, link: { passwordHash: 'scrypt$x', expiresAt: NOW - 1 }, visitor: GOOGLEBOT,
    expected: { kind: 'blocked' } },
  { name: 'blocked, unknown slug → still the not-found answer', blocked: true, link: null,
    expected: { kind: 'not_found' } },

  // Expiry
  { name: 'expired, no expiredUrl → 410 page', link: { expiresAt: NOW - 1 },
    expected: { kind: 'expired', status: 410, location: null, record: { as: 'none', reason: 'expired' } } },
  { name: 'expired with expiredUrl → 302 there (incoming query not merged)', link: { expiresAt: NOW - 1, expiredUrl: 'https://shop.example/over' },
    expected: { kind: 'expired', status: 302, location: 'https://shop.example/over' } },
  { name: 'expiresAt exactly now → expired', link: { expiresAt: NOW },
    expected: { kind: 'expired' } },
  { name: 'expiresAt 1 ms ahead → still live', link: { expiresAt: NOW + 1 },
    expected: { kind: 'interstitial' } },
  { name: 'expired + password protected → expired (no password prompt for a dead link)', link: { expiresAt: NOW - 1, passwordHash: 'scrypt$x' }, password: 'wrong',
    expected: { kind: 'expired', status: 410 } },
  { name: 'expired + bot → expired, not recorded as a bot click', link: { expiresAt: NOW - 1 }, visitor: GOOGLEBOT,
    expected: { kind: 'expired', record: { as: 'none', reason: 'expired' } } },

  // Click limit
  { name: 'maxClicks reached → 410 page', link: { maxClicks: 100 }, clicksSoFar: 100,
    expected: { kind: 'limit_reached', status: 410, location: null, record: { as: 'none', reason: 'limit_reached' } } },
  { name: 'maxClicks reached with limitUrl → 302 there', link: { maxClicks: 100, limitUrl: 'https://shop.example/sold-out' }, clicksSoFar: 250,
    expected: { kind: 'limit_reached', status: 302, location: 'https://shop.example/sold-out' } },
  { name: 'one click below maxClicks → allowed', link: { maxClicks: 100 }, clicksSoFar: 99,
    expected: { kind: 'interstitial', record: HUMAN_FIRE_ALL } },
  { name: 'maxClicks 0 → limited from the start', link: { maxClicks: 0 },
    expected: { kind: 'limit_reached' } },
  { name: 'limit + password → limit first', link: { maxClicks: 1, passwordHash: 'scrypt$x' }, clicksSoFar: 1,
    expected: { kind: 'limit_reached' } },

  // Password
  { name: 'password required, none presented → form', link: { passwordHash: 'scrypt$x' },
    expected: { kind: 'password', status: 200, wrong: false, record: { as: 'none', reason: 'password_required' } } },
  { name: 'password throttled (link locked or client over its attempts) → 429 with the wait', link: { passwordHash: 'scrypt$x' }, password: 'throttled', retryAfterSeconds: 90,
    expected: { kind: 'password', status: 429, wrong: false, retryAfterSeconds: 90, record: { as: 'none', reason: 'password_throttled' } } },
  { name: 'wrong password → form again, 403', link: { passwordHash: 'scrypt$x' }, password: 'wrong',
    expected: { kind: 'password', status: 403, wrong: true, record: { as: 'none', reason: 'password_wrong' } } },
  { name: 'right password → continues to pixels', link: { passwordHash: 'scrypt$x' }, password: 'ok',
    expected: { kind: 'interstitial', destination: WITH_CLICK_ID, record: HUMAN_FIRE_ALL } },
  { name: 'password + HEAD → password (HEAD must not reveal the destination)', link: { passwordHash: 'scrypt$x' }, facts: { method: 'HEAD' },
    expected: { kind: 'password', wrong: false } },
  { name: 'password + preview bot → password (no destination or OG leak)', link: { passwordHash: 'scrypt$x', og: { title: 'Secret' } }, visitor: SLACK_PREVIEW,
    expected: { kind: 'password' } },
  { name: 'password state ignored on an unprotected link', password: 'wrong',
    expected: { kind: 'interstitial' } },

  // Prefetch / prerender
  { name: 'prefetch on a pixel link → 503, not recorded', facts: { prefetch: true },
    expected: { kind: 'prefetch_declined', status: 503, record: { as: 'none', reason: 'prefetch' } } },
  { name: 'prefetch on a link without pixels → still declined (the real click must come back)', pixels: [], facts: { prefetch: true },
    expected: { kind: 'prefetch_declined' } },
  { name: 'prefetch on an unknown slug → declined', link: null, facts: { prefetch: true },
    expected: { kind: 'prefetch_declined' } },

  // HEAD
  { name: 'HEAD on an interstitial link → the direct redirect, not recorded', facts: { method: 'HEAD' },
    expected: { kind: 'redirect', status: 302, location: WITH_CLICK_ID, why: 'head', record: { as: 'none', reason: 'head' } } },
  { name: 'HEAD on a 308 link → 308', link: { redirectType: 308 }, facts: { method: 'HEAD' },
    expected: { kind: 'redirect', status: 308, why: 'head' } },
  { name: 'HEAD from a preview bot on an OG link → redirect (HEAD first)', link: { og: { title: 'Sale' } }, visitor: SLACK_PREVIEW, facts: { method: 'HEAD' },
    expected: { kind: 'redirect', why: 'head' } },

  // Bots and previews
  { name: 'crawler on a pixel link → direct redirect, recorded as bot, no pixels', visitor: GOOGLEBOT,
    expected: { kind: 'redirect', status: 302, location: WITH_CLICK_ID, why: 'bot', record: { as: 'bot' } } },
  { name: 'crawler with an Accept cookie and policy never → still no pixels', visitor: GOOGLEBOT, workspaceConsent: { policy: 'never', optInAction: 'skip' }, facts: { consentCookie: 'accept' },
    expected: { kind: 'redirect', why: 'bot' } },
  { name: 'preview bot on a link with OG fields → OG page', link: { og: { title: 'Summer sale', image: 'https://cdn.example/s.png' } }, visitor: SLACK_PREVIEW,
    expected: { kind: 'preview', status: 200, destination: WITH_CLICK_ID, og: { title: 'Summer sale', image: 'https://cdn.example/s.png' }, record: { as: 'bot' } } },
  { name: 'preview bot on a link without OG → direct redirect', visitor: SLACK_PREVIEW,
    expected: { kind: 'redirect', why: 'bot', record: { as: 'bot' } } },
  { name: 'preview bot, OG fields all blank → direct redirect', link: { og: { title: '  ', description: '' } }, visitor: SLACK_PREVIEW,
    expected: { kind: 'redirect', why: 'bot' } },
  { name: 'crawler (not a previewer) on an OG link → redirect, not the OG page', link: { og: { title: 'Sale' } }, visitor: GOOGLEBOT,
    expected: { kind: 'redirect', why: 'bot' } },

  // Humans, pixels and consent
  { name: 'US visitor, regional policy → interstitial with every pixel', 
    expected: { kind: 'interstitial', status: 200, destination: WITH_CLICK_ID, pixels: [GOOGLE, META], askPixels: [], prompt: false, googleConsent: GRANTED, record: HUMAN_FIRE_ALL } },
  { name: 'link without pixels → direct redirect, a human click', pixels: [],
    expected: { kind: 'redirect', status: 302, location: WITH_CLICK_ID, why: 'no_pixels', record: { as: 'human', consent: 'no_pixels', pixelIds: [] } } },
  { name: 'DE visitor, consent needed, skip → direct redirect', facts: { country: 'DE' },
    expected: { kind: 'redirect', why: 'consent', record: { as: 'human', consent: 'suppressed_region', pixelIds: [] } } },
  { name: 'unknown country counts as opt-in → direct redirect', facts: { country: null },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_region' } } },
  { name: 'DE visitor, ask → interstitial with the prompt and no pixel yet', facts: { country: 'DE' }, workspaceConsent: { policy: 'regional', optInAction: 'ask' },
    expected: { kind: 'interstitial', pixels: [], askPixels: [GOOGLE, META], prompt: true, googleConsent: DENIED, record: { as: 'human', consent: 'prompt', pixelIds: [] } } },
  { name: 'link override optInAction ask over a workspace skip', facts: { country: 'DE' }, link: { consent: { optInAction: 'ask' } },
    expected: { kind: 'interstitial', prompt: true } },
  { name: 'link override policy never over a workspace regional → pixels fire in DE', facts: { country: 'DE' }, link: { consent: { policy: 'never' } },
    expected: { kind: 'interstitial', pixels: [GOOGLE, META], record: { consent: 'policy_never' } } },
  { name: 'server-only link, pixels may fire → direct redirect; the pixels are recorded as firing (server-side events)', link: { serverOnly: true },
    expected: { kind: 'redirect', why: 'server_only', status: 302, record: { ...HUMAN_FIRE_ALL, pixels: [{ id: 'px_g', outcome: 'fire' }, { id: 'px_m', outcome: 'fire' }] } } },
  { name: 'server-only link, consent needed and "ask" → no page to ask on: as skip, direct redirect', link: { serverOnly: true }, facts: { country: 'DE' }, workspaceConsent: { policy: 'regional', optInAction: 'ask' },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_region', pixels: [{ id: 'px_g', outcome: 'no_consent' }, { id: 'px_m', outcome: 'no_consent' }] } } },
  { name: 'server-only link with GPC → nothing fires', link: { serverOnly: true }, facts: { secGpc: true },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_gpc' } } },
  { name: 'link override policy always → a US visitor needs consent', link: { consent: { policy: 'always' } },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_region' } } },
  { name: 'DE visitor with the Accept cookie → every pixel', facts: { country: 'DE', consentCookie: 'accept' },
    expected: { kind: 'interstitial', pixels: [GOOGLE, META], googleConsent: GRANTED, record: { consent: 'granted_cookie' } } },
  { name: 'Decline cookie → direct redirect at once, even where no consent is needed', facts: { consentCookie: 'decline' },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'denied_cookie', pixelIds: [] } } },
  { name: 'malformed cookie = no answer', facts: { country: 'DE', consentCookie: 'ACCEPT!!' },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_region' } } },
  { name: 'Sec-GPC: 1 → no pixels, direct redirect', facts: { secGpc: true },
    expected: { kind: 'redirect', why: 'consent', record: { as: 'human', consent: 'suppressed_gpc', pixelIds: [] } } },
  { name: 'Sec-GPC: 1 under policy never → still no pixels', facts: { secGpc: true }, workspaceConsent: { policy: 'never', optInAction: 'skip' },
    expected: { kind: 'redirect', why: 'consent', record: { consent: 'suppressed_gpc' } } },
  { name: 'TC string granting Google, DE, skip → Google only', facts: { country: 'DE' }, tcf: TCF_GOOGLE,
    expected: { kind: 'interstitial', pixels: [GOOGLE], askPixels: [], prompt: false, googleConsent: GRANTED, record: { consent: 'granted_tcf', pixelIds: ['px_g'] } } },
  { name: 'TC string granting Google, DE, ask → Google now, Meta after Accept', facts: { country: 'DE' }, tcf: TCF_GOOGLE, workspaceConsent: { policy: 'regional', optInAction: 'ask' },
    // The page fires nothing before the answer, so nothing is recorded as fired yet (regression: a Decline used to leave Google counted as fired).
    expected: { kind: 'interstitial', pixels: [GOOGLE], askPixels: [META], prompt: true, record: { consent: 'prompt', pixelIds: [] } } },

  // Statuses
  { name: '301 link without pixels → 301', link: { redirectType: 301 }, pixels: [],
    expected: { kind: 'redirect', status: 301 } },
  { name: '307 link, consent suppressed → 307', link: { redirectType: 307 }, facts: { country: 'DE' },
    expected: { kind: 'redirect', status: 307, why: 'consent' } },
  { name: '308 link, bot → 308', link: { redirectType: 308 }, visitor: GOOGLEBOT,
    expected: { kind: 'redirect', status: 308 } },

  // Destination: rules and query merging
  { name: 'a routing rule changes the destination the interstitial uses', link: { rules: [{ when: { country: ['US'] }, url: 'https://us.shop.example/' }] },
    expected: { kind: 'interstitial', destination: 'https://us.shop.example/?fbclid=AbC' } },
  { name: 'a routing rule changes the direct redirect too', pixels: [], link: { rules: [{ when: { device: ['desktop'] }, url: 'https://desk.example/' }] }, visitor: DESKTOP,
    expected: { kind: 'redirect', location: 'https://desk.example/?fbclid=AbC' } },
  { name: 'first matching rule wins; a non-matching rule is skipped', pixels: [],
    link: { rules: [{ when: { country: ['FR'] }, url: 'https://fr.example/' }, { when: { language: ['en'] }, url: 'https://en.example/' }, { when: {}, url: 'https://any.example/' }] },
    expected: { location: 'https://en.example/?fbclid=AbC' } },
  { name: 'language rule uses Accept-Language (de-AT matches de)', pixels: [], facts: { acceptLanguage: 'de-AT,de;q=0.9' }, link: { rules: [{ when: { language: ['de'] }, url: 'https://de.example/' }] },
    expected: { location: 'https://de.example/?fbclid=AbC' } },
  { name: 'rule routing also applies to preview bots', link: { og: { title: 'x' }, rules: [{ when: { country: ['US'] }, url: 'https://us.example/' }] }, visitor: SLACK_PREVIEW,
    expected: { kind: 'preview', destination: 'https://us.example/?fbclid=AbC' } },
  { name: 'forwardQuery false still keeps click ids', pixels: [], link: { forwardQuery: false }, facts: { query: 'ref=newsletter&gclid=Cj0KCQ&utm_source=ad' },
    expected: { location: `${DEST}&gclid=Cj0KCQ` } },
  { name: 'incoming utm_source replaces the destination\'s', pixels: [], facts: { query: 'utm_source=ad&ttclid=E.C.P.x' },
    expected: { location: 'https://shop.example/landing?utm_source=ad&ttclid=E.C.P.x' } },
  { name: 'TCF params (gdpr, gdpr_consent) are not forwarded to the destination', pixels: [], facts: { query: 'gdpr=1&gdpr_consent=CQabc&fbclid=AbC' },
    expected: { location: WITH_CLICK_ID } },
  { name: 'hostile query (CR/LF, #, invalid %) → a safe Location', pixels: [], facts: { query: 'a=%zz&b=x\r\nSet-Cookie: y&c=#frag' },
    expected: { location: `${DEST}&a=%zz&b=x%0D%0ASet-Cookie:%20y&c=%23frag` } },
  { name: 'empty query → destination untouched', pixels: [], facts: { query: '' },
    expected: { location: DEST } },
];

describe('decide — table', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(run(c)).toMatchObject(c.expected);
  });
});

describe('decide — invariants over the table', () => {
  const decisions = CASES.map((c) => ({ c, d: run(c) }));

  it('covers every decision kind, every direct reason and every not-recorded reason', () => {
    const kinds = new Set(decisions.map(({ d }) => d.kind));
    expect([...kinds].sort()).toEqual(
      ['blocked', 'expired', 'interstitial', 'limit_reached', 'not_found', 'password', 'prefetch_declined', 'preview', 'redirect'].sort(),
    );
    const why = new Set(decisions.flatMap(({ d }) => (d.kind === 'redirect' ? [d.why] : [])));
    expect([...why].sort()).toEqual([...DIRECT_REASONS].sort());
    const notRecorded = new Set(decisions.flatMap(({ d }) => (d.record.as === 'none' ? [d.record.reason] : [])));
    expect([...notRecorded].sort()).toEqual([...NOT_RECORDED_REASONS].sort());
  });

  it('bots, HEAD and prefetch are never human clicks and never get an interstitial', () => {
    for (const { c, d } of decisions) {
      const automated = (c.visitor ?? HUMAN).bot || c.facts?.method === 'HEAD' || c.facts?.prefetch === true;
      if (!automated) continue;
      expect(d.record.as, c.name).not.toBe('human');
      expect(d.kind, c.name).not.toBe('interstitial');
    }
  });

  it('an interstitial always has something to do, and prompt ⇔ askPixels', () => {
    for (const { c, d } of decisions) {
      if (d.kind !== 'interstitial') continue;
      expect(d.pixels.length + d.askPixels.length, c.name).toBeGreaterThan(0);
      expect(d.prompt, c.name).toBe(d.askPixels.length > 0);
      expect(d.record, c.name).toEqual({
        as: 'human',
        consent: d.consent.outcome,
        pixelIds: d.prompt ? [] : d.pixels.map((p) => p.id),
        pixels: d.consent.verdicts.map((v) => ({ id: v.pixel.id, outcome: v.verdict === 'fire' ? 'fire' : v.reason })),
      });
    }
  });

  it('is a plain serialisable value', () => {
    for (const { c, d } of decisions) {
      expect(JSON.parse(JSON.stringify(d)), c.name).toEqual(d);
    }
  });
});
