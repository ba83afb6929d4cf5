import { PROMPT_STRINGS, type PromptStrings } from '../../core/consent/prompt-strings.js';
import type { PixelRef } from '../../core/pixels/platform.js';

export type ConsentValue = 'granted' | 'denied';

/** Google Consent Mode v2 state (docs/consent.md "Google Consent Mode v2"), sent as `gtag('consent', 'default', …)` before any config. */
export interface GoogleConsentState {
  ad_storage: ConsentValue;
  ad_user_data: ConsentValue;
  ad_personalization: ConsentValue;
  analytics_storage: ConsentValue;
}

/** Texts of the consent prompt (src/core/consent/prompt-strings.ts has every language). */
export type InterstitialStrings = PromptStrings;

export const EN_STRINGS: InterstitialStrings = Object.freeze({ ...PROMPT_STRINGS.en });

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
  /** The workspace's accent colour (`#rrggbb`) and logo (an https URL); null for Ricochet's look. */
  brandColor?: string | null;
  logoUrl?: string | null;
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
