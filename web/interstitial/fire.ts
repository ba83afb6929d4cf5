import type { Platform } from '../../src/core/pixels/platform.js';
import type { Fire, FireContext, PagePixel } from './context.js';
import { google } from './platforms/google.js';
import { linkedin } from './platforms/linkedin.js';
import { meta } from './platforms/meta.js';
import { microsoft } from './platforms/microsoft.js';
import { pinterest } from './platforms/pinterest.js';
import { quora } from './platforms/quora.js';
import { reddit } from './platforms/reddit.js';
import { snapchat } from './platforms/snapchat.js';
import { tiktok } from './platforms/tiktok.js';
import { x } from './platforms/x.js';

/** Google Ads and GA4 share gtag.js, one dataLayer and one consent state. */
const FIRE: Record<Platform, Fire> = {
  meta,
  google_ads: google,
  ga4: google,
  linkedin,
  tiktok,
  x,
  pinterest,
  snapchat,
  reddit,
  microsoft,
  quora,
};

/** Initialises every pixel, grouped per snippet; one failing snippet never stops the others. */
export function firePixels(pixels: PagePixel[], ctx: FireContext): void {
  const groups = new Map<Fire, PagePixel[]>();
  for (const p of pixels) {
    const fire = FIRE[p.platform];
    groups.set(fire, [...(groups.get(fire) ?? []), p]);
  }
  for (const [fire, group] of groups) {
    try {
      fire(group, ctx);
    } catch {
      // This platform's pixels simply never report a hit; the cap still navigates.
    }
  }
}
