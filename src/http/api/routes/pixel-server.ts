import { OpenAPIHono, createRoute, type z } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { deletePixelServer, getPixelServer, putPixelServer, type PixelServerView } from '../../../app/conversions/manage-pixel-server.js';
import { sendTestEvent } from '../../../app/conversions/send-test-event.js';
import type { PlatformSender } from '../../../conversions/pixel-destinations.js';
import { audit } from '../audit.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { errorResponses, noContent, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { PixelServerResponse, PixelServerUpdate, TestEventResponse } from '../schemas/pixel-server-schemas.js';

const tags = ['pixels'];
const security = [{ bearer: [] }];
const IdParam = idParam('pixel');
const iso = (t: number | null) => (t === null ? null : new Date(t).toISOString());

export function presentPixelServer(v: PixelServerView): z.infer<typeof PixelServerResponse> {
  const { counts, status } = v;
  return {
    pixelId: v.pixel.id,
    platform: v.pixel.platform,
    supported: v.api !== null,
    configured: v.row !== null,
    enabled: v.row?.enabled ?? false,
    settings: v.row?.settings ?? {},
    credentials: v.row?.hints ?? {},
    fields: (v.api?.fields ?? []).map((f) => ({ name: f.name, label: f.label, secret: f.secret, required: f.required, help: f.help })),
    testMode: v.api?.testMode ?? null,
    matchQuality: v.api?.matchKeys ?? 'Quora publishes no server-side API: its pixels fire only in the browser.',
    delivery: {
      pending: counts.pending,
      sent: counts.sent,
      retried: counts.retried,
      failed: { rejected: counts.rejected, dropped: counts.dropped },
      lastError: status.lastError,
      lastErrorReason: status.lastErrorReason,
      lastErrorAt: iso(status.lastErrorAt),
      lastSuccessAt: iso(status.lastSuccessAt),
      deadLetters: v.dead.map((d) => ({ id: d.id, reason: d.reason, message: d.message, queuedAt: new Date(d.at).toISOString() })),
    },
  };
}

/** `/pixels/{id}/server`: a pixel's server-side events (docs/conversions.md). */
export function pixelServerRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>, sender: PlatformSender): void {
  const write = requirePermission('write:pixels');

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}/server', operationId: 'getPixelServer', tags, security,
      summary: 'Get a pixel’s server-side events',
      description: 'Its settings, its credentials masked, what the platform needs, and how delivery goes: pending, sent, failed by reason, the last error and the last success.',
      request: { params: IdParam },
      responses: { 200: ok(PixelServerResponse, 'The pixel’s server-side setup and delivery status.'), ...errorResponses({ params: true }, ['PIXEL_NOT_FOUND']) },
    }),
    async (c) => c.json(presentPixelServer(await getPixelServer(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/pixels/{id}/server', operationId: 'updatePixelServer', tags, security, middleware: [write] as const,
      summary: 'Set up or change a pixel’s server-side events',
      description:
        'Credentials are write-only: sealed at rest, never returned, shown masked. Send one credential to rotate it; absent ones stay. ' +
        'Enabled delivery needs every required field (422 `SERVER_SETTINGS_INVALID`, `details.missing`).',
      request: { params: IdParam, body: { content: { 'application/json': { schema: PixelServerUpdate } }, required: true } },
      responses: {
        200: ok(PixelServerResponse, 'The updated setup.'),
        ...errorResponses({ body: true, params: true, write: true }, ['PIXEL_NOT_FOUND', 'SERVER_EVENTS_UNSUPPORTED', 'SERVER_SETTINGS_INVALID']),
      },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      const body = c.req.valid('json');
      const view = await putPixelServer(ctx, c.var.key.workspaceId, id, body);
      // Names only: a credential's value (or a masked hint of it) never reaches the audit log.
      await audit(ctx, c, 'pixel.server_update', id, {
        ...(body.enabled !== undefined ? { enabled: body.enabled } : {}),
        settings: Object.keys(body.settings ?? {}).sort(),
        credentials: Object.keys(body.credentials ?? {}).sort(),
      });
      return c.json(presentPixelServer(view), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/pixels/{id}/server', operationId: 'deletePixelServer', tags, security, middleware: [write] as const,
      summary: 'Stop a pixel’s server-side events',
      description: 'Forgets the credentials; events still queued for the pixel are dropped (counted as `destination_gone`).',
      request: { params: IdParam },
      responses: { 204: noContent('Stopped.'), ...errorResponses({ params: true, write: true }, ['PIXEL_NOT_FOUND', 'SERVER_NOT_CONFIGURED']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await deletePixelServer(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'pixel.server_delete', id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/pixels/{id}/server/test', operationId: 'createPixelTestEvent', tags, security, middleware: [write] as const,
      summary: 'Send a test event',
      description: 'A page view, the audience event and a lead through the platform’s test mode (Meta and TikTok test codes, GA4’s validation server, …), and the platform’s answer.',
      request: { params: IdParam },
      responses: {
        200: ok(TestEventResponse, 'What the platform answered.'),
        ...errorResponses({ params: true, write: true }, ['PIXEL_NOT_FOUND', 'SERVER_NOT_CONFIGURED', 'SERVER_EVENTS_UNSUPPORTED', 'TEST_MODE_UNAVAILABLE']),
      },
    }),
    async (c) => c.json(await sendTestEvent(ctx, sender, c.var.key.workspaceId, c.req.valid('param').id), 200),
  );
}
