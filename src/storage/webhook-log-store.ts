import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { Schema } from './schema.js';

/** A message as stored: its body exactly as signed. */
export interface StoredMessage {
  id: string;
  workspaceId: string;
  endpointId: string;
  type: string;
  body: string;
  eventAt: number;
  createdAt: number;
}

/**
 * What became of an attempt, or of the endpoint. Closed list, shown in the delivery log.
 * - `sent`: 2xx.
 * - `failed`: will be tried again (network error, timeout, 429, 5xx, a redirect not followed, …).
 * - `refused`: not sent: the address is not allowed (docs/webhooks.md "Safety"); tried again later like a failure.
 * - `gave_up`: failed, and the retry schedule is over (a manual redelivery can still send it).
 * - `disabled`: the endpoint was turned off (`type` is `webhook.disabled`).
 */
export const LOG_OUTCOMES = ['sent', 'failed', 'refused', 'gave_up', 'disabled'] as const;
export type LogOutcome = (typeof LOG_OUTCOMES)[number];

export const LOG_TRIGGERS = ['scheduled', 'manual', 'test'] as const;
export type LogTrigger = (typeof LOG_TRIGGERS)[number];

export interface LogEntry {
  /** `wha_…`. */
  id: string;
  workspaceId: string;
  endpointId: string;
  messageId: string | null;
  type: string;
  trigger: LogTrigger;
  /** 1 for the first attempt of a message (a redelivery starts again at 1). */
  attempt: number;
  outcome: LogOutcome;
  /** The HTTP status, when the receiver answered. */
  status: number | null;
  latencyMs: number | null;
  /** The first bytes of the response body. */
  response: string | null;
  error: string | null;
  at: number;
}

type Db = Kysely<Schema> | Transaction<Schema>;

/** Webhook messages (for retries and redelivery) and the delivery log (migration 0008). */
export class WebhookLogStore {
  private readonly database: Database;

  constructor(database: Database) {
    this.database = database;
  }

  /** Store messages, in the caller's transaction when given (with the deliveries that send them). */
  async insertMessages(messages: readonly StoredMessage[], db: Db = this.database.db): Promise<void> {
    if (messages.length === 0) return;
    await db
      .insertInto('webhook_messages')
      .values(messages.map((m) => ({ id: m.id, workspace_id: m.workspaceId, endpoint_id: m.endpointId, type: m.type, body: m.body, event_at: m.eventAt, created_at: m.createdAt })))
      .execute();
  }

  async messages(ids: readonly string[]): Promise<Map<string, StoredMessage>> {
    if (ids.length === 0) return new Map();
    const rows = await this.database.db.selectFrom('webhook_messages').selectAll().where('id', 'in', [...ids]).execute();
    return new Map(rows.map((r) => [r.id, { id: r.id, workspaceId: r.workspace_id, endpointId: r.endpoint_id, type: r.type, body: r.body, eventAt: r.event_at, createdAt: r.created_at }]));
  }

  async message(workspaceId: string, endpointId: string, id: string): Promise<StoredMessage | null> {
    const found = (await this.messages([id])).get(id);
    return found && found.workspaceId === workspaceId && found.endpointId === endpointId ? found : null;
  }

  async append(entries: readonly LogEntry[], db: Db = this.database.db): Promise<void> {
    if (entries.length === 0) return;
    await db
      .insertInto('webhook_log')
      .values(
        entries.map((e) => ({
          id: e.id,
          workspace_id: e.workspaceId,
          endpoint_id: e.endpointId,
          message_id: e.messageId,
          type: e.type,
          trigger: e.trigger,
          attempt: e.attempt,
          outcome: e.outcome,
          status: e.status,
          latency_ms: e.latencyMs,
          response: e.response,
          error: e.error,
          at: e.at,
        })),
      )
      .execute();
  }

  /** One endpoint's log, newest first; `messageId` narrows it to one message's attempts. */
  async list(workspaceId: string, endpointId: string, query: PageRequest & { messageId?: string }): Promise<Page<LogEntry>> {
    let q = this.database.db
      .selectFrom('webhook_log')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(query.limit + 1);
    if (query.after) q = q.where('id', '<', query.after);
    if (query.messageId) q = q.where('message_id', '=', query.messageId);
    const rows = await q.execute();
    return toPage(
      rows.map((r) => ({
        id: r.id,
        workspaceId: r.workspace_id,
        endpointId: r.endpoint_id,
        messageId: r.message_id,
        type: r.type,
        trigger: r.trigger as LogTrigger,
        attempt: r.attempt,
        outcome: r.outcome as LogOutcome,
        status: r.status,
        latencyMs: r.latency_ms,
        response: r.response,
        error: r.error,
        at: r.at,
      })),
      query.limit,
    );
  }

  /** Forget log entries and messages made before `before`, except messages in `keep` (still being delivered). */
  async prune(before: number, keep: (db: Db) => Promise<Set<string>>): Promise<{ log: number; messages: number }> {
    const db = this.database.db;
    const log = await db.deleteFrom('webhook_log').where('at', '<', before).executeTakeFirst();
    const old = await db.selectFrom('webhook_messages').select('id').where('created_at', '<', before).limit(10_000).execute();
    const pending = await keep(db);
    const gone = old.map((r) => r.id).filter((id) => !pending.has(id));
    let messages = 0;
    for (let i = 0; i < gone.length; i += 500) {
      const r = await db.deleteFrom('webhook_messages').where('id', 'in', gone.slice(i, i + 500)).executeTakeFirst();
      messages += Number(r.numDeletedRows);
    }
    return { log: Number(log.numDeletedRows), messages };
  }
}
