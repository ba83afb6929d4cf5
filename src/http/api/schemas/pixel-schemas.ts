import { z } from '@hono/zod-openapi';
import { PLATFORMS } from '../../../core/pixels/platform.js';
import { PageQuery, pageOf } from './common.js';

const fields = {
  platform: z.enum(PLATFORMS),
  tagId: z.string().min(1).max(64).openapi({ description: 'The platform’s pixel / tag id.', example: '123456789012345' }),
  name: z.string().max(100).optional(),
  isDefault: z.boolean().optional().openapi({ description: 'Attach to new links that do not list `pixelIds`.' }),
};

export const PixelCreate = z.strictObject(fields).openapi('PixelCreate');
export const PixelUpdate = z.strictObject({ ...fields, platform: fields.platform.optional(), tagId: fields.tagId.optional() }).openapi('PixelUpdate');

export const PixelResponse = z
  .object({
    id: z.string(),
    platform: z.enum(PLATFORMS),
    tagId: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    warnings: z.array(z.string()).openapi({ description: 'Shape warnings about `tagId` (ids are validated loosely).' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Pixel');

export const PixelPage = pageOf(PixelResponse, 'PixelPage');
export const PixelListQuery = PageQuery.extend({
  q: z.string().max(200).optional(),
  platform: z.enum(PLATFORMS).optional(),
});
