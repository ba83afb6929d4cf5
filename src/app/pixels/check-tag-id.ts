import { AppError } from '../../core/errors.js';
import { isObviousJunk, wrongProductId } from '../../core/pixels/catalog.js';
import type { Platform } from '../../core/pixels/platform.js';

/**
 * Tag ids are validated loosely (docs/pixels.md §0): no platform publishes a grammar, so an id of an
 * unusual shape is accepted (with a shape warning from the catalogue) and only obvious junk —
 * markup, quotes, control characters, whitespace, over 64 characters — is refused, and so is an id
 * of another product (a `UA-` id on a GA4 pixel).
 */
export function checkTagId(platform: Platform, tagId: string): string {
  const trimmed = tagId.trim();
  if (isObviousJunk(trimmed)) throw new AppError('PIXEL_ID_INVALID', `This cannot be a ${platform} id.`, { field: 'tagId' });
  const wrong = wrongProductId(platform, trimmed);
  if (wrong) throw new AppError('PIXEL_ID_INVALID', wrong, { field: 'tagId' });
  return trimmed;
}
