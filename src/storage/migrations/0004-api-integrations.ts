import { sql, type Kysely } from 'kysely';

/**
 * Issue 20 (an API for integrators):
 * - `links.external_id`: the client's own id for a link, unique per workspace, so a create can be
 *   retried or re-run without making a second link (`PUT /links/external/{externalId}`).
 * - `pixels.tag_key`: `platform:tag id` (lower case), unique per workspace, so the same pixel
 *   cannot be added twice. Pixels that are already duplicated keep working: the oldest of each
 *   group gets the key, the later copies keep NULL (NULLs never clash in a unique index, on
 *   either engine) until someone edits their platform or tag id. Nothing is deleted.
 * Both columns are nullable and filled without rewriting links, so the migration is quick.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('links').addColumn('external_id', 'text').execute();
  await db.schema.createIndex('links_workspace_external_id').on('links').columns(['workspace_id', 'external_id']).unique().execute();

  await db.schema.alterTable('pixels').addColumn('tag_key', 'text').execute();
  await sql`
    update pixels set tag_key = lower(platform || ':' || tag_id)
    where id in (select min(id) from pixels group by workspace_id, lower(platform || ':' || tag_id))
  `.execute(db);
  await db.schema.createIndex('pixels_workspace_tag_key').on('pixels').columns(['workspace_id', 'tag_key']).unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('pixels_workspace_tag_key').execute();
  await db.schema.alterTable('pixels').dropColumn('tag_key').execute();
  await db.schema.dropIndex('links_workspace_external_id').execute();
  await db.schema.alterTable('links').dropColumn('external_id').execute();
}
