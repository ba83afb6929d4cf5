/**
 * The ad platforms Ricochet can fire pixels for. The values are part of the public API
 * (`pixel.platform`), so only ever add to this list.
 */
export const PLATFORMS = [
  'meta',
  'google_ads',
  'ga4',
  'linkedin',
  'tiktok',
  'x',
  'pinterest',
  'snapchat',
  'reddit',
  'microsoft',
  'quora',
] as const;

export type Platform = (typeof PLATFORMS)[number];

/** A pixel as the redirect path needs it: which platform, which account id. */
export interface PixelRef {
  id: string;
  platform: Platform;
  tagId: string;
}
