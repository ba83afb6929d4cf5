import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { getWorkspaceOrThrow, updateWorkspace } from '../../../app/workspace/manage-workspace.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission } from '../middleware.js';
import { presentWorkspace } from '../present.js';
import { errorResponses, ok } from '../responses.js';
import { WorkspaceResponse, WorkspaceUpdate } from '../schemas/workspace-schemas.js';

const tags = ['workspace'];
const security = [{ bearer: [] }];

export function workspaceRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/workspace', operationId: 'getWorkspace', tags, security,
      summary: 'Get the workspace of the calling key',
      description: 'Its name, consent defaults, time zone and default domain, and the role of the key making the request.',
      responses: { 200: ok(WorkspaceResponse, 'The workspace.'), ...errorResponses({}) },
    }),
    async (c) => c.json(presentWorkspace(ctx, await getWorkspaceOrThrow(ctx, c.var.key.workspaceId), c.var.key.role), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/workspace', operationId: 'updateWorkspace', tags, security, middleware: [requirePermission('write:workspace')] as const,
      summary: 'Update the workspace settings',
      description: 'Name, consent defaults (which links without their own `consent` follow from their next click on), privacy policy URL and time zone (of daily stats). Absent fields stay as they are.',
      request: { body: { content: { 'application/json': { schema: WorkspaceUpdate } }, required: true } },
      responses: { 200: ok(WorkspaceResponse, 'The updated workspace.'), ...errorResponses({ body: true, write: true }, ['URL_UNSAFE']) },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const workspace = await updateWorkspace(ctx, c.var.key.workspaceId, patch);
      await audit(ctx, c, 'workspace.update', workspace.id, { patch });
      return c.json(presentWorkspace(ctx, workspace, c.var.key.role), 200);
    },
  );
}
