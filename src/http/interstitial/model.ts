import type { PixelRef } from '../../core/pixels/platform.js';

export type ConsentValue = 'granted' | 'denied';

/** Google Consent Mode v2 state (docs/pixels.md §2.1), sent as `gtag('consent', 'default', …)` before any config. */
export interface GoogleConsentState {
  ad_storage: ConsentValue;
  ad_user_data: ConsentValue;
  ad_personalization: ConsentValue;
  analytics_storage: ConsentValue;
}

/** Texts of the consent prompt. `{platforms}` in `body` becomes the list of platform names. */
export interface InterstitialStrings {
  title: string;
  body: string;
  accept: string;
  decline: string;
  /** The link that always works (even without JS) and stores no choice. */
  continueWithout: string;
  privacyPolicy: string;
}

export const EN_STRINGS: InterstitialStrings = Object.freeze({
  title: 'Before you continue',
  body: 'May {platforms} set cookies on this device to remember this visit and show you related ads? You reach the link either way.',
  accept: 'Accept',
  decline: 'Decline',
  continueWithout: 'Continue without deciding',
  privacyPolicy: 'Privacy policy',
});

/** Consent "ask" mode (docs/consent.md): Accept / Decline before any vendor code loads. */
export interface InterstitialPrompt {
  privacyPolicyUrl: string | null;
  /** First-party choice cookie; the page writes `accept` or `decline`. */
  cookieName: string;
  /** 180 days in production. */
  cookieMaxAgeSeconds: number;
  /** Add `Secure` (page served over https). */
  secure: boolean;
  strings: InterstitialStrings;
}

export interface InterstitialModel {
  /** Fresh per response, base64. */
  nonce: string;
  /** Contents of dist/public/interstitial.js, inlined with the nonce. */
  script: string;
  /** Absolute http(s) URL, already final (query merged by the server). */
  destination: string;
  /** PIXEL_TIMEOUT_MS: hard cap between script start and navigation. */
  timeoutMs: number;
  /** Unique per click: the dedup key sent with each platform's audience event. */
  clickId: string;
  /** Only the pixels allowed to fire (already filtered by consent). */
  pixels: PixelRef[];
  /** Audience event; params e.g. link_id, tags (array), campaign, utm_*. */
  event: { name: string; params: Record<string, string | string[]> };
  googleConsent: GoogleConsentState;
  /** Same-origin path for the yield beacon, e.g. `/_r/beacon`. */
  beaconUrl: string;
  prompt: InterstitialPrompt | null;
  /** `<html lang>`. */
  lang: string;
}
