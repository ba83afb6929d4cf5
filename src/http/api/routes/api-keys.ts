import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import { createApiKey, deleteApiKey } from '../../../app/api-keys/manage-api-keys.js';
import type { AppContext } from '../../../app/context.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission } from '../middleware.js';
import { presentApiKey } from '../present.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { PageQuery, idParam } from '../schemas/common.js';
import { ApiKeyCreate, ApiKeyCreated, ApiKeyPage } from '../schemas/api-key-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['api-keys'];
const security = [{ bearer: [] }];

export function apiKeyRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:keys');

  app.openapi(
    createRoute({
      method: 'post', path: '/api-keys', operationId: 'createApiKey', tags, security, middleware: [write] as const,
      summary: 'Create an API key',
      description: 'The secret is in this response only; the server keeps a hash. A key can create keys with a role at or below its own (422 `ROLE_NOT_GRANTABLE`).',
      request: { body: { content: { 'application/json': { schema: ApiKeyCreate } }, required: true } },
      responses: { 201: created(ApiKeyCreated, 'Created; `secret` is shown only now.'), ...errorResponses({ body: true, write: true }, ['ROLE_NOT_GRANTABLE']) },
    }),
    async (c) => {
      const { key, secret } = await createApiKey(ctx, c.var.key.workspaceId, c.req.valid('json'), c.var.key.role);
      await audit(ctx, c, 'api_key.create', key.id, { name: key.name, role: key.role, prefix: key.prefix });
      c.header('location', `${API_BASE}/api-keys/${key.id}`);
      return c.json({ ...presentApiKey(key), secret }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/api-keys', operationId: 'listApiKeys', tags, security, middleware: [write] as const,
      summary: 'List API keys',
      description: 'Newest first, with their prefix and last use; never their secrets.',
      request: { query: PageQuery },
      responses: { 200: ok(ApiKeyPage, 'One page of keys.'), ...errorResponses({ params: true, list: true, write: true }) },
    }),
    async (c) => {
      const page = await ctx.stores.apiKeys.list(c.var.key.workspaceId, pageRequest(c.req.valid('query')));
      return c.json({ data: page.items.map(presentApiKey), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/api-keys/{id}', operationId: 'deleteApiKey', tags, security, middleware: [write] as const,
      summary: 'Revoke an API key',
      description: 'The key stops working at once. The workspace’s last owner key cannot be revoked (409 `LAST_OWNER_KEY`).',
      request: { params: idParam('apiKey') },
      responses: { 204: noContent('Revoked.'), ...errorResponses({ params: true, write: true }, ['API_KEY_NOT_FOUND', 'LAST_OWNER_KEY']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await deleteApiKey(ctx, c.var.key.workspaceId, id, c.var.key.role);
      await audit(ctx, c, 'api_key.delete', id);
      return c.body(null, 204);
    },
  );
}
