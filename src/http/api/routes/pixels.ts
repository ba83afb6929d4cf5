import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createPixel, deletePixel, getPixelOrThrow, updatePixel } from '../../../app/pixels/manage-pixels.js';
import { tagIdWarnings } from '../../../app/pixels/tag-id-warnings.js';
import type { Pixel } from '../../../core/pixel.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { requirePermission } from '../middleware.js';
import { presentPixel } from '../present.js';
import { COMMON_ERRORS, IdParam, json } from '../schemas/common.js';
import { PixelCreate, PixelListQuery, PixelPage, PixelResponse, PixelUpdate } from '../schemas/pixel-schemas.js';

const tags = ['pixels'];
const security = [{ bearer: [] }];
const present = (p: Pixel) => presentPixel(p, tagIdWarnings(p.platform, p.tagId));

export function pixelRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:pixels');

  app.openapi(
    createRoute({
      method: 'post', path: '/pixels', tags, security, middleware: [write] as const, summary: 'Add a pixel to the library',
      request: { body: { content: { 'application/json': { schema: PixelCreate } }, required: true } },
      responses: { 201: json(PixelResponse, 'Created (see `warnings` for unusual id shapes).'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(present(await createPixel(ctx, c.var.key.workspaceId, c.req.valid('json'))), 201),
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels', tags, security, summary: 'List pixels (newest first)',
      request: { query: PixelListQuery },
      responses: { 200: json(PixelPage, 'One page of pixels.'), ...COMMON_ERRORS },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await ctx.stores.pixels.list(c.var.key.workspaceId, {
        ...pageRequest(query),
        ...(query.q ? { q: query.q } : {}),
        ...(query.platform ? { platform: query.platform } : {}),
      });
      return c.json({ data: page.items.map(present), nextCursor: encodeCursor(page.nextCursor) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}', tags, security, summary: 'Get a pixel',
      request: { params: IdParam },
      responses: { 200: json(PixelResponse, 'The pixel.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(present(await getPixelOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/pixels/{id}', tags, security, middleware: [write] as const, summary: 'Update a pixel',
      request: { params: IdParam, body: { content: { 'application/json': { schema: PixelUpdate } }, required: true } },
      responses: { 200: json(PixelResponse, 'The updated pixel.'), ...COMMON_ERRORS },
    }),
    async (c) => c.json(present(await updatePixel(ctx, c.var.key.workspaceId, c.req.valid('param').id, c.req.valid('json'))), 200),
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/pixels/{id}', tags, security, middleware: [write] as const, summary: 'Delete a pixel (detaches it from every link)',
      request: { params: IdParam },
      responses: { 204: { description: 'Deleted.' }, ...COMMON_ERRORS },
    }),
    async (c) => {
      await deletePixel(ctx, c.var.key.workspaceId, c.req.valid('param').id);
      return c.body(null, 204);
    },
  );
}
