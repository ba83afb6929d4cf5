import { OpenAPIHono, createRoute } from '@hono/zod-openapi';
import type { AppContext } from '../../../app/context.js';
import { encodeCursor, nameAfter } from '../cursor.js';
import type { ApiEnv } from '../env.js';
import { errorResponses, ok } from '../responses.js';
import { TagListQuery, TagPage } from '../schemas/tag-schemas.js';

export function tagRoutes(ctx: AppContext, app: OpenAPIHono<ApiEnv>): void {
  app.openapi(
    createRoute({
      method: 'get', path: '/tags', operationId: 'listTags', tags: ['links'], security: [{ bearer: [] }],
      summary: 'List the tags in use, with how many links carry each',
      description: 'In alphabetical order, one page at a time. Tags exist as long as a link carries them; filter links by one with `GET /links?tag=`.',
      request: { query: TagListQuery },
      responses: { 200: ok(TagPage, 'One page of tags.'), ...errorResponses({ params: true, list: true }) },
    }),
    async (c) => {
      const query = c.req.valid('query');
      const page = await ctx.stores.links.tags(c.var.key.workspaceId, { limit: query.limit, after: nameAfter(query.cursor), ...(query.q ? { q: query.q } : {}) });
      const colors = await ctx.stores.tagColors.all(c.var.key.workspaceId);
      return c.json({ data: page.items.map((t) => ({ ...t, color: colors.get(t.name) ?? null })), nextCursor: encodeCursor(page.nextCursor), hasMore: page.nextCursor !== null }, 200);
    },
  );
}
