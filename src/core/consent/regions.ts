import { normaliseCountry } from '../request/country.js';

/**
 * THE list of countries where advertising pixels need prior opt-in consent (docs/consent.md,
 * docs/pixels.md §2.5). ISO 3166-1 alpha-2 codes; Greece is `GR` (not the EU's `EL`).
 *
 * Sources: EU-27 membership (europa.eu); EEA = EU + IS, LI, NO (EEA Agreement, which brings in
 * the GDPR and ePrivacy rules); GB under UK GDPR/PECR; CH under the revised FADP. This is the same
 * EEA + UK + CH scope as Google's EU user consent policy (docs/pixels.md §2.1, §2.5). ePrivacy
 * Art. 5(3) requires consent before storing or reading anything on the device, and EDPB
 * Guidelines 2/2023 put tracking pixels and URL tracking in scope.
 *
 * Deliberately left out, pending counsel (docs/pixels.md §5): Quebec (a province, not a country), the
 * Crown Dependencies (JE, GG, IM) and Gibraltar (GI), each with its own GDPR-style law, and BR, JP
 * and KR, which some CMPs classify as opt-in.
 */
export const EU_MEMBER_STATES = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

/**
 * Parts of EU member states that have their own ISO code, so an IP database or a CDN may report
 * them instead of FR/FI: the French outermost regions (TFEU Art. 349 and 355(1): EU law, GDPR
 * included, applies in full) and the Åland Islands (Art. 355(4)). Listed so that a visitor in
 * Réunion is not treated as outside the EU.
 */
export const EU_TERRITORIES_WITH_OWN_CODE = ['AX', 'GF', 'GP', 'MQ', 'RE', 'YT', 'MF'] as const;

export const EEA_NON_EU = ['IS', 'LI', 'NO'] as const;

export const OTHER_OPT_IN = ['GB', 'CH'] as const;

export const OPT_IN_COUNTRIES: ReadonlySet<string> = new Set<string>([
  ...EU_MEMBER_STATES,
  ...EU_TERRITORIES_WITH_OWN_CODE,
  ...EEA_NON_EU,
  ...OTHER_OPT_IN,
]);

/**
 * Whether a visitor from `country` needs to opt in before advertising pixels fire. An unknown
 * country (null, `XX`, Tor's `T1`, anything not shaped like a code) counts as opt-in: failing
 * closed is the only safe answer when we cannot tell (docs/consent.md, docs/pixels.md §3.1).
 *
 * @example isOptInRegion('DE') // true
 * @example isOptInRegion('US') // false
 * @example isOptInRegion(null) // true
 */
export function isOptInRegion(country: string | null): boolean {
  const code = normaliseCountry(country);
  return code === null || OPT_IN_COUNTRIES.has(code);
}
