import { CATALOG } from '../pixels/catalog.js';
import { PLATFORMS, type Platform } from '../pixels/platform.js';

/**
 * IAB TCF Global Vendor List ids of the platforms we fire pixels for, read from the platform
 * catalogue (`tcfVendorId`, sourced there: GVL v106, docs/pixels.md §7):
 * Google 755 (Google Ads and GA4), LinkedIn 804, Microsoft 1126; every other platform has no GVL
 * entry, so a TC string can never grant it (docs/consent.md).
 */
export const TCF_VENDOR_IDS: Readonly<Record<Platform, number | null>> = Object.freeze(
  Object.fromEntries(PLATFORMS.map((p) => [p, CATALOG[p].tcfVendorId])) as Record<Platform, number | null>,
);
