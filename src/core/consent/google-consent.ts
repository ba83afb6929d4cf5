import type { Platform } from '../pixels/platform.js';
import type { ConsentModeValue, GoogleConsent, PixelVerdict } from './consent-decision.js';
import { AD_MEASUREMENT_PURPOSE, type TcfSignal } from './tcf-signal.js';

const GOOGLE_TAGS: ReadonlySet<Platform> = new Set<Platform>(['google_ads', 'ga4']);

const ALL_DENIED: GoogleConsent = Object.freeze({
  ad_storage: 'denied',
  ad_user_data: 'denied',
  ad_personalization: 'denied',
  analytics_storage: 'denied',
});

/**
 * Consent Mode v2 values that match the verdicts (docs/pixels.md §2.1). Google tags load only when
 * they may fire, so the values only need to say *how* they fire:
 * - no Google pixel fires now → all `denied` (Google treats "not set" like denied anyway);
 * - a Google pixel fires → all `granted`, except that a valid TC string without purpose 7 turns
 *   `ad_user_data` to `denied`: Google derives `ad_user_data` from purposes 1 + 7 and vendor 755
 *   (docs/pixels.md §7), and a refusal in any signal wins. Purposes 1, 3, 4
 *   (→ `ad_storage`, `ad_personalization`) are already guaranteed, or the pixel would not fire.
 *
 * @example googleConsentFor(verdicts, null) // { ad_storage: 'granted', … } when a Google tag fires
 */
export function googleConsentFor(verdicts: readonly PixelVerdict[], tcf: TcfSignal | null): GoogleConsent {
  const googleFires = verdicts.some((v) => v.verdict === 'fire' && GOOGLE_TAGS.has(v.pixel.platform));
  if (!googleFires) return { ...ALL_DENIED };
  const userData: ConsentModeValue =
    tcf?.status === 'valid' && !tcf.purposeConsents.has(AD_MEASUREMENT_PURPOSE) ? 'denied' : 'granted';
  return { ad_storage: 'granted', ad_user_data: userData, ad_personalization: 'granted', analytics_storage: 'granted' };
}
