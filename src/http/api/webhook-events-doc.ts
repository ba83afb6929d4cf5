import { z, type OpenAPIHono } from '@hono/zod-openapi';
import type { ApiEnv } from './env.js';
import { EVENT_DATA } from './schemas/webhook-event-schemas.js';
import { EXAMPLE_IDS, EXAMPLE_TIME } from './schemas/common.js';

const Headers = z.object({
  'webhook-id': z.string().openapi({ description: 'The message id: the same on every retry and redelivery of this message, so a receiver can skip what it already processed.', example: EXAMPLE_IDS.webhookMessage }),
  'webhook-timestamp': z.string().openapi({ description: 'When this attempt was sent, in Unix seconds. Refuse messages more than 5 minutes off (replays).', example: '1796117400' }),
  'webhook-signature': z.string().openapi({ description: 'Space-separated `v1,<base64>` signatures: HMAC-SHA256 with the endpoint’s secret over `<webhook-id>.<webhook-timestamp>.<body>`. Two during a secret rotation’s overlap; one matching is enough.', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' }),
});

/** `link.created` → `LinkCreatedMessage`. */
function componentName(type: string): string {
  return `${type.split(/[._]/).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('')}Message`;
}

/**
 * The document's `webhooks` section (OpenAPI 3.1): one entry per message type, each a POST that
 * Ricochet makes to the endpoint, with the Standard Webhooks headers and the body's JSON Schema.
 */
export function registerWebhookEvents(app: OpenAPIHono<ApiEnv>): void {
  app.openAPIRegistry.registerComponent('securitySchemes', 'webhookSignature', {
    type: 'apiKey',
    in: 'header',
    name: 'webhook-signature',
    description: 'How a receiver knows a message comes from Ricochet: the Standard Webhooks signature made with the endpoint’s `whsec_` secret (docs/webhooks.md "Verifying messages").',
  });
  for (const [type, spec] of Object.entries(EVENT_DATA)) {
    if (!spec) continue;
    const body = z
      .object({
        type: z.literal(type),
        timestamp: z.iso.datetime().openapi({ description: 'When the event happened (ISO 8601, UTC).', example: EXAMPLE_TIME }),
        data: spec.schema,
      })
      .openapi(componentName(type));
    app.openAPIRegistry.registerWebhook({
      method: 'post',
      path: type,
      operationId: `on${componentName(type).replace(/Message$/, '')}`,
      tags: ['webhooks'],
      security: [{ webhookSignature: [] }],
      summary: spec.summary,
      description: `${spec.description} Signed per Standard Webhooks: verify it as docs/webhooks.md shows before trusting it.`,
      request: { headers: Headers, body: { content: { 'application/json': { schema: body } }, required: true } },
      responses: {
        200: { description: 'Any 2xx within WEBHOOK_TIMEOUT_MS (default 15 s) acknowledges the message. Answer first, work later.' },
        410: { description: 'Gone: Ricochet turns the endpoint off and sends nothing more to it. Any other status, a timeout or a network error is retried on the schedule (about three days), honouring `Retry-After`.' },
      },
    });
  }
}
