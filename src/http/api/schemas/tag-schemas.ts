import { z } from '@hono/zod-openapi';
import { PageQuery, pageOf } from './common.js';

import { TAG_COLORS } from '../../../core/organisation.js';

const example = { name: 'spring', links: 12, color: 'green' };

export const TagResponse = z
  .object({
    name: z.string(),
    links: z.number().int().openapi({ description: 'Links of the workspace with this tag.' }),
    color: z.enum(TAG_COLORS).nullable().openapi({ description: 'Set with `PUT /tags/{name}`; null is the default.' }),
  })
  .openapi('Tag', { example });

export const TagPage = pageOf(TagResponse, 'TagPage', example);

export const TagListQuery = PageQuery.extend({
  q: z.string().max(50).optional().openapi({ description: 'Only tags containing this text (case-insensitive).', example: 'spr' }),
});
