import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * Issue 16 (server-side events and conversions, docs/conversions.md, docs/delivery.md):
 *
 * - `pixel_servers`: a pixel's server-side delivery — its settings (account ids, conversion
 *   actions) and its credentials, sealed under the secrets key (src/app/secrets/secret-box.ts).
 * - `outbox`: the durable queue of the delivery engine (src/delivery/): every row waits for its
 *   `destination`. `sealed` holds what must not be stored in plain text (the visitor's address),
 *   encrypted under a key that lives in memory only. `outbox_dead`: what receivers refused, with
 *   their message, for a week.
 * - `delivery_counts` and `delivery_status`: per destination, how many deliveries are pending,
 *   sent, rejected or dropped (by reason), and the last error and success, for the API, the
 *   dashboard and `/metrics`. Counters are bumped with upserts, so nodes never overwrite each other.
 * - `click_attribution`: the ad click ids' values (fbclid, gclid, …) of clicks on links that
 *   track conversions, kept for the attribution window and then deleted; `clicks` keeps names only.
 * - `conversions`: leads and sales, attributed to a click, its link and its campaign.
 * - `links.server_only`, `links.conversion_tracking` and `workspaces.conversion_tracking`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;
  const withoutRowid = <T extends { modifyEnd(s: ReturnType<typeof sql>): T }>(b: T): T => (sqlite ? b.modifyEnd(sql`without rowid`) : b);

  await db.schema
    .createTable('pixel_servers')
    .addColumn('pixel_id', 'text', (c) => c.primaryKey().references('pixels.id').onDelete('cascade'))
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .addColumn('secrets', 'text', (c) => c.notNull())
    .addColumn('secret_hints', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pixel_servers_workspace').on('pixel_servers').column('workspace_id').execute();

  // A rowid table on SQLite (not WITHOUT ROWID: rows carry a payload of about a kilobyte), with an
  // ever-growing integer id: the smallest id is the oldest waiting delivery.
  await db.schema
    .createTable('outbox')
    .addColumn('id', sqlite ? 'integer' : 'bigserial', (c) => c.primaryKey())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('sealed', 'text')
    .addColumn('node', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_at', 'bigint', (c) => c.notNull())
    .addColumn('claimed_until', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('event_at', 'bigint', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .execute();
  // Claims: one destination's due rows in order.
  await db.schema.createIndex('outbox_due').on('outbox').columns(['destination', 'next_at']).execute();

  // Dead letters: what a receiver refused, with its message, for a week. No payload (it may hold a
  // user agent): the reason and the receiver's words are what an operator acts on.
  await db.schema
    .createTable('outbox_dead')
    .addColumn('id', 'bigint', (c) => c.primaryKey())
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('dead_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('outbox_dead_destination').on('outbox_dead').columns(['destination', 'id']).execute();
  await db.schema.createIndex('outbox_dead_at').on('outbox_dead').column('dead_at').execute();

  await db.schema
    .createTable('delivery_counts')
    .addColumn('destination', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('n', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('delivery_counts_pk', ['destination', 'outcome', 'reason'])
    .$call(withoutRowid)
    .execute();

  await db.schema
    .createTable('delivery_status')
    .addColumn('destination', 'text', (c) => c.primaryKey())
    .addColumn('last_error', 'text')
    .addColumn('last_error_reason', 'text')
    .addColumn('last_error_at', 'bigint')
    .addColumn('last_success_at', 'bigint')
    .execute();

  await db.schema
    .createTable('click_attribution')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('click_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('click_ids', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('click_attribution_pk', ['workspace_id', 'click_id'])
    .$call(withoutRowid)
    .execute();
  await db.schema.createIndex('click_attribution_at').on('click_attribution').column('at').execute();

  await db.schema
    .createTable('conversions')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('event_name', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text', (c) => c.notNull())
    .addColumn('click_id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('campaign', 'text')
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('email_hash', 'text')
    .addColumn('phone_hash', 'text')
    .addColumn('amount', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('invoice_id', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('conversions_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema.createIndex('conversions_dedup').on('conversions').columns(['workspace_id', 'kind', 'dedup_key']).unique().execute();
  await db.schema.createIndex('conversions_customer').on('conversions').columns(['workspace_id', 'customer_id', 'at']).execute();
  await db.schema.createIndex('conversions_at').on('conversions').columns(['workspace_id', 'at']).execute();

  await db.schema.alterTable('links').addColumn('server_only', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('links').addColumn('conversion_tracking', 'integer').execute();
  await db.schema.alterTable('workspaces').addColumn('conversion_tracking', 'integer', (c) => c.notNull().defaultTo(0)).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('workspaces').dropColumn('conversion_tracking').execute();
  await db.schema.alterTable('links').dropColumn('conversion_tracking').execute();
  await db.schema.alterTable('links').dropColumn('server_only').execute();
  for (const table of ['conversions', 'click_attribution', 'delivery_status', 'delivery_counts', 'outbox_dead', 'outbox', 'pixel_servers']) {
    await db.schema.dropTable(table).execute();
  }
}
