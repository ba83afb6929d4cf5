import type { ConsentSettings } from './consent/settings.js';
import type { Link } from './link.js';
import type { PixelRef } from './pixels/platform.js';

/**
 * Everything the redirect path needs about a link, read in one go on a cache miss and then
 * served from memory: the link, its pixels, and the workspace settings that apply to it.
 */
export interface ResolvedLink {
  link: Link;
  pixels: PixelRef[];
  workspace: {
    id: string;
    consent: ConsentSettings;
    privacyPolicyUrl: string | null;
    timeZone: string;
    conversionTracking: boolean;
  };
}
