import { z } from '@hono/zod-openapi';
import { CLICK_ID_PARAMS } from '../../../core/redirect/destination.js';
import { CONSENT_OUTCOMES } from '../../../core/consent/consent-decision.js';
import { DEVICE_TYPES } from '../../../core/link.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, PageQuery, idOf, pageOf, timestamp } from './common.js';
import { rangeFields } from './stats-schemas.js';

const text = (description: string, example: string) => z.string().min(1).max(200).optional().openapi({ description, example });

/** What the CSV export and the events list filter on: the JSON names of the click's fields. */
export const ClickFilterFields = {
  linkId: z.string().max(64).optional().openapi({ description: 'Only this link’s clicks.', example: EXAMPLE_IDS.link }),
  ...rangeFields,
  bots: z.enum(['include', 'exclude', 'only']).default('include').openapi({ description: 'Bot and link-preview hits: with the humans (default), without them, or alone.', example: 'exclude' }),
  country: z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166 country code in capitals, e.g. `DE`.').optional().openapi({ description: 'ISO 3166-1 alpha-2, capitals.', example: 'DE' }),
  device: z.enum(DEVICE_TYPES).optional().openapi({ example: 'mobile' }),
  consent: z.enum(CONSENT_OUTCOMES).optional().openapi({ description: 'The consent outcome (docs/consent.md).', example: 'granted_cookie' }),
  referrerHost: text('The referring site’s host name.', 'news.example'),
  utmSource: text('The visit’s `utm_source`.', 'newsletter'),
  utmMedium: text('The visit’s `utm_medium`.', 'email'),
  utmCampaign: text('The visit’s `utm_campaign`.', 'spring-sale'),
  utmTerm: text('The visit’s `utm_term`.', 'shoes'),
  utmContent: text('The visit’s `utm_content`.', 'hero'),
};

export const ClicksCsvQuery = z.object(ClickFilterFields);

export const EventListQuery = PageQuery.extend(ClickFilterFields);

const nullableText = (description: string) => z.string().nullable().openapi({ description });

const example = {
  id: 'clk_01kbmz3f8r9c2v6x4n7q5t8w0y',
  time: EXAMPLE_TIME,
  linkId: EXAMPLE_IDS.link,
  slug: 'spring',
  domain: 'go.example.com',
  country: 'DE',
  device: 'mobile' as const,
  os: 'iOS',
  browser: 'Safari',
  referrerHost: 'news.example',
  utm: { source: 'newsletter', medium: 'email', campaign: 'spring-sale', term: null, content: null },
  clickIds: ['fbclid'],
  bot: false,
  consent: 'granted_cookie' as const,
  pixelsFired: [EXAMPLE_IDS.pixel],
  pixelsConfirmed: [EXAMPLE_IDS.pixel],
};

/**
 * One click, as the CSV export has it (its columns are these names in snake_case, `utm.source`
 * as `utm_source`, `id` as `click_id`). No IP and no visitor value: none is stored.
 */
export const ClickEvent = z
  .object({
    id: z.string().openapi({ pattern: '^clk_[0-9a-z]{26}$', example: example.id }),
    time: timestamp('When the click happened.'),
    linkId: idOf('link'),
    slug: nullableText('The link’s slug; null once the link is deleted.'),
    domain: nullableText('The link’s host name; null once the link is deleted.'),
    country: nullableText('ISO 3166-1 alpha-2; null when unknown.'),
    device: z.enum(DEVICE_TYPES),
    os: nullableText('Operating system family; null when unknown.'),
    browser: nullableText('Browser family; null when unknown.'),
    referrerHost: nullableText('The referring site’s host name; null for direct traffic.'),
    utm: z
      .object({ source: z.string().nullable(), medium: z.string().nullable(), campaign: z.string().nullable(), term: z.string().nullable(), content: z.string().nullable() })
      .openapi({ description: 'The UTM parameters of the visit to the short link.' }),
    clickIds: z.array(z.enum(CLICK_ID_PARAMS)).openapi({ description: 'Names of the ad click ids the visit carried (never their values).' }),
    bot: z.boolean().openapi({ description: 'A bot or link-preview hit (never fires pixels).' }),
    consent: z.enum(CONSENT_OUTCOMES),
    pixelsFired: z.array(z.string()).openapi({ description: 'Ids of the pixels the interstitial was told to fire.' }),
    pixelsConfirmed: z.array(z.string()).nullable().openapi({ description: 'Ids of the pixels whose hit the interstitial saw leave the browser; null until its beacon arrived.' }),
  })
  .openapi('ClickEvent', { example });

export const EventPage = pageOf(ClickEvent, 'ClickEventPage', example);
