import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createWebhook, deleteWebhook, getWebhookOrThrow, rotateWebhookSecret, updateWebhook } from '../../../app/webhooks/manage-webhooks.js';
import { redeliverMessage, sendTestEvent } from '../../../app/webhooks/webhook-messages.js';
import type { ErrorCode } from '../../../core/errors.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentDelivery, presentWebhook } from '../present.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { EXAMPLE_IDS, PageQuery, idParam } from '../schemas/common.js';
import { z } from '@hono/zod-openapi';
import {
  WebhookCreate,
  WebhookCreated,
  WebhookDeliveryPage,
  WebhookDeliveryQuery,
  WebhookMessageAccepted,
  WebhookPage,
  WebhookResponse,
  WebhookRotate,
  WebhookRotated,
  WebhookUpdate,
} from '../schemas/webhook-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['webhooks'];
const security = [{ bearer: [] }];
const IdParam = idParam('webhook');
const MessageParams = IdParam.extend({
  messageId: z.string().min(1).max(64).openapi({ param: { name: 'messageId', in: 'path' }, example: EXAMPLE_IDS.webhookMessage }),
});
const accepted = (description: string) => ({ ...ok(WebhookMessageAccepted, description) });

/** What an endpoint body can be refused for, besides schema failures. */
const INPUT_ERRORS: ErrorCode[] = ['URL_UNSAFE', 'WEBHOOK_URL_FORBIDDEN', 'WEBHOOK_URL_UNRESOLVABLE', 'LINK_UNKNOWN'];

/**
 * `/webhooks`: endpoints per workspace (docs/webhooks.md). Admins and owners only, reads
 * included: an endpoint's URL and what it receives are integration secrets.
 */
export function webhookRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const admin = requirePermission('write:webhooks');

  app.openapi(
    createRoute({
      method: 'post', path: '/webhooks', operationId: 'createWebhook', tags, security, middleware: [admin] as const,
      summary: 'Add a webhook endpoint',
      description: 'Ricochet POSTs the chosen events to `url`, signed per Standard Webhooks with the `secret` of this response — the only time it is shown. The URL must lead to public addresses: loopback, private, link-local and cloud metadata addresses are refused (422 `WEBHOOK_URL_FORBIDDEN`, `details.reason` and `details.address` say why), unless the operator allowed their network. At most 100 endpoints per workspace (422 `WEBHOOK_LIMIT_REACHED`).',
      request: { body: { content: { 'application/json': { schema: WebhookCreate } }, required: true } },
      responses: { 201: created(WebhookCreated, 'Created; `secret` is shown only now.'), ...errorResponses({ body: true, write: true }, [...INPUT_ERRORS, 'WEBHOOK_LIMIT_REACHED']) },
    }),
    async (c) => {
      const { endpoint, secret } = await createWebhook(ctx, c.var.key.workspaceId, c.req.valid('json'));
      c.header('location', `${API_BASE}/webhooks/${endpoint.id}`);
      return c.json({ ...presentWebhook(endpoint), secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/webhooks', operationId: 'listWebhooks', tags, security, middleware: [admin] as const,
      summary: 'List webhook endpoints',
      description: 'Newest first. An endpoint that Ricochet turned off has `enabled: false` and says why in `disabledReason` (`gone`, `failing`).',
      request: { query: PageQuery },
      responses: { 200: ok(WebhookPage, 'One page of endpoints.'), ...errorResponses({ params: true, list: true, write: true }) },
    }),
    async (c) => {
      const page = await ctx.stores.webhooks.list(c.var.key.workspaceId, pageRequest(c.req.valid('query')));
      return c.json({ data: page.items.map(presentWebhook), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/webhooks/{id}', operationId: 'getWebhook', tags, security, middleware: [admin] as const,
      summary: 'Get a webhook endpoint',
      description: 'One endpoint, without its secret.',
      request: { params: IdParam },
      responses: { 200: ok(WebhookResponse, 'The endpoint.'), ...errorResponses({ params: true, write: true }, ['WEBHOOK_NOT_FOUND']) },
    }),
    async (c) => c.json(presentWebhook(await getWebhookOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/webhooks/{id}', operationId: 'updateWebhook', tags, security, middleware: [admin] as const,
      summary: 'Update a webhook endpoint',
      description: 'Absent fields stay as they are; `linkIds` and `tags` replace the filter. `enabled: true` turns an endpoint Ricochet turned off back on. Messages that were waiting when it went off are not sent; redeliver them from the delivery log.',
      request: { params: IdParam, body: { content: { 'application/json': { schema: WebhookUpdate } }, required: true } },
      responses: { 200: ok(WebhookResponse, 'The updated endpoint.'), ...errorResponses({ body: true, params: true, write: true }, ['WEBHOOK_NOT_FOUND', ...INPUT_ERRORS]) },
    }),
    async (c) => c.json(presentWebhook(await updateWebhook(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/webhooks/{id}', operationId: 'deleteWebhook', tags, security, middleware: [admin] as const,
      summary: 'Delete a webhook endpoint',
      description: 'Nothing more is sent to it, including messages still waiting for a retry.',
      request: { params: IdParam },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['WEBHOOK_NOT_FOUND']) },
    }),
    async (c) => {
      await deleteWebhook(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/webhooks/{id}/rotate-secret', operationId: 'rotateWebhookSecret', tags, security, middleware: [admin] as const,
      summary: 'Rotate the signing secret',
      description: 'Makes a new secret and returns it (only here). For `overlapHours` (default 24) every message carries two signatures, one per secret, so the receiver can switch to the new secret without missing a message.',
      request: { params: IdParam, body: { content: { 'application/json': { schema: WebhookRotate } }, required: true } },
      responses: { 200: ok(WebhookRotated, 'The endpoint with its new `secret`.'), ...errorResponses({ body: true, params: true, write: true }, ['WEBHOOK_NOT_FOUND']) },
    }),
    async (c) => {
      const { endpoint, secret } = await rotateWebhookSecret(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json').overlapHours);
      return c.json({ ...presentWebhook(endpoint), secret }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/webhooks/{id}/deliveries', operationId: 'listWebhookDeliveries', tags, security, middleware: [admin] as const,
      summary: 'List an endpoint’s delivery log',
      description: 'Every attempt, newest first: the message, what started it, the outcome, the HTTP status, the latency and the first 1 KB of the answer; and an entry when Ricochet turned the endpoint off. Kept for `WEBHOOK_LOG_RETENTION_DAYS`.',
      request: { params: IdParam, query: WebhookDeliveryQuery },
      responses: { 200: ok(WebhookDeliveryPage, 'One page of the log.'), ...errorResponses({ params: true, list: true, write: true }, ['WEBHOOK_NOT_FOUND']) },
    }),
    async (c) => {
      const endpoint = await getWebhookOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      const query = c.req.valid('query');
      const page = await ctx.stores.webhookLog.list(endpoint.workspaceId, endpoint.id, { ...pageRequest(query), ...(query.messageId ? { messageId: query.messageId } : {}) });
      return c.json({ data: page.items.map(presentDelivery), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/webhooks/{id}/test', operationId: 'sendWebhookTestEvent', tags, security, middleware: [admin] as const,
      summary: 'Send a test event',
      description: 'Queues a `webhook.test` message to this endpoint, on or off, and answers at once; the attempt shows in the delivery log within seconds.',
      request: { params: IdParam },
      responses: { 200: accepted('Queued; `messageId` is its `webhook-id`.'), ...errorResponses({ params: true, write: true }, ['WEBHOOK_NOT_FOUND']) },
    }),
    async (c) => c.json({ messageId: await sendTestEvent(ctx, c.var.key.workspaceId, c.req.valid('param').id) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/webhooks/{id}/messages/{messageId}/redeliver', operationId: 'redeliverWebhookMessage', tags, security, middleware: [admin] as const,
      summary: 'Redeliver a message',
      description: 'Sends a stored message again, with the same `webhook-id` and body, signed anew with the current secret. Works for an endpoint that is off too.',
      request: { params: MessageParams },
      responses: { 200: accepted('Queued.'), ...errorResponses({ params: true, write: true }, ['WEBHOOK_NOT_FOUND', 'WEBHOOK_MESSAGE_NOT_FOUND']) },
    }),
    async (c) => {
      const { id, messageId } = c.req.valid('param');
      await redeliverMessage(ctx, c.var.key.workspaceId, id, messageId);
      return c.json({ messageId }, 200);
    },
  );
}
