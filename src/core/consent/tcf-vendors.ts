import type { Platform } from '../pixels/platform.js';

/**
 * IAB TCF Global Vendor List ids of the platforms we fire pixels for
 * (reference/audiences-and-vendors.md §2; GVL v106, cross-checked against v45 and v224):
 * Google Advertising Products 755 (Google Ads and GA4 are both Google tags), LinkedIn 804,
 * Microsoft Advertising 1126. Meta, TikTok, X, Pinterest, Snap, Reddit and Quora have no GVL
 * entry (vendor 986 is ByteDance's Pangle ad network, not the TikTok pixel), so a TC string can
 * never grant them (DESIGN.md §4).
 *
 * Kept here rather than read from `core/pixels/catalog.ts` (which carries the same ids as
 * `tcfVendorId`) so the consent core does not depend on a file another engineer is writing in
 * parallel; dedupe once both exist. Re-check the live GVL before shipping.
 */
export const TCF_VENDOR_IDS: Readonly<Record<Platform, number | null>> = Object.freeze({
  meta: null,
  google_ads: 755,
  ga4: 755,
  linkedin: 804,
  tiktok: null,
  x: null,
  pinterest: null,
  snapchat: null,
  reddit: null,
  microsoft: 1126,
  quora: null,
});
