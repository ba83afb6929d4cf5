import { AppError } from '../../core/errors.js';
import type { Platform } from '../../core/pixels/platform.js';

/**
 * Tag ids are validated loosely (DESIGN.md §3): no platform publishes a grammar, so an id of an
 * unusual shape is accepted (the platform catalogue reports a shape warning separately) and
 * only obvious junk — markup, quotes, control characters, whitespace — is refused.
 */
const JUNK = /[\s<>"'`\\\u0000-\u001f\u007f]/;

export function checkTagId(platform: Platform, tagId: string): string {
  const trimmed = tagId.trim();
  if (trimmed.length === 0 || trimmed.length > 64 || JUNK.test(trimmed)) {
    throw new AppError('PIXEL_ID_INVALID', `This cannot be a ${platform} id.`, { field: 'tagId' });
  }
  return trimmed;
}
