/**
 * Codes that look like ISO 3166-1 alpha-2 but do not name a country. Cloudflare sends `XX` for
 * unknown and `T1` for Tor (docs/pixels.md §3.1); `ZZ` is the ISO user-assigned "unknown"; `EU` and `AP`
 * are MaxMind's legacy continent-level answers. All of them mean "we do not know the country",
 * which the consent rules treat as an opt-in region (docs/consent.md, fail closed).
 */
const NOT_A_COUNTRY = new Set(['XX', 'ZZ', 'T1', 'EU', 'AP']);

/**
 * Normalise a country code from a CDN header or a geo database: two ASCII letters, upper case,
 * or null when absent, malformed or a placeholder for "unknown".
 *
 * @example normaliseCountry(' de ') // 'DE'
 * @example normaliseCountry('XX')   // null
 * @example normaliseCountry('T1')   // null
 */
export function normaliseCountry(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null;
  const code = raw.trim().toUpperCase();
  if (!/^[A-Z]{2}$/.test(code) || NOT_A_COUNTRY.has(code)) return null;
  return code;
}
