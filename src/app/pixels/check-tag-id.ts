import { AppError } from '../../core/errors.js';
import { isObviousJunk } from '../../core/pixels/catalog.js';
import type { Platform } from '../../core/pixels/platform.js';

/**
 * Tag ids are validated loosely (docs/pixels.md §0): no platform publishes a grammar, so an id of an
 * unusual shape is accepted (with a shape warning from the catalogue) and only obvious junk —
 * markup, quotes, control characters, whitespace, over 64 characters — is refused.
 */
export function checkTagId(platform: Platform, tagId: string): string {
  const trimmed = tagId.trim();
  if (isObviousJunk(trimmed)) throw new AppError('PIXEL_ID_INVALID', `This cannot be a ${platform} id.`, { field: 'tagId' });
  return trimmed;
}
