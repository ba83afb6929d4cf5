/**
 * The redirect decision: one pure function from a resolved link and request facts to a
 * `Decision` (docs/architecture.md). No I/O, no clock, no randomness: `now` and the click count
 * come in as arguments, so every case is a table row in decide.test.ts.
 *
 * Order of checks (first match wins), and why:
 *  1. prefetch/prerender      → `prefetch_declined` (503). Before everything: a speculative load
 *                               must neither count nor fire, nor be reusable as the real click.
 *  2. no such link            → `not_found` (domain's notFoundUrl, else 404).
 *  2b. a destination is on the blocklist → `blocked` (410). Before everything about the link:
 *                               a disabled link neither redirects nor fires nor asks a password.
 *  3. expired (now ≥ expiresAt) → `expired` (expiredUrl, else 410). Before the password: no point
 *                               asking for a password to a dead link, and expiredUrl is public.
 *  4. maxClicks reached       → `limit_reached` (limitUrl, else 410).
 *  5. password not presented/wrong/throttled → `password` (200, 403, or 429 while the link is
 *                               locked or the client over its attempts). Before HEAD and bots: a
 *                               HEAD or a crawler must not learn a protected destination.
 *  6. routing rules pick the URL; the incoming query is merged in (`buildDestination`).
 *  7. HEAD                    → `redirect` with the link's status and Location, not recorded.
 *  8. link-preview fetcher    → `preview` (Open Graph page) when the link has OG fields, else
 *                               the direct redirect; recorded as a bot.
 *  9. other bots              → direct `redirect`, recorded as a bot, no pixels.
 * 10. consent (`decideConsent`): no pixels, or none allowed and nothing to ask → direct
 *     `redirect`; a server-only link → direct `redirect` (its pixels get server-side events, and
 *     with no page to ask on, `optInAction` counts as `skip`); otherwise the `interstitial` with
 *     the allowed pixels and/or the prompt.
 * Expiry, limit and password all come before pixels (steps 3–5), so a blocked click never fires.
 */
import { decideConsent } from '../consent/decide-consent.js';
import { firingPixels, pixelsAwaitingChoice } from '../consent/consent-decision.js';
import { parseConsentCookie } from '../consent/cookie.js';
import { effectiveConsent } from '../consent/settings.js';
import type { TcfSignal } from '../consent/tcf-signal.js';
import type { OpenGraph } from '../link.js';
import type { ResolvedLink } from '../resolved-link.js';
import type { RequestFacts } from '../request/facts.js';
import { parseAcceptLanguage } from '../request/language.js';
import type { Visitor } from '../request/visitor.js';
import type { Decision } from './decision.js';
import { buildDestination } from './destination.js';
import { matchRule } from './rules.js';

/**
 * Whether the visitor presented the link's password: none, the right one, a wrong one, or one
 * that was not checked because the link is locked or the client has tried too often (then
 * `retryAfterSeconds` says how long).
 */
export const PASSWORD_STATES = ['none', 'ok', 'wrong', 'throttled'] as const;
export type PasswordState = (typeof PASSWORD_STATES)[number];

export interface DecideInput {
  /** The link with its pixels and workspace settings, as the cache holds it; null = no such slug. */
  link: ResolvedLink | null;
  domain: { notFoundUrl: string | null };
  facts: RequestFacts;
  /**
   * `classifyUserAgent(facts.userAgent)`, or `classifyBot` when the link has no rules on device,
   * OS or browser (the families are derived off the event loop, after answering).
   */
  visitor: Visitor;
  /**
   * The TCF signal from the query (app/consent/tcf.ts `readTcfSignal(facts.query)`); null when
   * the URL has no `gdpr=1`. Decoding needs `@iabtechlabtcf/core`, which stays out of core.
   */
  tcf: TcfSignal | null;
  /** Epoch milliseconds. */
  now: number;
  /** Human clicks recorded for this link so far (for `maxClicks`). */
  clicksSoFar: number;
  password: PasswordState;
  /** With `password: 'throttled'`: seconds until another try is checked. */
  retryAfterSeconds?: number;
  /** A destination of the link is on DESTINATION_BLOCKLIST (the link cache decides it once per load). */
  blocked?: boolean;
}

/**
 * Decide what one request to a short link gets. Consent is decided inside (rather than passed
 * in) so that bots, HEAD and prefetch can never reach a "fire" verdict through a wiring mistake,
 * and so consent is not computed for requests that never get that far.
 *
 * @example
 * decide({ link, domain: { notFoundUrl: null }, facts, visitor: classifyUserAgent(facts.userAgent),
 *   tcf: null, now: Date.now(), clicksSoFar: 0, password: 'none' })
 * // → { kind: 'interstitial', destination: 'https://shop.example/?fbclid=…', pixels: [...], … }
 */
export function decide(input: DecideInput): Decision {
  const { link: resolved, facts, visitor } = input;

  if (facts.prefetch) return { kind: 'prefetch_declined', status: 503, record: none('prefetch') };

  if (resolved === null) return notFound(input.domain.notFoundUrl);
  const { link } = resolved;
  if (input.blocked) return { kind: 'blocked', status: 410, record: none('blocked') };

  if (link.expiresAt !== null && input.now >= link.expiresAt) {
    const location = link.expiredUrl;
    return { kind: 'expired', status: location ? 302 : 410, location, record: none('expired') };
  }
  if (link.maxClicks !== null && input.clicksSoFar >= link.maxClicks) {
    const location = link.limitUrl;
    return { kind: 'limit_reached', status: location ? 302 : 410, location, record: none('limit_reached') };
  }
  if (link.passwordHash !== null && input.password !== 'ok') {
    if (input.password === 'throttled') {
      return { kind: 'password', status: 429, wrong: false, retryAfterSeconds: Math.max(1, input.retryAfterSeconds ?? 1), record: none('password_throttled') };
    }
    const wrong = input.password === 'wrong';
    return { kind: 'password', status: wrong ? 403 : 200, wrong, retryAfterSeconds: 0, record: none(wrong ? 'password_wrong' : 'password_required') };
  }

  const rule =
    link.rules.length === 0
      ? null
      : matchRule(link.rules, {
          country: facts.country,
          device: visitor.device,
          os: visitor.os,
          browser: visitor.browser,
          languages: parseAcceptLanguage(facts.acceptLanguage),
        });
  const destination = buildDestination(rule?.url ?? link.url, facts.query, link.forwardQuery);
  const direct = { kind: 'redirect', status: link.redirectType, location: destination } as const;

  if (facts.method === 'HEAD') return { ...direct, why: 'head', record: none('head') };
  if (visitor.preview && hasOpenGraph(link.og)) {
    return { kind: 'preview', status: 200, destination, og: link.og, record: { as: 'bot' } };
  }
  if (visitor.bot) return { ...direct, why: 'bot', record: { as: 'bot' } };

  // No pixels: nothing for consent to decide (decideConsent would say `no_pixels`); skipping it
  // keeps the most common redirect cheap.
  if (resolved.pixels.length === 0) return { ...direct, why: 'no_pixels', record: NO_PIXELS };

  const settings = effectiveConsent(resolved.workspace.consent, link.consent);
  const consent = decideConsent({
    // A server-only link has no page to ask on: consent not yet given is consent not given.
    settings: link.serverOnly ? { ...settings, optInAction: 'skip' } : settings,
    country: facts.country,
    gpc: facts.secGpc,
    cookie: parseConsentCookie(facts.consentCookie),
    tcf: input.tcf,
    pixels: resolved.pixels,
    bot: false,
  });
  const pixels = firingPixels(consent);
  const askPixels = pixelsAwaitingChoice(consent);
  // Behind a prompt nothing fires until the visitor answers (not even pixels a TC string
  // allows): the page's beacon reports what fired after Accept, so none is recorded as fired yet.
  const record = {
    as: 'human',
    consent: consent.outcome,
    pixelIds: askPixels.length > 0 ? [] : pixels.map((p) => p.id),
    pixels: consent.verdicts.map((v) => ({ id: v.pixel.id, outcome: v.verdict === 'fire' ? ('fire' as const) : v.reason })),
  } as const;

  if (resolved.pixels.length === 0) return { ...direct, why: 'no_pixels', record };
  if (pixels.length === 0 && askPixels.length === 0) return { ...direct, why: 'consent', record };
  if (link.serverOnly) return { ...direct, why: 'server_only', record };
  return {
    kind: 'interstitial',
    status: 200,
    destination,
    pixels,
    askPixels,
    prompt: askPixels.length > 0,
    googleConsent: consent.googleConsent,
    consent,
    record,
  };
}

/**
 * The one not-found answer: the domain's notFoundUrl (302), else the 404 page. `decide` gives it
 * for an unknown slug; the handler, for a path that cannot be a slug at all.
 */
export function notFound(notFoundUrl: string | null): Decision {
  return { kind: 'not_found', status: notFoundUrl ? 302 : 404, location: notFoundUrl, record: none('not_found') };
}

/** The most common record by far (a link without pixels): one shared frozen object. */
const NO_PIXELS = Object.freeze({ as: 'human', consent: 'no_pixels', pixelIds: [], pixels: [] } as const) as unknown as Decision['record'];

function none(reason: Extract<Decision['record'], { as: 'none' }>['reason']): Decision['record'] {
  return { as: 'none', reason };
}

/** An OG page is worth serving only when the link has at least one non-blank OG field. */
function hasOpenGraph(og: OpenGraph | null): og is OpenGraph {
  return og !== null && [og.title, og.description, og.image].some((v) => typeof v === 'string' && v.trim() !== '');
}
