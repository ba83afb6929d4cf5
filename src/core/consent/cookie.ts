/**
 * The visitor's answer to the interstitial's Accept/Decline prompt, kept in a first-party cookie
 * on the short domain for 180 days (docs/consent.md). One cookie per domain, shared by every link on
 * it: the prompt asks about advertising pixels on this domain, not about one link.
 */
export const CONSENT_COOKIE_NAME = 'ricochet_consent';

/** 180 days in seconds, for `Max-Age`. */
export const CONSENT_COOKIE_MAX_AGE_S = 180 * 24 * 60 * 60;

export const CONSENT_CHOICES = ['accept', 'decline'] as const;
export type ConsentChoice = (typeof CONSENT_CHOICES)[number];

/**
 * Parse the cookie's value. Exactly `accept` or `decline` (optionally in the DQUOTEs RFC 6265
 * §4.1.1 allows); anything else is "no answer", never an exception.
 *
 * @example parseConsentCookie('accept')   // 'accept'
 * @example parseConsentCookie('"decline"') // 'decline'
 * @example parseConsentCookie('yes')      // null
 */
export function parseConsentCookie(value: string | null | undefined): ConsentChoice | null {
  if (typeof value !== 'string' || value.length > 16) return null;
  let v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) v = v.slice(1, -1);
  return v === 'accept' || v === 'decline' ? v : null;
}

/**
 * Find our cookie's raw value in a `Cookie` request header (RFC 6265 §5.4: `name=value` pairs
 * separated by `; `). The first occurrence wins, as browsers send the most specific path first.
 * Returns null when absent; never throws.
 *
 * @example readConsentCookie('theme=dark; ricochet_consent=accept') // 'accept'
 */
export function readConsentCookie(cookieHeader: string | null | undefined): string | null {
  if (typeof cookieHeader !== 'string' || cookieHeader.length === 0) return null;
  for (const pair of cookieHeader.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    if (pair.slice(0, eq).trim() === CONSENT_COOKIE_NAME) return pair.slice(eq + 1).trim();
  }
  return null;
}
