import { z } from '@hono/zod-openapi';
import { UTM_FIELDS } from '../../../core/link-utm.js';
import { TAG_COLORS, VIEW_SCREENS } from '../../../core/organisation.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, idOf, timestamp } from './common.js';

const name = (example: string) => z.string().trim().min(1, 'must not be blank').max(100).openapi({ example });

export const FolderCreate = z.strictObject({ name: name('Spring campaign') }).openapi('FolderCreate', { example: { name: 'Spring campaign' } });
export const FolderUpdate = z.strictObject({ name: name('Spring campaign 2026') }).openapi('FolderUpdate', { example: { name: 'Spring campaign 2026' } });

const folderExample = { id: EXAMPLE_IDS.folder, name: 'Spring campaign', links: 12, createdAt: EXAMPLE_TIME, updatedAt: EXAMPLE_TIME };
export const FolderResponse = z
  .object({
    id: idOf('folder'),
    name: z.string(),
    links: z.number().int().openapi({ description: 'Links filed in this folder.' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('Folder', { example: folderExample });
export const FolderList = z.object({ data: z.array(FolderResponse) }).openapi('FolderList', { example: { data: [folderExample] } });

export const TagColorSchema = z.enum(TAG_COLORS).openapi({ description: 'One of a fixed palette; the dashboard shows each with enough contrast in light and dark mode.', example: 'green' });
export const TagNameParam = z.object({
  name: z.string().min(1).max(50).openapi({ param: { name: 'name', in: 'path' }, description: 'The tag, URL-encoded.', example: 'spring' }),
});
export const TagUpdate = z
  .strictObject({ color: TagColorSchema.nullable().openapi({ description: 'The tag’s colour; null for the default.' }) })
  .openapi('TagUpdate', { example: { color: 'green' } });

const utmValues = z
  .strictObject(Object.fromEntries(UTM_FIELDS.map((f) => [f, z.string().min(1).max(200).optional()])) as Record<(typeof UTM_FIELDS)[number], z.ZodOptional<z.ZodString>>)
  .openapi('UtmTemplateValues', { description: 'The UTM values the template sets (`source` → `utm_source`, …); absent ones are left as they are.', example: { source: 'newsletter', medium: 'email' } });

export const UtmTemplateCreate = z.strictObject({ name: name('Newsletter'), utm: utmValues }).openapi('UtmTemplateCreate', { example: { name: 'Newsletter', utm: { source: 'newsletter', medium: 'email' } } });
export const UtmTemplateUpdate = z
  .strictObject({ name: name('Newsletter (weekly)').optional(), utm: utmValues.optional() })
  .openapi('UtmTemplateUpdate', { example: { utm: { source: 'newsletter', medium: 'email', campaign: 'weekly' } } });
const templateExample = { id: EXAMPLE_IDS.utmTemplate, name: 'Newsletter', utm: { source: 'newsletter', medium: 'email' }, createdAt: EXAMPLE_TIME, updatedAt: EXAMPLE_TIME };
export const UtmTemplateResponse = z
  .object({ id: idOf('utmTemplate'), name: z.string(), utm: z.record(z.string(), z.string()), createdAt: timestamp(), updatedAt: timestamp() })
  .openapi('UtmTemplate', { example: templateExample });
export const UtmTemplateList = z.object({ data: z.array(UtmTemplateResponse) }).openapi('UtmTemplateList', { example: { data: [templateExample] } });

export const ViewCreate = z
  .strictObject({
    name: name('Spring, mobile only'),
    screen: z.enum(VIEW_SCREENS).openapi({ description: 'Which screen the view filters.', example: 'analytics' }),
    query: z.string().max(2000).openapi({ description: 'The screen’s filter as a query string.', example: 'tag=spring&device=mobile' }),
  })
  .openapi('ViewCreate', { example: { name: 'Spring, mobile only', screen: 'analytics', query: 'tag=spring&device=mobile' } });
const viewExample = { id: EXAMPLE_IDS.view, name: 'Spring, mobile only', screen: 'analytics', query: 'tag=spring&device=mobile', createdAt: EXAMPLE_TIME };
export const ViewResponse = z
  .object({ id: idOf('view'), name: z.string(), screen: z.enum(VIEW_SCREENS), query: z.string(), createdAt: timestamp() })
  .openapi('View', { example: viewExample });
export const ViewList = z.object({ data: z.array(ViewResponse) }).openapi('ViewList', { example: { data: [viewExample] } });
export const ViewListQuery = z.object({ screen: z.enum(VIEW_SCREENS).optional().openapi({ description: 'Only the views of this screen.', example: 'links' }) });
