import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { createApiKey, deleteApiKey } from '../../../app/api-keys/manage-api-keys.js';
import type { AppContext } from '../../../app/context.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentApiKey } from '../present.js';
import { COMMON_ERRORS, IdParam, PageQuery, errorResponse, json } from '../schemas/common.js';
import { ApiKeyCreate, ApiKeyCreated, ApiKeyPage } from '../schemas/api-key-schemas.js';

const tags = ['api-keys'];
const security = [{ bearer: [] }];

export function apiKeyRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:keys');

  app.openapi(
    createRoute({
      method: 'post', path: '/api-keys', tags, security, middleware: [write] as const, summary: 'Create an API key (the secret is returned once)',
      request: { body: { content: { 'application/json': { schema: ApiKeyCreate } }, required: true } },
      responses: { 201: json(ApiKeyCreated, 'Created; `secret` is shown only now.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const { key, secret } = await createApiKey(ctx, c.var.key.workspaceId, c.req.valid('json'), c.var.key.role);
      return c.json({ ...presentApiKey(key), secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api-keys', tags, security, middleware: [write] as const, summary: 'List API keys (never their secrets)',
      request: { query: PageQuery },
      responses: { 200: json(ApiKeyPage, 'One page of keys.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const page = await ctx.stores.apiKeys.list(c.var.key.workspaceId, pageRequest(c.req.valid('query')));
      return c.json({ data: page.items.map(presentApiKey), nextCursor: encodeCursor(page.nextCursor) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/api-keys/{id}', tags, security, middleware: [write] as const, summary: 'Revoke an API key',
      request: { params: IdParam },
      responses: { 204: { description: 'Revoked.' }, 409: errorResponse('The workspace’s last owner key.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      await deleteApiKey(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.var.key.role);
      return c.body(null, 204);
    },
  );
}
