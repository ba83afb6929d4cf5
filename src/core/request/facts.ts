/**
 * What the raw HTTP redirect handler extracts from a request before calling `decide`
 * (docs/architecture.md). A plain, serialisable object: no `Headers`, no `Request`, no IP address
 * (the IP is used for the country lookup and the visitor hash, then dropped; docs/analytics.md).
 *
 * Helpers to fill it: `hasGlobalPrivacyControl`, `isPrefetch` (this folder), `readConsentCookie`
 * (core/consent/cookie.ts), and the app-side `createCountryLookup` (app/geo).
 */
export interface RequestFacts {
  /** Only GET and HEAD reach `decide` (docs/architecture.md); anything but HEAD is treated as GET. */
  method: 'GET' | 'HEAD';
  scheme: 'http' | 'https';
  /** Lower-cased Host header, with port if any. */
  host: string;
  /** The path as received, e.g. `/summer-sale`. */
  path: string;
  /** The raw query string without the leading `?` (not decoded: click ids are forwarded byte for byte). */
  query: string;
  /** `User-Agent`, `''` when absent. */
  userAgent: string;
  /** `Accept-Language`, `''` when absent. */
  acceptLanguage: string;
  referer: string | null;
  /** `Sec-GPC: 1` was sent. */
  secGpc: boolean;
  /** A prefetch / prerender / preview request (`isPrefetch`). */
  prefetch: boolean;
  /** Raw value of the `ricochet_consent` cookie, or null when the request has none. */
  consentCookie: string | null;
  /** ISO 3166-1 alpha-2, upper case; null when unknown (`normaliseCountry`). */
  country: string | null;
}
