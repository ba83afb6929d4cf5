import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getWorkspaceOrThrow, updateWorkspace } from '../../../app/workspace/manage-workspace.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentWorkspace } from '../present.js';
import { COMMON_ERRORS, json } from '../schemas/common.js';
import { WorkspaceResponse, WorkspaceUpdate } from '../schemas/workspace-schemas.js';

const tags = ['workspace'];
const security = [{ bearer: [] }];

export function workspaceRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/workspace', tags, security, summary: 'The workspace of the calling key',
      responses: { 200: json(WorkspaceResponse, 'The workspace.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentWorkspace(ctx, await getWorkspaceOrThrow(ctx, c.var.key.workspaceId), c.var.key.role), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/workspace', tags, security, middleware: [requirePermission('write:workspace')] as const,
      summary: 'Update the name, consent defaults, privacy policy URL or time zone',
      request: { body: { content: { 'application/json': { schema: WorkspaceUpdate } }, required: true } },
      responses: { 200: json(WorkspaceResponse, 'The updated workspace.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(presentWorkspace(ctx, await updateWorkspace(ctx, c.var.key.workspaceId, c.req.valid('json')), c.var.key.role), 200),
  );
}
