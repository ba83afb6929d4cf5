import { sql, type Kysely } from 'kysely';

/**
 * Issue 22 (daily work in the dashboard and CLI):
 * - `folders` group links (`links.folder_id`, null = no folder); a folder's name is unique per
 *   workspace whatever its case (`name_key`).
 * - `tag_colors`: a colour per tag name (tags themselves live on links, `link_tags`).
 * - `utm_templates`: named sets of UTM values for the link form's UTM builder.
 * - `saved_views`: a named filter of the links list or the analytics page, shared by the workspace.
 * - `domains`: `root_url` (where the bare domain goes) and its verification (a random token the
 *   domain must serve back, and the outcome of the last check).
 * - `workspaces`: the consent prompt's brand colour, logo and language.
 * - an index on the daily rollups by (workspace, dimension, day), for the top links of a workspace:
 *   the primary key leads with the link, so ranking links read every row of the workspace (275 ms
 *   over 10 M clicks in bench/analytics-page.ts; a few ms with it).
 * Only new tables, an index and nullable (or defaulted) columns: nothing is rewritten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('folders')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('folders_workspace_name').on('folders').columns(['workspace_id', 'name_key']).unique().execute();
  await db.schema.alterTable('links').addColumn('folder_id', 'text').execute();
  await db.schema.createIndex('links_workspace_folder').on('links').columns(['workspace_id', 'folder_id', 'id']).execute();

  await db.schema
    .createTable('tag_colors')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('tag', 'text', (c) => c.notNull())
    .addColumn('color', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tag_colors_pk', ['workspace_id', 'tag'])
    .execute();

  await db.schema
    .createTable('utm_templates')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('utm', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('utm_templates_workspace').on('utm_templates').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('saved_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('screen', 'text', (c) => c.notNull())
    .addColumn('query', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('saved_views_workspace').on('saved_views').columns(['workspace_id', 'id']).execute();

  await db.schema.alterTable('domains').addColumn('root_url', 'text').execute();
  await db.schema.alterTable('domains').addColumn('verify_token', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('domains').addColumn('verified_at', 'bigint').execute();
  await db.schema.alterTable('domains').addColumn('checked_at', 'bigint').execute();
  await db.schema.alterTable('domains').addColumn('check_error', 'text').execute();
  // Domains made before this migration get a token of their own (their id is unique and unguessable enough
  // to prove control of a host: it is shown only to the workspace).
  await sql`update domains set verify_token = 'rcv_' || id where verify_token = ''`.execute(db);

  await db.schema.createIndex('rollups_day_workspace_dim_bucket').on('rollups_day').columns(['workspace_id', 'dim', 'bucket']).execute();

  await db.schema.alterTable('workspaces').addColumn('brand_color', 'text').execute();
  await db.schema.alterTable('workspaces').addColumn('logo_url', 'text').execute();
  await db.schema.alterTable('workspaces').addColumn('prompt_language', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const column of ['prompt_language', 'logo_url', 'brand_color']) await db.schema.alterTable('workspaces').dropColumn(column).execute();
  await db.schema.dropIndex('rollups_day_workspace_dim_bucket').execute();
  for (const column of ['check_error', 'checked_at', 'verified_at', 'verify_token', 'root_url']) await db.schema.alterTable('domains').dropColumn(column).execute();
  await db.schema.dropTable('saved_views').execute();
  await db.schema.dropTable('utm_templates').execute();
  await db.schema.dropTable('tag_colors').execute();
  await db.schema.dropIndex('links_workspace_folder').execute();
  await db.schema.alterTable('links').dropColumn('folder_id').execute();
  await db.schema.dropTable('folders').execute();
}
