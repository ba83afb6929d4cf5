/**
 * The payloads of webhook messages, as JSON Schemas in the OpenAPI document's `webhooks` section
 * (docs/webhooks.md "Events"). Every message is Standard Webhooks' envelope
 * `{ type, timestamp, data }`; these describe `data` per event type.
 */
import { z } from '@hono/zod-openapi';
import { CONSENT_OUTCOMES, PIXEL_OUTCOMES } from '../../../core/consent/consent-decision.js';
import { DEVICE_TYPES } from '../../../core/link.js';
import { PLATFORMS } from '../../../core/pixels/platform.js';
import { CLICK_ID_PARAMS } from '../../../core/redirect/destination.js';
import type { MessageType } from '../../../core/webhooks/events.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, idOf, timestamp } from './common.js';

const linkExample = {
  id: EXAMPLE_IDS.link,
  externalId: 'cms-8812',
  domain: 'go.example.com',
  slug: 'spring',
  shortUrl: 'https://go.example.com/spring',
  url: 'https://example.com/article',
  title: 'Spring sale',
  tags: ['spring'],
  pixelIds: [EXAMPLE_IDS.pixel],
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
};

export const LinkEventData = z
  .object({
    id: idOf('link'),
    externalId: z.string().nullable(),
    domain: z.string().openapi({ description: 'The host the short link lives on.' }),
    slug: z.string(),
    shortUrl: z.string().openapi({ format: 'uri' }),
    url: z.string().openapi({ format: 'uri', description: 'The destination.' }),
    title: z.string().nullable(),
    tags: z.array(z.string()),
    pixelIds: z.array(z.string()),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('LinkEventData', { description: 'The link’s identity and main fields; `GET /links/{id}` has the rest.', example: linkExample });

export const LinkDeletedData = z
  .object({
    id: idOf('link'),
    externalId: z.string().nullable(),
    domain: z.string(),
    slug: z.string(),
    shortUrl: z.string().openapi({ format: 'uri' }),
    tags: z.array(z.string()),
    deletedAt: timestamp(),
  })
  .openapi('LinkDeletedData', { example: { id: EXAMPLE_IDS.link, externalId: 'cms-8812', domain: 'go.example.com', slug: 'spring', shortUrl: 'https://go.example.com/spring', tags: ['spring'], deletedAt: EXAMPLE_TIME } });

const clickExample = {
  id: EXAMPLE_IDS.click,
  linkId: EXAMPLE_IDS.link,
  at: EXAMPLE_TIME,
  country: 'DE',
  device: 'mobile',
  os: 'iOS',
  browser: 'Mobile Safari',
  referrerHost: 'news.example.org',
  utm: { source: 'newsletter', medium: 'email', campaign: 'spring', term: null, content: null },
  clickIds: ['gclid'],
  consent: 'granted_cookie',
  pixels: [{ id: EXAMPLE_IDS.pixel, outcome: 'fire' }],
};

const nullableText = () => z.string().nullable();

export const ClickEventItem = z
  .object({
    id: idOf('click').openapi({ description: 'The click’s id: the dedup key its pixel events and conversions carry.' }),
    linkId: idOf('link'),
    at: timestamp(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2; null when unknown.' }),
    device: z.enum(DEVICE_TYPES),
    os: nullableText(),
    browser: nullableText(),
    referrerHost: nullableText(),
    utm: z.object({ source: nullableText(), medium: nullableText(), campaign: nullableText(), term: nullableText(), content: nullableText() }).openapi({ description: 'The UTM parameters of the visit to the short link.' }),
    clickIds: z.array(z.enum(CLICK_ID_PARAMS)).openapi({ description: 'Names of the ad click ids the visit carried; never their values.' }),
    consent: z.enum(CONSENT_OUTCOMES).openapi({ description: 'How consent was decided for the click (docs/consent.md).' }),
    pixels: z.array(z.object({ id: idOf('pixel'), outcome: z.enum(PIXEL_OUTCOMES) })).openapi({ description: 'Each pixel consent was decided for: `fire`, or why it did not.' }),
  })
  .openapi('ClickEventItem', { description: 'A human click: the facts the stats are made of. No address, no user agent, no visitor id.', example: clickExample });

export const ClickEventData = z
  .object({ clicks: z.array(ClickEventItem).min(1).openapi({ description: 'The human clicks of one batch interval (`WEBHOOK_CLICK_BATCH_MS`) that the endpoint’s filter lets through, oldest first; at most 1,000 per message.' }) })
  .openapi('ClickEventData', { example: { clicks: [clickExample] } });

const pixelFields = {
  pixelId: idOf('pixel'),
  platform: z.enum(PLATFORMS),
  tagId: z.string(),
  name: z.string(),
};

export const AudienceReadyData = z
  .object({
    ...pixelFields,
    visitors: z.number().int().openapi({ description: 'Distinct visitors the pixel reached within `lookbackDays` (estimated within about 1 %).' }),
    minimum: z.number().int().openapi({ description: 'The platform’s minimum audience size (docs/analytics.md; AUDIENCE_MINIMUMS overrides it).' }),
    lookbackDays: z.number().int(),
  })
  .openapi('AudienceReadyData', {
    description: 'Sent once per pixel, when its audience first reaches the platform’s minimum size.',
    example: { pixelId: EXAMPLE_IDS.pixel, platform: 'meta', tagId: '123456789012345', name: 'Main Meta pixel', visitors: 1012, minimum: 1000, lookbackDays: 180 },
  });

export const PixelDeliveryFailingData = z
  .object({
    ...pixelFields,
    failingSince: timestamp('When the first of the failures since the last success happened.'),
    lastError: z.string().nullable().openapi({ description: 'The platform’s last answer or the network error, in words.' }),
    lastErrorAt: timestamp().nullable(),
  })
  .openapi('PixelDeliveryFailingData', {
    description: 'Server-side delivery to the pixel’s platform has failed without a success for PIXEL_FAILING_ALERT_MINUTES. Sent once per failing spell.',
    example: { pixelId: EXAMPLE_IDS.pixel, platform: 'meta', tagId: '123456789012345', name: 'Main Meta pixel', failingSince: EXAMPLE_TIME, lastError: 'HTTP 401: Invalid OAuth access token', lastErrorAt: EXAMPLE_TIME },
  });

export const ConversionEventData = z
  .object({
    id: idOf('conversion'),
    eventName: z.string().openapi({ description: 'The name the lead or sale was tracked with (`sign_up`, `purchase`, …).' }),
    clickId: idOf('click'),
    linkId: idOf('link'),
    campaign: z.string().nullable().openapi({ description: 'The click’s `utm_campaign`, when it had one.' }),
    customerId: z.string().openapi({ description: 'The customer’s id in your own system, as tracked. Never the e-mail or phone.' }),
    amount: z.number().int().nullable().openapi({ description: 'Sales: the amount in minor units (cents); null for leads.' }),
    currency: z.string().nullable().openapi({ description: 'Sales: ISO 4217 code; null for leads.' }),
    invoiceId: z.string().nullable(),
    createdAt: timestamp(),
  })
  .openapi('ConversionEventData', {
    description: 'A lead or a sale tracked against a click (`POST /track/lead`, `POST /track/sale`).',
    example: { id: EXAMPLE_IDS.conversion, eventName: 'purchase', clickId: EXAMPLE_IDS.click, linkId: EXAMPLE_IDS.link, campaign: 'spring', customerId: 'cus_123', amount: 4900, currency: 'EUR', invoiceId: 'inv_1001', createdAt: EXAMPLE_TIME },
  });

export const WebhookTestData = z
  .object({ webhookId: idOf('webhook'), message: z.string() })
  .openapi('WebhookTestData', { description: 'Sent when someone asks for a test event.', example: { webhookId: EXAMPLE_IDS.webhook, message: 'A test event from Ricochet.' } });

/** `data` per message type, with the summary that heads its entry in the document. */
export const EVENT_DATA: Partial<Record<MessageType, { schema: z.ZodTypeAny; summary: string; description: string }>> = {
  'link.created': { schema: LinkEventData, summary: 'A link was created', description: 'By the API, the dashboard or a CSV import (one message per link).' },
  'link.updated': { schema: LinkEventData, summary: 'A link was changed', description: 'Its state after the change.' },
  'link.deleted': { schema: LinkDeletedData, summary: 'A link was deleted', description: 'Its short URL now answers 404.' },
  click: { schema: ClickEventData, summary: 'Human clicks', description: 'Batched per endpoint: one message every `WEBHOOK_CLICK_BATCH_MS` (default 10 s) while there are clicks. Bots and prefetches are never sent.' },
  'lead.created': { schema: ConversionEventData, summary: 'A lead was tracked', description: 'Once per lead (a retried `POST /track/lead` sends nothing new); `amount` and `currency` are null.' },
  'sale.created': { schema: ConversionEventData, summary: 'A sale was tracked', description: 'Once per sale (per `invoiceId`).' },
  'audience.ready': { schema: AudienceReadyData, summary: 'A pixel’s audience is big enough to target', description: 'Once per pixel.' },
  'pixel.delivery_failing': { schema: PixelDeliveryFailingData, summary: 'Server-side delivery to a platform keeps failing', description: 'Once per failing spell; a success ends the spell.' },
  'webhook.test': { schema: WebhookTestData, summary: 'A test event', description: 'Only when asked for (`POST /webhooks/{id}/test`, or the dashboard’s "Send test event").' },
};
