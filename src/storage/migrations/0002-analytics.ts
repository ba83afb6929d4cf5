import type { Kysely } from 'kysely';

/**
 * Click analytics (docs/analytics.md): raw clicks (never an IP), hourly and daily rollups that stats
 * read from, per-day visitor hashes for unique counts, per-pixel visitor hashes for audiences,
 * and the random daily salts the hashes are keyed with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('clicks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('domain', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('device', 'text', (c) => c.notNull())
    .addColumn('os', 'text')
    .addColumn('browser', 'text')
    .addColumn('referrer_host', 'text')
    .addColumn('utm_source', 'text')
    .addColumn('utm_medium', 'text')
    .addColumn('utm_campaign', 'text')
    .addColumn('utm_term', 'text')
    .addColumn('utm_content', 'text')
    .addColumn('click_ids', 'text', (c) => c.notNull())
    .addColumn('bot', 'integer', (c) => c.notNull())
    .addColumn('consent', 'text', (c) => c.notNull())
    .addColumn('pixels_fired', 'text', (c) => c.notNull())
    .addColumn('pixels_confirmed', 'text')
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('clicks_workspace_at').on('clicks').columns(['workspace_id', 'at']).execute();
  await db.schema.createIndex('clicks_link_at').on('clicks').columns(['link_id', 'at']).execute();

  for (const table of ['rollups_hour', 'rollups_day']) {
    await db.schema
      .createTable(table)
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('link_id', 'text', (c) => c.notNull())
      .addColumn('bucket', 'bigint', (c) => c.notNull())
      .addColumn('dim', 'text', (c) => c.notNull())
      .addColumn('value', 'text', (c) => c.notNull())
      .addColumn('clicks', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('humans', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('bots', 'bigint', (c) => c.notNull().defaultTo(0))
      .addColumn('uniques', 'bigint', (c) => c.notNull().defaultTo(0))
      .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', 'link_id', 'dim', 'bucket', 'value'])
      .execute();
  }

  await db.schema
    .createTable('daily_visitors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('daily_visitors_pk', ['workspace_id', 'link_id', 'day', 'visitor_hash'])
    .execute();

  await db.schema
    .createTable('pixel_visitors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('pixel_id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('visitor_hash', 'text', (c) => c.notNull())
    .addColumn('hits', 'bigint', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('pixel_visitors_pk', ['pixel_id', 'day', 'visitor_hash'])
    .execute();

  await db.schema
    .createTable('salts')
    .addColumn('day', 'integer', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['salts', 'pixel_visitors', 'daily_visitors', 'rollups_day', 'rollups_hour', 'clicks']) {
    await db.schema.dropTable(table).execute();
  }
}
