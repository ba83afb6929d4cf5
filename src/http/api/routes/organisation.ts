import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createFolder, deleteFolder, renameFolder } from '../../../app/organisation/manage-folders.js';
import { createUtmTemplate, createView, deleteUtmTemplate, deleteView, setTagColor, updateUtmTemplate } from '../../../app/organisation/manage-templates-and-views.js';
import type { Folder, SavedView, UtmTemplate } from '../../../core/organisation.js';
import { audit } from '../audit.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import {
  FolderCreate, FolderList, FolderResponse, FolderUpdate, TagNameParam, TagUpdate, UtmTemplateCreate, UtmTemplateList, UtmTemplateResponse,
  UtmTemplateUpdate, ViewCreate, ViewList, ViewListQuery, ViewResponse,
} from '../schemas/organisation-schemas.js';
import { API_BASE } from './paths.js';

const security = [{ bearer: [] }];
const iso = (ms: number) => new Date(ms).toISOString();
const presentFolder = (f: Folder, links: number) => ({ id: f.id, name: f.name, links, createdAt: iso(f.createdAt), updatedAt: iso(f.updatedAt) });
const presentTemplate = (t: UtmTemplate) => ({ id: t.id, name: t.name, utm: t.utm as Record<string, string>, createdAt: iso(t.createdAt), updatedAt: iso(t.updatedAt) });
const presentView = (v: SavedView) => ({ id: v.id, name: v.name, screen: v.screen, query: v.query, createdAt: iso(v.createdAt) });

/**
 * How a workspace organises its links (issue 22): folders (campaigns), tag colours, UTM templates
 * for the link form, and saved views. Small lists, answered whole (no pagination). Writes need
 * `member` (the role that writes links).
 */
export function organisationRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:links');
  const folderTags = ['folders'];

  app.openapi(
    createRoute({
      method: 'get', path: '/folders', operationId: 'listFolders', tags: folderTags, security,
      summary: 'List folders',
      description: 'Every folder (campaign) of the workspace, by name, with how many links each holds. Filter links by one with `GET /links?folderId=`.',
      responses: { 200: ok(FolderList, 'All folders.'), ...errorResponses({}) },
    }),
    async (c) => c.json({ data: (await ctx.stores.folders.list(c.var.key.workspaceId)).map((f) => presentFolder(f, f.links)) }, 200),
  );

  app.openapi(
    createRoute({
      method: 'post', path: '/folders', operationId: 'createFolder', tags: folderTags, security, middleware: [write] as const,
      summary: 'Create a folder',
      description: 'A folder groups links (a campaign, a client, a channel); a link is in at most one (`folderId`). Names are unique per workspace, whatever their case (409 `FOLDER_NAME_TAKEN`).',
      request: { body: { content: { 'application/json': { schema: FolderCreate } }, required: true } },
      responses: { 201: created(FolderResponse, 'Created.'), ...errorResponses({ body: true, write: true }, ['FOLDER_NAME_TAKEN']) },
    }),
    async (c) => {
      const folder = await createFolder(ctx, c.var.key.workspaceId, c.req.valid('json').name);
      await audit(ctx, c, 'folder.create', folder.id, { name: folder.name });
      c.header('location', `${API_BASE}/folders/${folder.id}`);
      return c.json(presentFolder(folder, 0), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/folders/{id}', operationId: 'updateFolder', tags: folderTags, security, middleware: [write] as const,
      summary: 'Rename a folder',
      description: 'Its links stay in it.',
      request: { params: idParam('folder'), body: { content: { 'application/json': { schema: FolderUpdate } }, required: true } },
      responses: { 200: ok(FolderResponse, 'The renamed folder.'), ...errorResponses({ body: true, params: true, write: true }, ['FOLDER_NOT_FOUND', 'FOLDER_NAME_TAKEN']) },
    }),
    async (c) => {
      const folder = await renameFolder(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json').name);
      await audit(ctx, c, 'folder.update', folder.id, { name: folder.name });
      const links = (await ctx.stores.folders.list(c.var.key.workspaceId)).find((f) => f.id === folder.id)?.links ?? 0;
      return c.json(presentFolder(folder, links), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/folders/{id}', operationId: 'deleteFolder', tags: folderTags, security, middleware: [write] as const,
      summary: 'Delete a folder',
      description: 'Its links are kept and end up in no folder.',
      request: { params: idParam('folder') },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['FOLDER_NOT_FOUND']) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await deleteFolder(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'folder.delete', id);
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: 'put', path: '/tags/{name}', operationId: 'updateTag', tags: ['links'], security, middleware: [write] as const,
      summary: 'Set a tag’s colour',
      description: 'Tags live on links (`tags`); this gives one a colour from a fixed palette, shown wherever the tag is. `null` goes back to the default.',
      request: { params: TagNameParam, body: { content: { 'application/json': { schema: TagUpdate } }, required: true } },
      responses: { 200: ok(z.object({ name: z.string(), color: TagUpdate.shape.color }).openapi('TagColor', { example: { name: 'spring', color: 'green' } }), 'The tag and its colour.'), ...errorResponses({ body: true, params: true, write: true }) },
    }),
    async (c) => {
      const { name } = c.req.valid('param');
      const { color } = c.req.valid('json');
      await setTagColor(ctx, c.var.key.workspaceId, name, color);
      await audit(ctx, c, 'tag.update', name.trim(), { color });
      return c.json({ name: name.trim(), color }, 200);
    },
  );

  const utmTags = ['utm-templates'];
  app.openapi(
    createRoute({
      method: 'get', path: '/utm-templates', operationId: 'listUtmTemplates', tags: utmTags, security,
      summary: 'List UTM templates',
      description: 'Named sets of UTM values, by name, for the link form’s UTM builder.',
      responses: { 200: ok(UtmTemplateList, 'All templates.'), ...errorResponses({}) },
    }),
    async (c) => c.json({ data: (await ctx.stores.utmTemplates.list(c.var.key.workspaceId)).map(presentTemplate) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/utm-templates', operationId: 'createUtmTemplate', tags: utmTags, security, middleware: [write] as const,
      summary: 'Save a UTM template',
      description: 'Apply it to a link by sending its values as the link’s `utm`.',
      request: { body: { content: { 'application/json': { schema: UtmTemplateCreate } }, required: true } },
      responses: { 201: created(UtmTemplateResponse, 'Created.'), ...errorResponses({ body: true, write: true }) },
    }),
    async (c) => {
      const template = await createUtmTemplate(ctx, c.var.key.workspaceId, c.req.valid('json'));
      await audit(ctx, c, 'utm_template.create', template.id, { name: template.name });
      c.header('location', `${API_BASE}/utm-templates/${template.id}`);
      return c.json(presentTemplate(template), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'patch', path: '/utm-templates/{id}', operationId: 'updateUtmTemplate', tags: utmTags, security, middleware: [write] as const,
      summary: 'Change a UTM template',
      description: '`utm` replaces the template’s values as a whole. Links made with it keep theirs.',
      request: { params: idParam('utmTemplate'), body: { content: { 'application/json': { schema: UtmTemplateUpdate } }, required: true } },
      responses: { 200: ok(UtmTemplateResponse, 'The template.'), ...errorResponses({ body: true, params: true, write: true }, ['UTM_TEMPLATE_NOT_FOUND']) },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const template = await updateUtmTemplate(ctx, c.var.key.workspaceId, c.req.valid('param').id, patch);
      await audit(ctx, c, 'utm_template.update', template.id, { patch });
      return c.json(presentTemplate(template), 200);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete', path: '/utm-templates/{id}', operationId: 'deleteUtmTemplate', tags: utmTags, security, middleware: [write] as const,
      summary: 'Delete a UTM template',
      description: 'Links made with it keep their UTM values.',
      request: { params: idParam('utmTemplate') },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['UTM_TEMPLATE_NOT_FOUND']) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await deleteUtmTemplate(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'utm_template.delete', id);
      return c.body(null, 204);
    },
  );

  const viewTags = ['views'];
  app.openapi(
    createRoute({
      method: 'get', path: '/views', operationId: 'listViews', tags: viewTags, security,
      summary: 'List saved views',
      description: 'Named filters of the links list and the analytics page, shared by the workspace, by name.',
      request: { query: ViewListQuery },
      responses: { 200: ok(ViewList, 'All saved views (of one screen with `screen`).'), ...errorResponses({ params: true }) },
    }),
    async (c) => c.json({ data: (await ctx.stores.views.list(c.var.key.workspaceId, c.req.valid('query').screen)).map(presentView) }, 200),
  );
  app.openapi(
    createRoute({
      method: 'post', path: '/views', operationId: 'createView', tags: viewTags, security, middleware: [write] as const,
      summary: 'Save a view',
      description: 'Keeps a screen’s filter under a name; `query` is stored normalised.',
      request: { body: { content: { 'application/json': { schema: ViewCreate } }, required: true } },
      responses: { 201: created(ViewResponse, 'Created.'), ...errorResponses({ body: true, write: true }) },
    }),
    async (c) => {
      const view = await createView(ctx, c.var.key.workspaceId, c.req.valid('json'));
      await audit(ctx, c, 'view.create', view.id, { name: view.name, screen: view.screen });
      c.header('location', `${API_BASE}/views/${view.id}`);
      return c.json(presentView(view), 201);
    },
  );
  app.openapi(
    createRoute({
      method: 'delete', path: '/views/{id}', operationId: 'deleteView', tags: viewTags, security, middleware: [write] as const,
      summary: 'Delete a saved view',
      description: 'Only the view; nothing it showed changes.',
      request: { params: idParam('view') },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['VIEW_NOT_FOUND']) },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      await deleteView(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'view.delete', id);
      return c.body(null, 204);
    },
  );
}
