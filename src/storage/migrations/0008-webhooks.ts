import type { Kysely } from 'kysely';

/**
 * Issue 21 (signed webhooks, docs/webhooks.md):
 *
 * - `webhook_endpoints`: where a workspace wants which events. The URL and the signing secrets
 *   are sealed under the secrets key (src/app/secrets/secret-box.ts): a webhook URL is often a
 *   credential in itself (a chat tool's incoming-webhook URL), and a secret is never stored plain.
 *   During a rotation's overlap the previous secret is kept (sealed) until `previous_secret_until`.
 * - `webhook_messages`: every message made for an endpoint, its body exactly as signed, so a retry
 *   or a manual redelivery sends the same bytes under the same `webhook-id`. Kept for
 *   WEBHOOK_LOG_RETENTION_DAYS (longer while a delivery of it is still pending).
 * - `webhook_log`: the delivery log per endpoint: every attempt (status, latency, response code,
 *   the first bytes of the response) and the endpoint being turned off (`webhook.disabled`).
 * - `webhook_click_spool`: the human clicks of workspaces with `click` endpoints, by id, written by
 *   the click writer in the same transaction as the clicks; turned into one `click` message per
 *   endpoint every WEBHOOK_CLICK_BATCH_MS and then deleted.
 * - `webhook_milestones`: events that fire once per occasion (`audience.ready` once per pixel,
 *   `pixel.delivery_failing` once per failing spell): the row is the "already told" mark, and its
 *   primary key makes two nodes agree on who tells.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('events', 'text', (c) => c.notNull())
    .addColumn('link_ids', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('disabled_reason', 'text')
    .addColumn('disabled_at', 'bigint')
    .addColumn('failing_since', 'bigint')
    .addColumn('secret', 'text', (c) => c.notNull())
    .addColumn('secret_hint', 'text', (c) => c.notNull())
    .addColumn('previous_secret', 'text')
    .addColumn('previous_secret_until', 'bigint')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_endpoints_workspace').on('webhook_endpoints').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('webhook_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('event_at', 'bigint', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_messages_created').on('webhook_messages').column('created_at').execute();

  await db.schema
    .createTable('webhook_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('endpoint_id', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('attempt', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('status', 'integer')
    .addColumn('latency_ms', 'integer')
    .addColumn('response', 'text')
    .addColumn('error', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('webhook_log_endpoint').on('webhook_log').columns(['endpoint_id', 'id']).execute();
  await db.schema.createIndex('webhook_log_at').on('webhook_log').column('at').execute();

  await db.schema
    .createTable('webhook_click_spool')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('clicks', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('webhook_milestones')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('webhook_milestones_pk', ['subject', 'kind'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['webhook_milestones', 'webhook_click_spool', 'webhook_log', 'webhook_messages', 'webhook_endpoints']) {
    await db.schema.dropTable(table).execute();
  }
}
