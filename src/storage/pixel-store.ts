import type { Pixel } from '../core/pixel.js';
import type { Platform } from '../core/pixels/platform.js';
import { isUniqueViolation } from './constraint-error.js';
import type { Database } from './database.js';
import { ilike } from './like-pattern.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { PixelsTable } from './schema.js';

function toPixel(row: PixelsTable): Pixel {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    platform: row.platform as Platform,
    tagId: row.tag_id,
    name: row.name,
    isDefault: row.is_default === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * What makes two pixels the same one: platform and tag id, case-folded (`G-ABC123` and
 * `g-abc123` are one GA4 property). Unique per workspace (migration 0004).
 */
export function pixelTagKey(platform: string, tagId: string): string {
  return `${platform}:${tagId}`.toLowerCase();
}

function toRow(p: Pixel): PixelsTable {
  return {
    id: p.id,
    workspace_id: p.workspaceId,
    platform: p.platform,
    tag_id: p.tagId,
    tag_key: pixelTagKey(p.platform, p.tagId),
    name: p.name,
    is_default: p.isDefault ? 1 : 0,
    created_at: p.createdAt,
    updated_at: p.updatedAt,
  };
}

export interface PixelQuery extends PageRequest {
  q?: string;
  platform?: Platform;
}

export class PixelStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** `{ duplicateOf }` names the pixel of the workspace that already has this platform and tag id. */
  async insert(pixel: Pixel): Promise<'ok' | { duplicateOf: string }> {
    try {
      await this.database.db.insertInto('pixels').values(toRow(pixel)).execute();
      return 'ok';
    } catch (error) {
      return this.duplicate(error, pixel);
    }
  }

  /**
   * A pixel whose platform and tag id stay as they were keeps its `tag_key` (NULL for a copy
   * made before duplicates were refused, which may then still be renamed or made default).
   */
  async update(pixel: Pixel): Promise<'ok' | { duplicateOf: string }> {
    const { id, workspace_id, created_at: _c, tag_key, ...rest } = toRow(pixel);
    try {
      await this.database.db
        .updateTable('pixels')
        .set((eb) => ({
          ...rest,
          tag_key: eb
            .case()
            .when(eb.and([eb('platform', '=', rest.platform), eb('tag_id', '=', rest.tag_id)]))
            .then(eb.ref('tag_key'))
            .else(tag_key)
            .end(),
        }))
        .where('workspace_id', '=', workspace_id)
        .where('id', '=', id)
        .execute();
      return 'ok';
    } catch (error) {
      return this.duplicate(error, pixel);
    }
  }

  private async duplicate(error: unknown, pixel: Pixel): Promise<{ duplicateOf: string }> {
    if (!isUniqueViolation(error)) throw error;
    const holder = await this.database.db
      .selectFrom('pixels')
      .select('id')
      .where('workspace_id', '=', pixel.workspaceId)
      .where('tag_key', '=', pixelTagKey(pixel.platform, pixel.tagId))
      .executeTakeFirst();
    if (!holder) throw error;
    return { duplicateOf: holder.id };
  }

  async get(workspaceId: string, id: string): Promise<Pixel | null> {
    const row = await this.database.db
      .selectFrom('pixels')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row ? toPixel(row) : null;
  }

  async list(workspaceId: string, query: PixelQuery): Promise<Page<Pixel>> {
    let q = this.database.db
      .selectFrom('pixels')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.after) q = q.where('id', '<', query.after);
    if (query.platform) q = q.where('platform', '=', query.platform);
    if (query.q) {
      const term = query.q;
      q = q.where((eb) => eb.or([ilike(this.database.engine, eb.ref('name'), term), ilike(this.database.engine, eb.ref('tag_id'), term)]));
    }
    return toPage((await q.execute()).map(toPixel), query.limit);
  }

  /** The subset of `ids` that belong to the workspace. */
  async existing(workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.database.db
      .selectFrom('pixels')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  async defaultIds(workspaceId: string): Promise<string[]> {
    const rows = await this.database.db
      .selectFrom('pixels')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .where('is_default', '=', 1)
      .orderBy('id')
      .execute();
    return rows.map((r) => r.id);
  }

  /** Deleting a pixel detaches it from every link (FK cascade on `link_pixels`). */
  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.database.db
      .deleteFrom('pixels')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }
}
