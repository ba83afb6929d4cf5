import type { Platform } from './platform.js';

/**
 * Over how many days each platform builds a website audience, for the readiness check: the
 * window in which our visitors must fall to count toward the platform's minimum
 * (docs/pixels.md §6; [U] = often quoted, not documented).
 */
export const AUDIENCE_LOOKBACK_DAYS: Readonly<Record<Platform, number>> = {
  meta: 180, // retention_days 1–180 (Meta website custom audiences) [V]
  google_ads: 30, // "100 active users in the last 30 days" (Google Ads help 7476585) [V]
  ga4: 30, // same Google audience rule
  linkedin: 90, // [U] no documented lookback; 90 days often quoted
  tiktok: 180, // [U] 180 days often quoted
  x: 90, // "100 users active in past 90 days" (X audiences docs) [V]
  pinterest: 540, // VISITOR retention_days 1–540 [V]
  snapchat: 395, // pixel audience retention_in_days up to 395 [V]
  reddit: 90, // pixel retargeting 1–90 days [S]
  microsoft: 180, // remarketing list 1–180 days [V]
  quora: 180, // [U] not published
};
