import type { Platform } from '../../core/pixels/platform.js';

export interface PixelInput {
  platform: Platform;
  tagId: string;
  name?: string;
  isDefault?: boolean;
}

export type PixelPatch = Partial<PixelInput>;
