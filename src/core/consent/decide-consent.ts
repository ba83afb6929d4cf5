import type { PixelRef } from '../pixels/platform.js';
import type { ConsentChoice } from './cookie.js';
import type { ConsentDecision, ConsentOutcome, PixelVerdict, SkipReason } from './consent-decision.js';
import { googleConsentFor } from './google-consent.js';
import { isOptInRegion } from './regions.js';
import type { ConsentSettings } from './settings.js';
import { tcfGrantsVendor, type TcfSignal } from './tcf-signal.js';
import { TCF_VENDOR_IDS } from './tcf-vendors.js';

export interface ConsentInput {
  /** Effective settings: `effectiveConsent(workspace, link.consent)`. */
  settings: ConsentSettings;
  /** ISO alpha-2 or null when unknown (counts as opt-in). */
  country: string | null;
  /** `Sec-GPC: 1`. */
  gpc: boolean;
  /** Our first-party cookie, parsed (`parseConsentCookie`); null when absent or malformed. */
  cookie: ConsentChoice | null;
  /** From `gdpr=1&gdpr_consent=…` (app/consent/tcf.ts); null when the URL has no `gdpr=1`. */
  tcf: TcfSignal | null;
  pixels: readonly PixelRef[];
  /** Bot or preview fetcher (`classifyUserAgent`). */
  bot: boolean;
}

/**
 * Which of a link's pixels may fire for this click (docs/consent.md). Pure; never throws.
 *
 * Two questions, answered separately:
 * 1. Is consent *needed*? `never` → no; `always` → yes; `regional` → yes for opt-in regions and
 *    unknown countries, and also whenever the URL carries `gdpr=1` (the ad server that built the
 *    click URL believes GDPR applies to this visitor; our geo lookup might be wrong, e.g. a VPN
 *    or a traveller, so we fail closed, even when the TC string is malformed).
 * 2. What did the visitor say? Precedence, first match wins, per pixel:
 *    a. bot → skip all (bots never get pixels, docs/architecture.md);
 *    b. `Sec-GPC: 1` → skip all, in every policy. GA4 included: it is a Google tag that sets
 *       cookies and, with Google signals, feeds ads; "nothing fires" is the simplest defensible
 *       reading of "do not sell or share" (docs/pixels.md §2.3);
 *    c. Decline cookie → skip all, in every policy: an explicit refusal on this domain;
 *    d. valid TC string refusing this pixel's vendor → skip (`tcf_denied`), in every policy and
 *       even over an Accept cookie: a refusal from any source wins over a grant from another;
 *    e. consent not needed → fire;
 *    f. Accept cookie → fire. Our own prompt named the platforms and was answered on this domain,
 *       so it grants every pixel no TC string refuses;
 *    g. valid TC string granting the vendor (consent bit + purposes 1, 3, 4, no publisher
 *       restriction) → fire. A TC string never grants a platform that is not a TCF vendor
 *       (Meta, TikTok, X, Pinterest, Snap, Reddit, Quora): there is no bit to read
 *       (docs/pixels.md §7);
 *    h. otherwise → `awaiting_choice` when `optInAction` is `ask`, else `no_consent`.
 * Malformed cookies and TC strings reach here as null / `invalid`: they grant nothing.
 *
 * @example
 * decideConsent({ settings: { policy: 'regional', optInAction: 'skip' }, country: 'DE', gpc: false,
 *   cookie: null, tcf: null, pixels: [metaPixel], bot: false })
 * // → { outcome: 'suppressed_region', ask: false, verdicts: [{ pixel: metaPixel, verdict: 'skip', reason: 'no_consent' }], … }
 */
export function decideConsent(input: ConsentInput): ConsentDecision {
  const { settings, pixels, tcf } = input;
  const required = isConsentRequired(settings, input.country, tcf);
  if (input.bot) return refuseAll(pixels, 'bot', 'bot', required);
  if (pixels.length === 0) return { outcome: 'no_pixels', required, ask: false, verdicts: [], googleConsent: googleConsentFor([], null) };
  if (input.gpc) return refuseAll(pixels, 'gpc', 'suppressed_gpc', required);
  if (input.cookie === 'decline') return refuseAll(pixels, 'declined', 'denied_cookie', required);

  const tc = tcf?.status === 'valid' ? tcf : null;
  const verdicts = pixels.map((pixel): PixelVerdict => {
    const vendorId = TCF_VENDOR_IDS[pixel.platform];
    if (tc !== null && vendorId !== null && !tcfGrantsVendor(tc, vendorId)) {
      return { pixel, verdict: 'skip', reason: 'tcf_denied' };
    }
    if (!required) return { pixel, verdict: 'fire', basis: settings.policy === 'never' ? 'policy_never' : 'not_required' };
    if (input.cookie === 'accept') return { pixel, verdict: 'fire', basis: 'cookie' };
    if (tc !== null && vendorId !== null) return { pixel, verdict: 'fire', basis: 'tcf' };
    return { pixel, verdict: 'skip', reason: settings.optInAction === 'ask' ? 'awaiting_choice' : 'no_consent' };
  });

  const ask = verdicts.some((v) => v.verdict === 'skip' && v.reason === 'awaiting_choice');
  return {
    outcome: outcomeOf(settings, required, ask, verdicts),
    required,
    ask,
    verdicts,
    googleConsent: googleConsentFor(verdicts, tcf),
  };
}

/**
 * @example isConsentRequired({ policy: 'regional', optInAction: 'skip' }, 'US', null) // false
 */
export function isConsentRequired(settings: ConsentSettings, country: string | null, tcf: TcfSignal | null): boolean {
  switch (settings.policy) {
    case 'never':
      return false;
    case 'always':
      return true;
    case 'regional':
      return tcf !== null || isOptInRegion(country);
  }
}

function outcomeOf(
  settings: ConsentSettings,
  required: boolean,
  ask: boolean,
  verdicts: readonly PixelVerdict[],
): ConsentOutcome {
  if (!required) return settings.policy === 'never' ? 'policy_never' : 'not_required';
  if (ask) return 'prompt';
  if (verdicts.some((v) => v.verdict === 'fire' && v.basis === 'cookie')) return 'granted_cookie';
  if (verdicts.some((v) => v.verdict === 'fire' && v.basis === 'tcf')) return 'granted_tcf';
  return verdicts.some((v) => v.verdict === 'skip' && v.reason === 'tcf_denied') ? 'denied_tcf' : 'suppressed_region';
}

function refuseAll(
  pixels: readonly PixelRef[],
  reason: SkipReason,
  outcome: ConsentOutcome,
  required: boolean,
): ConsentDecision {
  const verdicts = pixels.map((pixel): PixelVerdict => ({ pixel, verdict: 'skip', reason }));
  return { outcome, required, ask: false, verdicts, googleConsent: googleConsentFor(verdicts, null) };
}
