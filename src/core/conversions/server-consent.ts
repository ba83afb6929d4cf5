import type { ConsentOutcome, PixelOutcome } from '../consent/consent-decision.js';

/**
 * The consent fields a server event carries, derived from the click's stored decision
 * (docs/conversions.md "Consent"). A server event is sent only for a pixel whose outcome was
 * `fire` — the browser pixel would have fired — so GPC, a Decline, a TC string's refusal and a
 * missing opt-in all mean no server event at all (see `serverEventAllowed`). What is left to say
 * is *how* the visitor allowed it:
 *
 * - `limitedDataUse` (Meta `data_processing_options: ["LDU"]`, Snap the same, Reddit
 *   `data_processing_options.modes`, TikTok `limited_data_use`): for a visitor in the United
 *   States who did not opt in (consent was not required), so each platform applies its US state
 *   privacy rules (it geolocates the state; only covered states are restricted). An explicit
 *   opt-in (Accept, or a TC string that granted the vendor) turns it off.
 * - `adUserData`, `adPersonalization` (Google `consent`): granted — a Google pixel fires only
 *   when its Consent Mode values are granted (src/core/consent/google-consent.ts).
 */
export interface ServerConsent {
  limitedDataUse: boolean;
  adUserData: boolean;
  adPersonalization: boolean;
}

const OPTED_IN: ReadonlySet<ConsentOutcome> = new Set<ConsentOutcome>(['granted_cookie', 'granted_prompt', 'granted_tcf']);

/** @example serverConsent('not_required', 'US') // { limitedDataUse: true, adUserData: true, adPersonalization: true } */
export function serverConsent(outcome: ConsentOutcome, country: string | null): ServerConsent {
  return { limitedDataUse: country === 'US' && !OPTED_IN.has(outcome), adUserData: true, adPersonalization: true };
}

/** A server event goes to a pixel only where the browser pixel fired (or would have, on a server-only link). */
export function serverEventAllowed(outcome: PixelOutcome): boolean {
  return outcome === 'fire';
}
