import type { Platform } from '../../pixels/platform.js';
import type { PlatformApi } from '../platform-api.js';
import { ga4 } from './ga4.js';
import { googleAds } from './google-ads.js';
import { linkedin } from './linkedin.js';
import { meta } from './meta.js';
import { microsoft } from './microsoft.js';
import { pinterest } from './pinterest.js';
import { reddit } from './reddit.js';
import { snapchat } from './snapchat.js';
import { tiktok } from './tiktok.js';
import { x } from './x.js';

/**
 * The platforms with a server-side API Ricochet sends to (docs/conversions.md). Quora publishes no
 * server-side API: its pixels stay browser-only.
 */
export const PLATFORM_APIS: Readonly<Partial<Record<Platform, PlatformApi>>> = {
  meta,
  google_ads: googleAds,
  ga4,
  linkedin,
  tiktok,
  x,
  pinterest,
  snapchat,
  reddit,
  microsoft,
};

export function platformApi(platform: Platform): PlatformApi | null {
  return PLATFORM_APIS[platform] ?? null;
}
