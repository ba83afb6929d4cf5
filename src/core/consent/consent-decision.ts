import type { PixelRef } from '../pixels/platform.js';

/**
 * Why a click's pixels fired or not: one value per click, stored with it and shown in stats
 * (docs/consent.md, docs/analytics.md). A closed list: only ever add to it.
 *
 * - `bot`: a bot or link-preview fetcher; bots never get pixels (checked first).
 * - `no_pixels`: the link has no pixels; nothing to decide.
 * - `suppressed_gpc`: `Sec-GPC: 1`; no pixel fires, in every policy.
 * - `denied_cookie`: the visitor pressed Decline earlier (our cookie); no pixel fires, in every policy.
 * - `policy_never`: the consent policy is `never` (the operator takes responsibility); pixels
 *   fire unless a TC string refuses their vendor.
 * - `not_required`: policy `regional` and the visitor is outside the opt-in regions (and sent no
 *   `gdpr=1`); every pixel fires.
 * - `granted_cookie`: consent needed; the visitor pressed Accept earlier (our cookie).
 * - `granted_tcf`: consent needed; a TC string granted at least one pixel's vendor, no Accept
 *   cookie, and nothing left to ask.
 * - `denied_tcf`: consent needed; a valid TC string refused at least one pixel's vendor and
 *   nothing fired (the rest had no consent) and there was nothing to ask (`optInAction: skip`).
 * - `prompt`: consent needed and not (fully) given; the interstitial asks, answer not yet known.
 * - `suppressed_region`: consent needed (policy `always`, or `regional` with an opt-in/unknown
 *   country or `gdpr=1`) and not given; `optInAction: skip` → plain redirect. The name is the
 *   common case; under `always` it applies to every region.
 */
export const CONSENT_OUTCOMES = [
  'bot',
  'no_pixels',
  'suppressed_gpc',
  'denied_cookie',
  'policy_never',
  'not_required',
  'granted_cookie',
  'granted_tcf',
  'denied_tcf',
  'prompt',
  'suppressed_region',
  'granted_prompt',
  'denied_prompt',
] as const;
export type ConsentOutcome = (typeof CONSENT_OUTCOMES)[number];

/**
 * Why one pixel does not fire now. Closed list.
 * - `awaiting_choice`: the interstitial shows the prompt; the pixel fires only after Accept.
 * - `no_consent`: consent needed, none given, `optInAction: skip`.
 * - `tcf_denied`: the platform is a TCF vendor and the TC string lacks its consent bit, a
 *   retargeting purpose (1, 3, 4), or has a publisher restriction against it.
 */
export const SKIP_REASONS = ['bot', 'gpc', 'declined', 'tcf_denied', 'no_consent', 'awaiting_choice'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/** One pixel's outcome for one click, as stored with it: it fired, or why not. Closed list. */
export const PIXEL_OUTCOMES = ['fire', ...SKIP_REASONS] as const;
export type PixelOutcome = (typeof PIXEL_OUTCOMES)[number];

/** On what basis a pixel fires. */
export const FIRE_BASES = ['policy_never', 'not_required', 'cookie', 'tcf'] as const;
export type FireBasis = (typeof FIRE_BASES)[number];

export type PixelVerdict =
  | { pixel: PixelRef; verdict: 'fire'; basis: FireBasis }
  | { pixel: PixelRef; verdict: 'skip'; reason: SkipReason };

export type ConsentModeValue = 'granted' | 'denied';

/**
 * Google Consent Mode v2 defaults for the Google tags on the interstitial (docs/pixels.md §2.1),
 * set before `gtag('config')` (docs/interstitial.md). Describes the pixels that fire *now*; after an
 * Accept on the prompt, everything is granted (an Accept grants all, like the cookie).
 */
export interface GoogleConsent {
  ad_storage: ConsentModeValue;
  ad_user_data: ConsentModeValue;
  ad_personalization: ConsentModeValue;
  analytics_storage: ConsentModeValue;
}

export interface ConsentDecision {
  outcome: ConsentOutcome;
  /** Whether this visitor needed to give consent (policy × region × `gdpr=1`). */
  required: boolean;
  /** Show the Accept/Decline prompt (for the pixels whose verdict is `awaiting_choice`). */
  ask: boolean;
  /** One verdict per pixel, in the link's pixel order. */
  verdicts: PixelVerdict[];
  googleConsent: GoogleConsent;
}

/**
 * @example firingPixels(decision).map((p) => p.platform) // ['google_ads']
 */
export function firingPixels(decision: ConsentDecision): PixelRef[] {
  return decision.verdicts.filter((v) => v.verdict === 'fire').map((v) => v.pixel);
}

/**
 * Pixels that fire only if the visitor presses Accept on the prompt.
 *
 * @example pixelsAwaitingChoice(decision).map((p) => p.platform) // ['meta'] while the prompt is shown
 */
export function pixelsAwaitingChoice(decision: ConsentDecision): PixelRef[] {
  return decision.verdicts.filter((v) => v.verdict === 'skip' && v.reason === 'awaiting_choice').map((v) => v.pixel);
}
