import { z } from '@hono/zod-openapi';
import { PLATFORMS } from '../../../core/pixels/platform.js';
import { EXAMPLE_TIME, PageQuery, idOf, pageOf, timestamp } from './common.js';

const fields = {
  platform: z.enum(PLATFORMS).openapi({ example: 'meta' }),
  tagId: z.string().min(1).max(64).openapi({ description: 'The platform’s pixel / tag id. One pixel per platform and tag id in a workspace (409 `PIXEL_DUPLICATE`).', example: '123456789012345' }),
  name: z.string().max(100).optional().openapi({ description: 'A label; `<platform> <tagId>` when absent.', example: 'Main Meta pixel' }),
  isDefault: z.boolean().optional().openapi({ description: 'Attach to new links that do not list `pixelIds`.' }),
};

export const PixelCreate = z.strictObject(fields).openapi('PixelCreate', { example: { platform: 'meta', tagId: '123456789012345', name: 'Main Meta pixel', isDefault: true } });
export const PixelUpdate = z
  .strictObject({
    ...fields,
    platform: fields.platform.optional(),
    tagId: fields.tagId.optional(),
    name: z.string().max(100).optional().openapi({ description: 'New label; blank keeps the current one.', example: 'Meta pixel (EU shop)' }),
    isDefault: z.boolean().optional().openapi({ description: 'Whether new links without `pixelIds` get this pixel. Existing links keep theirs.' }),
  })
  .openapi('PixelUpdate', { example: { name: 'Meta pixel (EU shop)', isDefault: false } });

const example = {
  id: 'pix_01kbmz3f8r9c2v6x4n7q5t8w0y',
  platform: 'meta',
  tagId: '123456789012345',
  name: 'Main Meta pixel',
  isDefault: true,
  warnings: [],
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
};

export const PixelResponse = z
  .object({
    id: idOf('pixel'),
    platform: z.enum(PLATFORMS),
    tagId: z.string(),
    name: z.string(),
    isDefault: z.boolean(),
    warnings: z.array(z.string()).openapi({ description: 'Shape warnings about `tagId` (ids are validated loosely).' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('Pixel', { example });

export const PixelPage = pageOf(PixelResponse, 'PixelPage', example);
export const PixelListQuery = PageQuery.extend({
  q: z.string().max(200).optional().openapi({ description: 'Substring of the name or tag id (case-insensitive).', example: 'shop' }),
  platform: z.enum(PLATFORMS).optional().openapi({ example: 'meta' }),
});
