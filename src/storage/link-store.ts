import type { Insertable, Kysely, Selectable, SelectQueryBuilder, Transaction } from 'kysely';
import type { ConsentPolicy, OptInAction } from '../core/consent/settings.js';
import type { Link, RedirectType } from '../core/link.js';
import type { Platform } from '../core/pixels/platform.js';
import type { ResolvedLink } from '../core/resolved-link.js';
import { isUniqueViolation } from './constraint-error.js';
import type { Database } from './database.js';
import { ilike } from './like-pattern.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { LinksTable, Schema } from './schema.js';

type LinkRow = Selectable<LinksTable>;

function parseJson<T>(text: string | null, fallback: T): T {
  return text === null ? fallback : (JSON.parse(text) as T);
}

function toLink(row: LinkRow, pixelIds: string[]): Link & { clicks: number } {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    domain: row.domain,
    slug: row.slug,
    url: row.url,
    externalId: row.external_id,
    title: row.title,
    tags: parseJson(row.tags, []),
    folderId: row.folder_id,
    pixelIds,
    redirectType: row.redirect_type as RedirectType,
    forwardQuery: row.forward_query === 1,
    expiresAt: row.expires_at,
    expiredUrl: row.expired_url,
    maxClicks: row.max_clicks,
    limitUrl: row.limit_url,
    passwordHash: row.password_hash,
    rules: parseJson(row.rules, []),
    consent: parseJson(row.consent, null),
    event: parseJson(row.event, null),
    og: parseJson(row.og, null),
    serverOnly: row.server_only === 1,
    conversionTracking: row.conversion_tracking === null ? null : row.conversion_tracking === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    clicks: row.clicks,
  };
}

function toRow(link: Link): Omit<Insertable<LinksTable>, 'clicks'> & { id: string; workspace_id: string; created_at: number } {
  const json = (v: unknown) => (v === null ? null : JSON.stringify(v));
  return {
    id: link.id,
    workspace_id: link.workspaceId,
    domain: link.domain,
    slug: link.slug,
    url: link.url,
    external_id: link.externalId,
    title: link.title,
    tags: JSON.stringify(link.tags),
    folder_id: link.folderId,
    redirect_type: link.redirectType,
    forward_query: link.forwardQuery ? 1 : 0,
    expires_at: link.expiresAt,
    expired_url: link.expiredUrl,
    max_clicks: link.maxClicks,
    limit_url: link.limitUrl,
    password_hash: link.passwordHash,
    rules: JSON.stringify(link.rules),
    consent: json(link.consent),
    event: json(link.event),
    og: json(link.og),
    server_only: link.serverOnly ? 1 : 0,
    conversion_tracking: link.conversionTracking === null ? null : link.conversionTracking ? 1 : 0,
    created_at: link.createdAt,
    updated_at: link.updatedAt,
  };
}

export interface LinkQuery extends PageRequest {
  /** Substring of slug, URL, title or a tag (case-insensitive). */
  q?: string;
  /** Exact tag. */
  tag?: string;
  domain?: string;
  /** Only links in this folder; `''` = links in no folder. */
  folderId?: string;
}

export type StoredLink = Link & { clicks: number };

/**
 * What a write causes besides itself (its webhook messages), written in the same transaction:
 * either both happen or neither does.
 */
export type Also = (trx: Kysely<Schema>) => Promise<void>;

/** Which uniqueness a write ran into. */
export type Clash = 'slug_taken' | 'external_id_taken';

export interface TagCount {
  name: string;
  links: number;
}

/** What the click writer needs of a link to build its server events (src/conversions/server-event-producer.ts). */
export interface LinkFacts {
  id: string;
  domain: string;
  slug: string;
  tags: string[];
  event: Link['event'];
  serverOnly: boolean;
  /** The link's conversion tracking, or its workspace's when the link does not say. */
  conversionTracking: boolean;
}

export class LinkStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /**
   * Inserts the link with its pixels and tags atomically; `slug_taken` on a (domain, slug)
   * clash, `external_id_taken` when another link of the workspace has its `externalId`.
   */
  async insert(link: Link, also?: Also): Promise<'ok' | Clash> {
    try {
      await this.database.db.transaction().execute(async (trx) => {
        await trx.insertInto('links').values(toRow(link)).execute();
        await writeRelations(trx, link);
        await also?.(trx);
      });
      return 'ok';
    } catch (error) {
      if (isUniqueViolation(error)) return this.clashOf(link);
      throw error;
    }
  }

  /** Which unique index a failed write hit: the one on `external_id` if another link holds it. */
  private async clashOf(link: Link): Promise<Clash> {
    if (link.externalId === null) return 'slug_taken';
    const holder = await this.getByExternalId(link.workspaceId, link.externalId);
    return holder && holder.id !== link.id ? 'external_id_taken' : 'slug_taken';
  }

  async update(link: Link, also?: Also): Promise<'ok' | Clash | 'not_found'> {
    try {
      return await this.database.db.transaction().execute(async (trx) => {
        const { id, workspace_id, created_at: _c, ...rest } = toRow(link);
        const result = await trx
          .updateTable('links')
          .set(rest)
          .where('workspace_id', '=', workspace_id)
          .where('id', '=', id)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 0) return 'not_found';
        await trx.deleteFrom('link_pixels').where('link_id', '=', id).execute();
        await trx.deleteFrom('link_tags').where('link_id', '=', id).execute();
        await writeRelations(trx, link);
        await also?.(trx);
        return 'ok' as const;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return this.clashOf(link);
      throw error;
    }
  }

  /** Returns the deleted link (its domain and slug are needed to invalidate caches). */
  async delete(workspaceId: string, id: string, also?: (trx: Kysely<Schema>, link: StoredLink) => Promise<void>): Promise<StoredLink | null> {
    return this.database.db.transaction().execute(async (trx) => {
      const link = await getLink(trx, workspaceId, id);
      if (!link) return null;
      await trx.deleteFrom('links').where('id', '=', id).execute();
      await also?.(trx, link);
      return link;
    });
  }

  async get(workspaceId: string, id: string): Promise<StoredLink | null> {
    return getLink(this.database.db, workspaceId, id);
  }

  /** A link of the workspace by its short URL: `domain` is `''` for the default domain. */
  async getBySlug(workspaceId: string, domain: string, slug: string): Promise<StoredLink | null> {
    return getLinkWhere(this.database.db, workspaceId, (q) => q.where('domain', '=', domain).where('slug', '=', slug));
  }

  async getByExternalId(workspaceId: string, externalId: string): Promise<StoredLink | null> {
    return getLinkWhere(this.database.db, workspaceId, (q) => q.where('external_id', '=', externalId));
  }

  /** The workspace's tags with how many links carry each, by name; `after` is the last name of the previous page. */
  async tags(workspaceId: string, query: { limit: number; after: string | null; q?: string }): Promise<{ items: TagCount[]; nextCursor: string | null }> {
    let q = this.database.db
      .selectFrom('link_tags')
      .select(['tag', (eb) => eb.fn.countAll<number | string>().as('links')])
      .where('workspace_id', '=', workspaceId)
      .groupBy('tag')
      .orderBy('tag')
      .limit(query.limit + 1);
    if (query.after !== null) q = q.where('tag', '>', query.after);
    if (query.q) q = q.where((eb) => ilike(this.database.engine, eb.ref('tag'), query.q as string));
    const rows = (await q.execute()).map((r) => ({ name: r.tag, links: Number(r.links) }));
    const items = rows.slice(0, query.limit);
    return { items, nextCursor: rows.length > query.limit ? (items[items.length - 1]?.name ?? null) : null };
  }

  /** Slug, domain and title of some links of the workspace (for lists of ids, such as top links). */
  async summaries(workspaceId: string, ids: readonly string[]): Promise<Array<{ id: string; domain: string; slug: string; title: string | null }>> {
    if (ids.length === 0) return [];
    return this.database.db.selectFrom('links').select(['id', 'domain', 'slug', 'title']).where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute();
  }

  /** Which of `ids` are links of the workspace. */
  async existing(workspaceId: string, ids: readonly string[]): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows = await this.database.db.selectFrom('links').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute();
    return rows.map((r) => r.id);
  }

  /** Ids of the workspace's links that are `id`, carry `tag` and are in `folderId` (each when given). */
  async ids(workspaceId: string, where: { id?: string; tag?: string; folderId?: string }): Promise<string[]> {
    let q = this.database.db.selectFrom('links').select('id').where('workspace_id', '=', workspaceId);
    if (where.id !== undefined) q = q.where('id', '=', where.id);
    if (where.folderId !== undefined) q = where.folderId === '' ? q.where('folder_id', 'is', null) : q.where('folder_id', '=', where.folderId);
    if (where.tag !== undefined) {
      const tag = where.tag;
      q = q.where(({ exists, selectFrom }) => exists(selectFrom('link_tags').select('link_tags.link_id').whereRef('link_tags.link_id', '=', 'links.id').where('link_tags.tag', '=', tag)));
    }
    return (await q.execute()).map((r) => r.id);
  }

  async list(workspaceId: string, query: LinkQuery): Promise<Page<StoredLink>> {
    const { engine } = this.database;
    let q = this.database.db
      .selectFrom('links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.after) q = q.where('id', '<', query.after);
    if (query.domain !== undefined) q = q.where('domain', '=', query.domain);
    if (query.folderId !== undefined) q = query.folderId === '' ? q.where('folder_id', 'is', null) : q.where('folder_id', '=', query.folderId);
    if (query.tag !== undefined) {
      const tag = query.tag;
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('link_tags')
            .select('link_tags.link_id')
            .whereRef('link_tags.link_id', '=', 'links.id')
            .where('link_tags.workspace_id', '=', workspaceId)
            .where('link_tags.tag', '=', tag),
        ),
      );
    }
    if (query.q) {
      const term = query.q;
      q = q.where((eb) =>
        eb.or([
          ilike(engine, eb.ref('links.slug'), term),
          ilike(engine, eb.ref('links.url'), term),
          ilike(engine, eb.ref('links.title'), term),
          eb.exists(
            eb
              .selectFrom('link_tags')
              .select('link_tags.link_id')
              .whereRef('link_tags.link_id', '=', 'links.id')
              .where((inner) => ilike(engine, inner.ref('link_tags.tag'), term)),
          ),
        ]),
      );
    }
    const rows = await q.execute();
    const pixels = await pixelIdsByLink(this.database.db, rows.map((r) => r.id));
    return toPage(rows.map((r) => toLink(r, pixels.get(r.id) ?? [])), query.limit);
  }

  async slugExists(domain: string, slug: string): Promise<boolean> {
    const row = await this.database.db
      .selectFrom('links')
      .select('id')
      .where('domain', '=', domain)
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Facts of links by id, for server events (ids that no longer exist are absent). */
  async facts(ids: readonly string[]): Promise<LinkFacts[]> {
    const out: LinkFacts[] = [];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await this.database.db
        .selectFrom('links')
        .innerJoin('workspaces', 'workspaces.id', 'links.workspace_id')
        .select(['links.id', 'links.domain', 'links.slug', 'links.tags', 'links.event', 'links.server_only', 'links.conversion_tracking', 'workspaces.conversion_tracking as workspace_tracking'])
        .where('links.id', 'in', ids.slice(i, i + 500))
        .execute();
      for (const r of rows) {
        out.push({
          id: r.id,
          domain: r.domain,
          slug: r.slug,
          tags: parseJson(r.tags, []),
          event: parseJson(r.event, null),
          serverOnly: r.server_only === 1,
          conversionTracking: (r.conversion_tracking ?? r.workspace_tracking) === 1,
        });
      }
    }
    return out;
  }

  /** The redirect path's cache-miss read: link, its pixels and its workspace, by (domain, slug). */
  async resolve(domain: string, slug: string): Promise<(ResolvedLink & { clicks: number }) | null> {
    const row = await this.database.db
      .selectFrom('links')
      .innerJoin('workspaces', 'workspaces.id', 'links.workspace_id')
      .selectAll('links')
      .select([
        'workspaces.consent_policy',
        'workspaces.consent_opt_in_action',
        'workspaces.privacy_policy_url',
        'workspaces.time_zone',
        'workspaces.conversion_tracking as workspace_conversion_tracking',
        'workspaces.brand_color',
        'workspaces.logo_url',
        'workspaces.prompt_language',
      ])
      .where('links.domain', '=', domain)
      .where('links.slug', '=', slug)
      .executeTakeFirst();
    if (!row) return null;
    const pixels = await this.database.db
      .selectFrom('link_pixels')
      .innerJoin('pixels', 'pixels.id', 'link_pixels.pixel_id')
      .select(['pixels.id', 'pixels.platform', 'pixels.tag_id'])
      .where('link_pixels.link_id', '=', row.id)
      .orderBy('pixels.id')
      .execute();
    const link = toLink(row, pixels.map((p) => p.id));
    return {
      link,
      clicks: row.clicks,
      pixels: pixels.map((p) => ({ id: p.id, platform: p.platform as Platform, tagId: p.tag_id })),
      workspace: {
        id: row.workspace_id,
        consent: { policy: row.consent_policy as ConsentPolicy, optInAction: row.consent_opt_in_action as OptInAction },
        privacyPolicyUrl: row.privacy_policy_url,
        timeZone: row.time_zone,
        conversionTracking: row.workspace_conversion_tracking === 1,
        brand: { color: row.brand_color, logoUrl: row.logo_url, promptLanguage: row.prompt_language },
      },
    };
  }
}

async function writeRelations(trx: Transaction<Schema>, link: Link): Promise<void> {
  if (link.pixelIds.length > 0) {
    await trx
      .insertInto('link_pixels')
      .values(link.pixelIds.map((pixel_id) => ({ link_id: link.id, pixel_id })))
      .execute();
  }
  if (link.tags.length > 0) {
    await trx
      .insertInto('link_tags')
      .values(link.tags.map((tag) => ({ link_id: link.id, workspace_id: link.workspaceId, tag })))
      .execute();
  }
}

async function getLink(db: Kysely<Schema>, workspaceId: string, id: string): Promise<StoredLink | null> {
  return getLinkWhere(db, workspaceId, (q) => q.where('id', '=', id));
}

type LinkSelect = SelectQueryBuilder<Schema, 'links', LinkRow>;

async function getLinkWhere(db: Kysely<Schema>, workspaceId: string, where: (q: LinkSelect) => LinkSelect): Promise<StoredLink | null> {
  const row = await where(db.selectFrom('links').selectAll().where('workspace_id', '=', workspaceId)).executeTakeFirst();
  if (!row) return null;
  const pixels = await pixelIdsByLink(db, [row.id]);
  return toLink(row, pixels.get(row.id) ?? []);
}

async function pixelIdsByLink(db: Kysely<Schema>, linkIds: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (linkIds.length === 0) return map;
  const rows = await db
    .selectFrom('link_pixels')
    .select(['link_id', 'pixel_id'])
    .where('link_id', 'in', linkIds)
    .orderBy('pixel_id')
    .execute();
  for (const r of rows) {
    const list = map.get(r.link_id);
    if (list) list.push(r.pixel_id);
    else map.set(r.link_id, [r.pixel_id]);
  }
  return map;
}
