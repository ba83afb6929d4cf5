import { CATALOG, hitRule, type HitRule } from '../../core/pixels/catalog.js';
import type { Platform } from '../../core/pixels/platform.js';
import type { GoogleConsentState, InterstitialModel } from './model.js';

/**
 * The JSON data block (`<script type="application/json" id="rc">`) the browser script reads. It is
 * the whole contract between server and script, so the script is identical on every page and can
 * be cached as one string. Everything platform-specific that is data (loader URLs, hit rules) comes
 * from the catalog through here; only the official snippets' call sequences live in the script.
 */
export interface PageConfig {
  destination: string;
  timeoutMs: number;
  clickId: string;
  beaconUrl: string;
  /** Params are flattened: arrays joined with commas, which every platform accepts as a value. */
  event: { name: string; params: Record<string, string> };
  consent: GoogleConsentState;
  pixels: PagePixel[];
  prompt: null | { cookie: string; maxAge: number; secure: boolean };
}

export interface PagePixel {
  /** Ricochet's pixel id (reported back in the yield beacon). */
  id: string;
  platform: Platform;
  tagId: string;
  loader: string;
  /** How to recognise this pixel's dispatched hit (docs/pixels.md §4.3). */
  hit: HitRule;
}

/** What the page reports with `navigator.sendBeacon(beaconUrl, JSON)` just before it leaves. */
export interface YieldBeacon {
  /** clickId */
  c: string;
  /** Ricochet ids of the pixels whose hit was dispatched. */
  ok: string[];
  /** The consent prompt's answer, when one was given on this page. */
  ch?: 'accept' | 'decline';
  /** Milliseconds from the start of the interstitial's navigation to leaving it. */
  ms: number;
}

/** The data block for `model`; loader URLs and hit rules come from the catalog. */
export function toPageConfig(model: InterstitialModel): PageConfig {
  const params: Record<string, string> = {};
  for (const [key, value] of Object.entries(model.event.params)) params[key] = Array.isArray(value) ? value.join(',') : value;
  return {
    destination: model.destination,
    timeoutMs: model.timeoutMs,
    clickId: model.clickId,
    beaconUrl: model.beaconUrl,
    event: { name: model.event.name, params },
    consent: model.googleConsent,
    pixels: model.pixels.map((p) => ({
      id: p.id,
      platform: p.platform,
      tagId: p.tagId,
      loader: CATALOG[p.platform].loaderUrl(p.tagId),
      hit: hitRule(p.platform, p.tagId, model.event.name),
    })),
    prompt: model.prompt && {
      cookie: model.prompt.cookieName,
      maxAge: model.prompt.cookieMaxAgeSeconds,
      secure: model.prompt.secure,
    },
  };
}
