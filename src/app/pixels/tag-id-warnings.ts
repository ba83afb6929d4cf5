import { validateTagId } from '../../core/pixels/catalog.js';
import type { Platform } from '../../core/pixels/platform.js';

/** Shape warnings for a pixel's tag id (never a rejection: no platform publishes a grammar). */
export function tagIdWarnings(platform: Platform, tagId: string): string[] {
  const result = validateTagId(platform, tagId);
  return result.ok ? [] : [result.warning];
}
