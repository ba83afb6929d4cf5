import { z } from '@hono/zod-openapi';
import { CONSENT_POLICIES, OPT_IN_ACTIONS } from '../../../core/consent/settings.js';
import { DEVICE_TYPES, REDIRECT_TYPES, type RedirectType } from '../../../core/link.js';
import { UTM_FIELDS } from '../../../core/link-utm.js';
import { LIMITS, eventParamsBytes } from '../../../core/limits.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, PageQuery, idOf, isoDate, pageOf, timestamp, urlString } from './common.js';

const url = (description: string) => urlString().openapi({ description, example: 'https://example.com/article' });
const stringList = (max: number, itemMax: number) => z.array(z.string().min(1).max(itemMax)).max(max);

export const RoutingRuleSchema = z
  .strictObject({
    when: z.strictObject({
      country: stringList(250, 2).optional().openapi({ description: 'ISO 3166-1 alpha-2 codes, any of.', example: ['DE', 'AT'] }),
      device: z.array(z.enum(DEVICE_TYPES)).max(4).optional().openapi({ example: ['mobile'] }),
      os: stringList(20, 40).optional().openapi({ example: ['iOS'] }),
      browser: stringList(20, 40).optional().openapi({ example: ['Safari'] }),
      language: stringList(50, 20).optional().openapi({ example: ['de'] }),
    }),
    url: url('Where matching visitors go.'),
  })
  .openapi('RoutingRule', { example: { when: { country: ['DE', 'AT'] }, url: 'https://example.com/de/article' } });

export const ConsentOverrideSchema = z
  .strictObject({ policy: z.enum(CONSENT_POLICIES).optional(), optInAction: z.enum(OPT_IN_ACTIONS).optional() })
  .openapi('ConsentSettingsOverride', { description: 'Per-link override of the workspace consent defaults.', example: { policy: 'always', optInAction: 'ask' } });

const eventName = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/);
export const EventSchema = z
  .strictObject({
    name: eventName.optional().openapi({ description: 'Audience event name (default `ricochet_click`).', example: 'ricochet_click' }),
    params: z
      .record(eventName, z.string().max(200))
      .refine((p) => Object.keys(p).length <= LIMITS.eventParams, `At most ${LIMITS.eventParams} params.`)
      .refine((p) => eventParamsBytes(p) <= LIMITS.eventParamsBytes, `At most ${LIMITS.eventParamsBytes} bytes of keys and values together.`)
      .optional()
      .openapi({
        maxProperties: LIMITS.eventParams,
        description: `Sent with the event on the interstitial: at most ${LIMITS.eventParams} params, ${LIMITS.eventParamsBytes} bytes of keys and values together.`,
        example: { campaign: 'spring', topic: 'running' },
      }),
  })
  .openapi('AudienceEvent', { example: { name: 'read_article', params: { topic: 'running' } } });

export const OpenGraphSchema = z
  .strictObject({ title: z.string().max(300).optional(), description: z.string().max(1000).optional(), image: url('Preview image URL.').optional() })
  .openapi('OpenGraph', { example: { title: 'Spring sale', description: 'Everything 20 % off', image: 'https://example.com/sale.png' } });

const utmValue = z.string().min(1).max(200);
const utmExample = { source: 'newsletter', medium: 'email', campaign: 'spring-sale' };
/** Create: the values to put into the destination's query string. */
const UtmCreate = z
  .strictObject(Object.fromEntries(UTM_FIELDS.map((f) => [f, utmValue.optional()])) as Record<(typeof UTM_FIELDS)[number], z.ZodOptional<typeof utmValue>>)
  .openapi('UtmParameters', {
    description: 'UTM parameters, written into the destination URL’s query string as `utm_source`, `utm_medium`, … (replacing any already there).',
    example: utmExample,
  });
/** Update: a value sets the parameter, `null` removes it, an absent key leaves it. */
const UtmUpdate = z
  .strictObject(Object.fromEntries(UTM_FIELDS.map((f) => [f, utmValue.nullable().optional()])) as Record<(typeof UTM_FIELDS)[number], z.ZodOptional<z.ZodNullable<typeof utmValue>>>)
  .openapi('UtmParametersUpdate', { description: 'A value sets the parameter in the destination URL, `null` removes it, an absent key leaves it.', example: { campaign: 'summer-sale', content: null } });

const redirectType = z
  .number()
  .int()
  .refine((n): n is RedirectType => (REDIRECT_TYPES as readonly number[]).includes(n), { message: `Must be one of ${REDIRECT_TYPES.join(', ')}.` })
  .openapi({ type: 'integer', enum: [...REDIRECT_TYPES], example: 302 });

const externalId = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[\x21-\x7e]+$/, 'Printable ASCII without spaces.')
  .openapi({ description: 'Your own id for this link (e.g. a CMS or CRM id), unique in the workspace. `PUT /links/external/{externalId}` creates or updates by it.', example: 'cms-article-8812' });

const createFields = {
  url: url('Destination: an absolute http(s) URL, at most 8 KB.'),
  slug: z.string().min(1).max(100).optional().openapi({ description: 'Case-sensitive; random when absent.', example: 'spring-sale' }),
  domain: z.string().max(260).optional().openapi({ description: 'A registered custom domain; the default domain when absent.', example: 'go.example.com' }),
  externalId: externalId.optional(),
  title: z.string().max(500).nullable().optional().openapi({ example: 'Spring sale announcement' }),
  tags: z.array(z.string().min(1).max(50)).max(LIMITS.tags).optional().openapi({ example: ['spring', 'newsletter'] }),
  pixelIds: z.array(z.string().min(1).max(64)).max(LIMITS.pixelsPerLink).optional().openapi({ description: 'Pixels to fire; absent → the workspace’s default pixels, `[]` → none.', example: [EXAMPLE_IDS.pixel] }),
  utm: UtmCreate.optional(),
  redirectType: redirectType.optional().openapi({ description: 'Status of a direct redirect; default 302.' }),
  forwardQuery: z.boolean().optional().openapi({ description: 'Merge the incoming query string into the destination (default true). Ad click ids are always kept.' }),
  expiresAt: isoDate('After this instant the link answers with `expiredUrl` or a 410 page.').nullable().optional(),
  expiredUrl: url('Where an expired link goes.').nullable().optional(),
  maxClicks: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).nullable().optional().openapi({ description: 'Human clicks after which the link stops redirecting to `url`.', example: 1000 }),
  limitUrl: url('Where a link that reached `maxClicks` goes.').nullable().optional(),
  password: z.string().min(1).max(200).nullable().optional().openapi({ description: 'Visitors must enter it first. Write-only: responses say `hasPassword`.' }),
  rules: z.array(RoutingRuleSchema).max(LIMITS.rules).optional(),
  consent: ConsentOverrideSchema.nullable().optional(),
  event: EventSchema.nullable().optional(),
  og: OpenGraphSchema.nullable().optional(),
  serverOnly: z.boolean().optional().openapi({
    description:
      'A plain 302 with no interstitial, even when pixels may fire: the pixels with server-side events set up get them from the server (docs/conversions.md). Nothing runs in the browser, so platforms match on less (no pixel cookies). Default false.',
  }),
  conversionTracking: z.boolean().nullable().optional().openapi({
    description: 'Append the click id to the destination as `rc_click` so the destination can report leads and sales (`POST /track/lead`, `/track/sale`). `null`: the workspace’s setting (the default).',
  }),
};

export const LinkCreate = z
  .strictObject(createFields)
  .openapi('LinkCreate', { example: { url: 'https://example.com/article', slug: 'spring-sale', tags: ['spring'], utm: utmExample, pixelIds: [EXAMPLE_IDS.pixel] } });

/** The body of `PUT /links/external/{externalId}`: a create body whose `externalId` is in the path. */
const { externalId: _externalId, ...upsertFields } = createFields;
export const LinkUpsert = z
  .strictObject(upsertFields)
  .openapi('LinkUpsert', { description: 'Created with these fields if no link has the `externalId` yet; otherwise each field present is applied as by `PATCH` and absent fields stay.', example: { url: 'https://example.com/article', tags: ['spring'], utm: utmExample } });

/** Update fields: every field optional; descriptions say what a value, `null` and absence do. */
export const updateFields = {
  ...createFields,
  url: url('New destination.').optional(),
  slug: z.string().min(1).max(100).optional().openapi({ description: 'New slug (case-sensitive); 409 `SLUG_TAKEN` if used on the domain.', example: 'spring-sale-2' }),
  domain: z.string().max(260).optional().openapi({ description: 'Move the link to another registered domain (or the default one).', example: 'go.example.com' }),
  externalId: externalId.nullable().optional().openapi({ description: 'Set or (with `null`) clear your own id for this link.' }),
  pixelIds: z.array(z.string().min(1).max(64)).max(LIMITS.pixelsPerLink).optional().openapi({ description: 'Replaces the link’s pixels; `[]` detaches all. Absent: unchanged.', example: [EXAMPLE_IDS.pixel] }),
  tags: z.array(z.string().min(1).max(50)).max(LIMITS.tags).optional().openapi({ description: 'Replaces the link’s tags. Absent: unchanged.', example: ['spring'] }),
  utm: UtmUpdate.nullable().optional().openapi({ description: 'Per parameter: a value sets it, `null` removes it. `utm: null` removes every UTM parameter from the destination.' }),
  redirectType: redirectType.optional().openapi({ description: 'Status of a direct redirect.' }),
  forwardQuery: z.boolean().optional().openapi({ description: 'Merge the incoming query string into the destination. Ad click ids are always kept.' }),
};
export const LinkUpdate = z.strictObject(updateFields).openapi('LinkUpdate', { example: { title: 'Spring sale (extended)', utm: { campaign: 'spring-sale-extended' }, expiresAt: '2026-12-31T23:59:59Z' } });

const Utm = z
  .object(Object.fromEntries(UTM_FIELDS.map((f) => [f, z.string().nullable()])) as Record<(typeof UTM_FIELDS)[number], z.ZodNullable<z.ZodString>>)
  .openapi('Utm', { description: 'The UTM parameters of the destination URL (null: absent).', example: { ...utmExample, term: null, content: null } });

export const EXAMPLE_LINK = {
  id: EXAMPLE_IDS.link,
  url: 'https://example.com/article?utm_source=newsletter&utm_medium=email&utm_campaign=spring-sale',
  slug: 'spring-sale',
  domain: 'go.example.com',
  shortUrl: 'https://go.example.com/spring-sale',
  externalId: 'cms-article-8812',
  title: 'Spring sale announcement',
  tags: ['spring'],
  pixelIds: [EXAMPLE_IDS.pixel],
  utm: { ...utmExample, term: null, content: null },
  redirectType: 302,
  forwardQuery: true,
  expiresAt: null,
  expiredUrl: null,
  maxClicks: null,
  limitUrl: null,
  hasPassword: false,
  rules: [],
  consent: null,
  event: null,
  og: null,
  serverOnly: false,
  conversionTracking: null,
  humanClicks: 1520,
  clicks: 1520,
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
};

export const LinkResponse = z
  .object({
    id: idOf('link'),
    url: z.string().openapi({ format: 'uri', description: 'Destination, UTM parameters included.' }),
    slug: z.string(),
    domain: z.string().openapi({ description: 'Hostname the short link lives on.' }),
    shortUrl: z.string().openapi({ format: 'uri' }),
    externalId: z.string().nullable(),
    title: z.string().nullable(),
    tags: z.array(z.string()),
    pixelIds: z.array(z.string()),
    utm: Utm,
    redirectType: redirectType,
    forwardQuery: z.boolean(),
    expiresAt: timestamp().nullable(),
    expiredUrl: z.string().nullable().openapi({ format: 'uri' }),
    maxClicks: z.number().int().nullable(),
    limitUrl: z.string().nullable().openapi({ format: 'uri' }),
    hasPassword: z.boolean(),
    rules: z.array(RoutingRuleSchema),
    consent: ConsentOverrideSchema.nullable(),
    event: z.object({ name: z.string(), params: z.record(z.string(), z.string()) }).nullable(),
    og: OpenGraphSchema.nullable(),
    serverOnly: z.boolean(),
    conversionTracking: z.boolean().nullable().openapi({ description: 'Null: the workspace’s setting applies.' }),
    humanClicks: z.number().int().openapi({ description: 'Human clicks recorded so far (bots and previews excluded), as `humanClicks` in stats.' }),
    clicks: z.number().int().openapi({ deprecated: true, description: 'Deprecated: the same number as `humanClicks`. In stats, `clicks` means human clicks plus bots; read `humanClicks` here.' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('Link', { example: EXAMPLE_LINK });

export const LinkPage = pageOf(LinkResponse, 'LinkPage', EXAMPLE_LINK);

export const LinkListQuery = PageQuery.extend({
  q: z.string().max(200).optional().openapi({ description: 'Substring of slug, URL, title or a tag (case-insensitive).', example: 'sale' }),
  tag: z.string().max(50).optional().openapi({ description: 'Only links with exactly this tag.', example: 'spring' }),
  domain: z.string().max(260).optional().openapi({ description: 'Only links on this domain.', example: 'go.example.com' }),
});

export const LinkLookupQuery = z.object({
  slug: z.string().min(1).max(100).optional().openapi({ description: 'The short link’s slug (case-sensitive); with `domain` when not on the default domain.', example: 'spring-sale' }),
  domain: z.string().max(260).optional().openapi({ description: 'Hostname of the short link; the default domain when absent.', example: 'go.example.com' }),
  externalId: z.string().min(1).max(255).optional().openapi({ description: 'Your own id of the link. Give either `slug` (and `domain`) or `externalId`.', example: 'cms-article-8812' }),
});

export const ExternalIdParam = z.object({
  externalId: externalId.openapi({ param: { name: 'externalId', in: 'path' } }),
});
