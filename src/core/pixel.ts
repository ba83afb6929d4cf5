import type { Platform } from './pixels/platform.js';

export interface Pixel {
  id: string;
  workspaceId: string;
  platform: Platform;
  /** The platform's id for the pixel/tag (Meta pixel id, `AW-…`, partner id, …). */
  tagId: string;
  name: string;
  /** Default pixels are attached to new links that do not list `pixelIds`. */
  isDefault: boolean;
  createdAt: number;
  updatedAt: number;
}
