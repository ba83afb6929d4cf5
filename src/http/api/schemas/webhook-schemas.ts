import { z } from '@hono/zod-openapi';
import { MAX_ROTATION_OVERLAP_HOURS } from '../../../app/webhooks/webhook-input.js';
import { DISABLED_REASONS } from '../../../core/webhooks/endpoint.js';
import { WEBHOOK_EVENTS } from '../../../core/webhooks/events.js';
import { LOG_OUTCOMES, LOG_TRIGGERS } from '../../../storage/webhook-log-store.js';
import { EXAMPLE_IDS, EXAMPLE_TIME, PageQuery, idOf, pageOf, timestamp, urlString } from './common.js';

const events = z
  .array(z.enum(WEBHOOK_EVENTS))
  .min(1)
  .max(WEBHOOK_EVENTS.length)
  .openapi({ description: 'The events the endpoint receives (docs/webhooks.md "Events"); their payloads are in this document’s `webhooks` section.', example: ['link.created', 'click'] });
const linkIds = z.array(z.string().min(1).max(64)).max(100).openapi({ description: 'Only events about these links (and those carrying one of `tags`). Empty with `tags` empty: every link. Applies to link, click, lead and sale events.', example: [EXAMPLE_IDS.link] });
const tags = z.array(z.string().min(1).max(50)).max(50).openapi({ description: 'Only events about links carrying one of these tags (or listed in `linkIds`).', example: ['spring'] });

const fields = {
  url: urlString().openapi({ description: 'Where messages are POSTed: an absolute http(s) URL whose host resolves to public addresses only (422 `WEBHOOK_URL_FORBIDDEN` otherwise, `WEBHOOK_URL_UNRESOLVABLE` when it does not resolve).', example: 'https://crm.example.com/hooks/ricochet' }),
  description: z.string().max(200).nullable().optional().openapi({ example: 'CRM sync' }),
  events,
  linkIds: linkIds.optional(),
  tags: tags.optional(),
  enabled: z.boolean().optional().openapi({ description: 'Default true. Turning an endpoint back on clears why it was off.' }),
};

export const WebhookCreate = z.strictObject(fields).openapi('WebhookCreate', { example: { url: 'https://crm.example.com/hooks/ricochet', description: 'CRM sync', events: ['link.created', 'click'], tags: ['spring'] } });

export const WebhookUpdate = z
  .strictObject({ ...fields, url: fields.url.optional(), events: events.optional() })
  .openapi('WebhookUpdate', { example: { events: ['click'], enabled: true } });

const example = {
  id: EXAMPLE_IDS.webhook,
  url: 'https://crm.example.com/hooks/ricochet',
  description: 'CRM sync',
  events: ['link.created', 'click'],
  filter: { linkIds: [], tags: ['spring'] },
  enabled: true,
  disabledReason: null,
  disabledAt: null,
  failingSince: null,
  secretHint: 'whsec_MfKQ…',
  previousSecretExpiresAt: null,
  createdAt: EXAMPLE_TIME,
  updatedAt: EXAMPLE_TIME,
};

export const WebhookResponse = z
  .object({
    id: idOf('webhook'),
    url: z.string().openapi({ format: 'uri' }),
    description: z.string().nullable(),
    events: z.array(z.enum(WEBHOOK_EVENTS)),
    filter: z.object({ linkIds: z.array(z.string()), tags: z.array(z.string()) }).openapi({ description: 'Both empty: every link.' }),
    enabled: z.boolean(),
    disabledReason: z.enum(DISABLED_REASONS).nullable().openapi({ description: '`manual`: turned off by someone; `gone`: the receiver answered 410; `failing`: no delivery succeeded for `WEBHOOK_DISABLE_AFTER_HOURS`. Null while enabled.' }),
    disabledAt: timestamp().nullable(),
    failingSince: timestamp().nullable().openapi({ description: 'When deliveries started failing without a success since; null when the last one worked.' }),
    secretHint: z.string().openapi({ description: 'The first characters of the signing secret, to tell secrets apart. The secret itself is only in the create and rotate responses.' }),
    previousSecretExpiresAt: timestamp().nullable().openapi({ description: 'After a rotation: until when the previous secret signs too (both signatures are sent). Null otherwise.' }),
    createdAt: timestamp(),
    updatedAt: timestamp(),
  })
  .openapi('Webhook', { example });

const SECRET_EXAMPLE = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSwLbJiX2pYDc4=';
const secret = z.string().openapi({ description: 'The signing secret (`whsec_` + base64). Shown once; store it now. Verify messages with it as docs/webhooks.md shows.', example: SECRET_EXAMPLE });

export const WebhookCreated = WebhookResponse.extend({ secret }).openapi('WebhookCreated', { example: { ...example, secretHint: 'whsec_MfKQ…', secret: SECRET_EXAMPLE } });

export const WebhookRotate = z
  .strictObject({
    overlapHours: z.number().int().min(0).max(MAX_ROTATION_OVERLAP_HOURS).optional().openapi({ description: 'How long the previous secret keeps signing (both signatures are sent), 0–168 hours; default 24. 0 stops it at once.', example: 24 }),
  })
  .openapi('WebhookRotate', { example: { overlapHours: 24 } });

export const WebhookRotated = WebhookResponse.extend({ secret }).openapi('WebhookRotated', { example: { ...example, previousSecretExpiresAt: '2026-12-02T09:30:00.000Z', secret: SECRET_EXAMPLE } });

export const WebhookPage = pageOf(WebhookResponse, 'WebhookPage', example);

const logExample = {
  id: EXAMPLE_IDS.webhookLog,
  messageId: EXAMPLE_IDS.webhookMessage,
  type: 'click',
  trigger: 'scheduled',
  attempt: 1,
  outcome: 'sent',
  status: 204,
  latencyMs: 84,
  response: '',
  error: null,
  at: EXAMPLE_TIME,
};

export const WebhookDelivery = z
  .object({
    id: idOf('webhookLog'),
    messageId: idOf('webhookMessage').nullable().openapi({ description: 'The `webhook-id` of the message; null for entries about the endpoint (`webhook.disabled`).' }),
    type: z.string().openapi({ description: 'The event type, `webhook.test`, or `webhook.disabled` when the endpoint was turned off.', example: 'click' }),
    trigger: z.enum(LOG_TRIGGERS).openapi({ description: '`scheduled`: the normal delivery and its retries; `manual`: a redelivery; `test`: a test event.' }),
    attempt: z.number().int().openapi({ description: '1 for the first attempt of a message (a redelivery starts again at 1).' }),
    outcome: z.enum(LOG_OUTCOMES).openapi({ description: '`sent` (2xx); `failed` (tried again later); `refused` (the address is not allowed; tried again later, in case DNS changes back); `gave_up` (the retry schedule is over); `disabled` (the endpoint was turned off).' }),
    status: z.number().int().nullable().openapi({ description: 'The receiver’s HTTP status; null when it did not answer.' }),
    latencyMs: z.number().int().nullable(),
    response: z.string().nullable().openapi({ description: 'The first bytes (up to 1 KB) of the response body.' }),
    error: z.string().nullable().openapi({ description: 'What went wrong, in words.' }),
    at: timestamp(),
  })
  .openapi('WebhookDelivery', { example: logExample });

export const WebhookDeliveryPage = pageOf(WebhookDelivery, 'WebhookDeliveryPage', logExample);
export const WebhookDeliveryQuery = PageQuery.extend({
  messageId: z.string().max(64).optional().openapi({ description: 'Only the attempts of this message.', example: EXAMPLE_IDS.webhookMessage }),
});

export const WebhookMessageAccepted = z
  .object({ messageId: idOf('webhookMessage').openapi({ description: 'Its `webhook-id`; follow it in `GET /webhooks/{id}/deliveries?messageId=`.' }) })
  .openapi('WebhookMessageAccepted', { example: { messageId: EXAMPLE_IDS.webhookMessage } });
