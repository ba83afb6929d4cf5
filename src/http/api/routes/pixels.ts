import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { createPixel, deletePixel, getPixelOrThrow, updatePixel } from '../../../app/pixels/manage-pixels.js';
import { tagIdWarnings } from '../../../app/pixels/tag-id-warnings.js';
import type { Pixel } from '../../../core/pixel.js';
import { encodeCursor, pageRequest } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { audit } from '../audit.js';
import { requirePermission } from '../middleware.js';
import { presentPixel } from '../present.js';
import { created, errorResponses, noContent, ok } from '../responses.js';
import { idParam } from '../schemas/common.js';
import { PixelCreate, PixelListQuery, PixelPage, PixelResponse, PixelUpdate } from '../schemas/pixel-schemas.js';
import { API_BASE } from './paths.js';

const tags = ['pixels'];
const security = [{ bearer: [] }];
const IdParam = idParam('pixel');
const present = (p: Pixel) => presentPixel(p, tagIdWarnings(p.platform, p.tagId));

export function pixelRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  const write = requirePermission('write:pixels');

  app.openapi(
    createRoute({
      method: 'post', path: '/pixels', operationId: 'createPixel', tags, security, middleware: [write] as const,
      summary: 'Add a pixel to the library',
      description: 'Tag ids are checked loosely: an unusual shape is accepted with `warnings`, obvious junk is refused (422 `PIXEL_ID_INVALID`). The same platform and tag id twice is refused (409 `PIXEL_DUPLICATE`, `details.pixelId` names the existing pixel).',
      request: { body: { content: { 'application/json': { schema: PixelCreate } }, required: true } },
      responses: { 201: created(PixelResponse, 'Created; `Location` is the new pixel.'), ...errorResponses({ body: true, write: true }, ['PIXEL_ID_INVALID', 'PIXEL_DUPLICATE']) },
    }),
    async (c) => {
      const pixel = await createPixel(ctx, c.var.key.workspaceId, c.req.valid('json'));
      await audit(ctx, c, 'pixel.create', pixel.id, { platform: pixel.platform, tagId: pixel.tagId });
      c.header('location', `${API_BASE}/pixels/${pixel.id}`);
      return c.json(present(pixel), 201);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels', operationId: 'listPixels', tags, security,
      summary: 'List pixels',
      description: 'Newest first, one page at a time; `q` searches name and tag id, `platform` filters.',
      request: { query: PixelListQuery },
      responses: { 200: ok(PixelPage, 'One page of pixels.'), ...errorResponses({ params: true, list: true }) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await ctx.stores.pixels.list(c.var.key.workspaceId, {
        ...pageRequest(query),
        ...(query.q ? { q: query.q } : {}),
        ...(query.platform ? { platform: query.platform } : {}),
      });
      return c.json({ data: page.items.map(present), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'get', path: '/pixels/{id}', operationId: 'getPixel', tags, security,
      summary: 'Get a pixel',
      description: 'One pixel by id, with shape warnings about its tag id.',
      request: { params: IdParam },
      responses: { 200: ok(PixelResponse, 'The pixel.'), ...errorResponses({ params: true }, ['PIXEL_NOT_FOUND']) },
    }),
    async (c) => c.json(present(await getPixelOrThrow(ctx, c.var.key.workspaceId, c.req.valid('param').id)), 200),
  );

  app.openapi(
    createRoute({
      method: 'patch', path: '/pixels/{id}', operationId: 'updatePixel', tags, security, middleware: [write] as const,
      summary: 'Update a pixel',
      description: 'Absent fields stay as they are. Every link using the pixel fires the new values from its next click on.',
      request: { params: IdParam, body: { content: { 'application/json': { schema: PixelUpdate } }, required: true } },
      responses: { 200: ok(PixelResponse, 'The updated pixel.'), ...errorResponses({ body: true, params: true, write: true }, ['PIXEL_NOT_FOUND', 'PIXEL_ID_INVALID', 'PIXEL_DUPLICATE']) },
    }),
    async (c) => {
      const patch = c.req.valid('json');
      const pixel = await updatePixel(ctx, c.var.key.workspaceId, c.req.valid('param').id, patch);
      await audit(ctx, c, 'pixel.update', pixel.id, { patch });
      return c.json(present(pixel), 200);
    },
  );

  app.openapi(
    createRoute({
      method: 'delete', path: '/pixels/{id}', operationId: 'deletePixel', tags, security, middleware: [write] as const,
      summary: 'Delete a pixel',
      description: 'Detaches it from every link; those links stop firing it from their next click on.',
      request: { params: IdParam },
      responses: { 204: noContent('Deleted.'), ...errorResponses({ params: true, write: true }, ['PIXEL_NOT_FOUND']) },
    }),
    async (c) => {
      const id = c.req.valid('param').id;
      await deletePixel(ctx, c.var.key.workspaceId, id);
      await audit(ctx, c, 'pixel.delete', id);
      return c.body(null, 204);
    },
  );
}
