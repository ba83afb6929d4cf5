/**
 * A decoded IAB TCF consent signal from a click URL (`gdpr=1&gdpr_consent=<TC string>`,
 * docs/pixels.md §2.2 "URL macros"). Built by the app-side adapter (app/consent/tcf.ts), which owns
 * the `@iabtechlabtcf/core` dependency; the consent core only reads these plain sets.
 *
 * - `valid`: the TC string decoded and is current (TCF policy version ≥ 4, i.e. TCF v2.2+).
 * - `invalid`: the URL said `gdpr=1` (the ad server believes GDPR applies to this visitor) but the
 *   string was missing, malformed, truncated or outdated. It grants nothing, but it still tells us
 *   consent is needed.
 * A request without `gdpr=1` has no TcfSignal at all (`null`).
 */
export type TcfSignal =
  | {
      status: 'valid';
      /** Purposes with consent (1 = store/access on a device, 3/4 = personalised-ads profiles, 7 = ad measurement). */
      purposeConsents: ReadonlySet<number>;
      /** GVL vendor ids with consent. */
      vendorConsents: ReadonlySet<number>;
      /**
       * Vendors the publisher has barred from relying on consent for one of the
       * `RETARGETING_PURPOSES` (publisher restriction "not allowed" or "require legitimate
       * interest", which for consent-only purposes amounts to the same).
       */
      restrictedVendors: ReadonlySet<number>;
    }
  | { status: 'invalid' };

/**
 * Purposes a retargeting pixel needs: 1 (store/access information on a device: the pixel sets
 * and reads cookies), 3 (create a personalised-ads profile: adding the clicker to an audience)
 * and 4 (use that profile to select ads: what the audience is for). All three are consent-only
 * since TCF v2.2, and Google 755 and LinkedIn 804 declare exactly 1, 3, 4 as consent purposes
 * (docs/pixels.md §7).
 */
export const RETARGETING_PURPOSES = [1, 3, 4] as const;

/** Purpose 7, "measure advertising performance": Google maps it (with 1) to `ad_user_data`. */
export const AD_MEASUREMENT_PURPOSE = 7;

/**
 * Whether a valid TC string grants a GVL vendor what a retargeting pixel needs: the vendor's
 * consent bit, every retargeting purpose, and no publisher restriction against it.
 *
 * @example tcfGrantsVendor(signal, 755) // true when 755 and purposes 1, 3, 4 have consent
 */
export function tcfGrantsVendor(signal: Extract<TcfSignal, { status: 'valid' }>, vendorId: number): boolean {
  return (
    signal.vendorConsents.has(vendorId) &&
    !signal.restrictedVendors.has(vendorId) &&
    RETARGETING_PURPOSES.every((purpose) => signal.purposeConsents.has(purpose))
  );
}
