import { z } from '@hono/zod-openapi';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from '../../../core/consent/settings.js';
import { DEVICE_TYPES, REDIRECT_TYPES } from '../../../core/link.js';
import { PageQuery, isoDate, pageOf, urlString } from './common.js';

const url = (description: string) => urlString().openapi({ description, example: 'https://example.com/article' });
const stringList = (max: number, itemMax: number) => z.array(z.string().min(1).max(itemMax)).max(max);

export const RoutingRuleSchema = z
  .strictObject({
    when: z.strictObject({
      country: stringList(250, 2).optional().openapi({ description: 'ISO 3166-1 alpha-2 codes, any of.', example: ['DE', 'AT'] }),
      device: z.array(z.enum(DEVICE_TYPES)).max(4).optional(),
      os: stringList(20, 40).optional().openapi({ example: ['iOS'] }),
      browser: stringList(20, 40).optional().openapi({ example: ['Safari'] }),
      language: stringList(50, 20).optional().openapi({ example: ['de'] }),
    }),
    url: url('Where matching visitors go.'),
  })
  .openapi('RoutingRule');

export const ConsentOverrideSchema = z
  .strictObject({ policy: z.enum(CONSENT_POLICIES).optional(), optInAction: z.enum(OPT_IN_ACTIONS).optional() })
  .openapi('ConsentSettingsOverride', { description: 'Per-link override of the workspace consent defaults.' });

export const EventSchema = z
  .strictObject({
    name: z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/).optional().openapi({ description: 'Audience event name (default `ricochet_click`).' }),
    params: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/), z.string().max(200)).optional().openapi({ example: { campaign: 'spring', topic: 'running' } }),
  })
  .openapi('AudienceEvent');

export const OpenGraphSchema = z
  .strictObject({ title: z.string().max(300).optional(), description: z.string().max(1000).optional(), image: url('Preview image URL.').optional() })
  .openapi('OpenGraph');

const linkFields = {
  url: url('Destination: an absolute http(s) URL, at most 8 KB.'),
  slug: z.string().min(1).max(100).optional().openapi({ description: 'Case-sensitive; random when absent.', example: 'spring-sale' }),
  domain: z.string().max(260).optional().openapi({ description: 'A registered custom domain; the default domain when absent.' }),
  title: z.string().max(500).nullable().optional(),
  tags: z.array(z.string().min(1).max(50)).max(50).optional(),
  pixelIds: z.array(z.string().min(1).max(64)).max(50).optional().openapi({ description: 'Absent → the workspace default pixels.' }),
  redirectType: z.union(REDIRECT_TYPES.map((n) => z.literal(n)) as [z.ZodLiteral<301>, z.ZodLiteral<302>, z.ZodLiteral<307>, z.ZodLiteral<308>]).optional().openapi({ description: 'Default 302.' }),
  forwardQuery: z.boolean().optional().openapi({ description: 'Merge the incoming query string into the destination (default true). Ad click ids are always kept.' }),
  expiresAt: isoDate('After this instant the link answers with `expiredUrl` or a 410 page.').nullable().optional(),
  expiredUrl: url('Where an expired link goes.').nullable().optional(),
  maxClicks: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable().optional().openapi({ description: 'Human clicks after which the link stops redirecting to `url`.' }),
  limitUrl: url('Where a link that reached `maxClicks` goes.').nullable().optional(),
  password: z.string().min(1).max(200).nullable().optional().openapi({ description: 'Visitors must enter it first. Write-only.' }),
  rules: z.array(RoutingRuleSchema).max(50).optional(),
  consent: ConsentOverrideSchema.nullable().optional(),
  event: EventSchema.nullable().optional(),
  og: OpenGraphSchema.nullable().optional(),
};

export const LinkCreate = z.strictObject(linkFields).openapi('LinkCreate');
export const LinkUpdate = z.strictObject({ ...linkFields, url: linkFields.url.optional() }).openapi('LinkUpdate');

export const LinkResponse = z
  .object({
    id: z.string(),
    url: z.string(),
    slug: z.string(),
    domain: z.string().openapi({ description: 'Hostname the short link lives on.' }),
    shortUrl: z.string(),
    title: z.string().nullable(),
    tags: z.array(z.string()),
    pixelIds: z.array(z.string()),
    redirectType: z.number().int(),
    forwardQuery: z.boolean(),
    expiresAt: z.string().nullable(),
    expiredUrl: z.string().nullable(),
    maxClicks: z.number().int().nullable(),
    limitUrl: z.string().nullable(),
    hasPassword: z.boolean(),
    rules: z.array(RoutingRuleSchema),
    consent: ConsentOverrideSchema.nullable(),
    event: z.object({ name: z.string(), params: z.record(z.string(), z.string()) }).nullable(),
    og: OpenGraphSchema.nullable(),
    clicks: z.number().int().openapi({ description: 'Human clicks recorded so far.' }),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Link');

export const LinkPage = pageOf(LinkResponse, 'LinkPage');

export const LinkListQuery = PageQuery.extend({
  q: z.string().max(200).optional().openapi({ description: 'Substring of slug, URL, title or a tag (case-insensitive).' }),
  tag: z.string().max(50).optional().openapi({ description: 'Only links with exactly this tag.' }),
  domain: z.string().max(260).optional().openapi({ description: 'Only links on this domain.' }),
});

export const BulkCreate = z
  .strictObject({ links: z.array(z.unknown()).min(1).openapi({ description: 'Up to 1,000 `LinkCreate` objects; each is validated on its own.' }) })
  .openapi('LinkBulkCreate');

export const BulkResponse = z
  .object({
    created: z.number().int(),
    failed: z.number().int(),
    results: z.array(
      z.object({
        index: z.number().int(),
        ok: z.boolean(),
        link: LinkResponse.optional(),
        error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }).optional(),
      }),
    ),
  })
  .openapi('LinkBulkResult');
