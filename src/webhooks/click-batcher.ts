/**
 * `click` events (docs/webhooks.md "Events"), on the click writer thread, off the event loop:
 *
 * - `write`, in each click batch's transaction: one spool row naming the human clicks of the
 *   workspaces that have `click` endpoints (ids only: the click rows are the facts). Bots are never
 *   spooled. What the spool holds is as durable as the clicks themselves.
 * - `tick`, every WEBHOOK_CLICK_BATCH_MS: spool rows become one message per endpoint — the clicks
 *   its filter lets through, oldest first, at most 1,000 per message — queued in the outbox, and the
 *   rows are deleted, all in one transaction. A busy link costs one request per endpoint and
 *   interval, not one per click.
 */
import type { Kysely } from 'kysely';
import type { Click } from '../core/clicks/click.js';
import { newId } from '../core/ids.js';
import type { Random } from '../core/ports.js';
import { clicksByEndpoint } from '../core/webhooks/click-routing.js';
import { clickEventItem, type StoredClickFacts } from '../core/webhooks/event-data.js';
import type { Database } from '../storage/database.js';
import type { Schema } from '../storage/schema.js';
import type { WebhookLogStore } from '../storage/webhook-log-store.js';
import type { SpooledClicks, WebhookSpoolStore } from '../storage/webhook-spool-store.js';
import type { WebhookStore } from '../storage/webhook-store.js';
import { queueMessages, type WebhookOutbox } from './queue-messages.js';

/** Most clicks in one message. */
export const MAX_CLICKS_PER_MESSAGE = 1000;
/** Spool rows turned into messages per transaction (each holds one click batch, up to ~10,000 clicks). */
const ROWS_PER_TRANSACTION = 20;
/** How often the set of workspaces with `click` endpoints is read again. */
const SUBSCRIBERS_REFRESH_MS = 5000;

export interface ClickBatcherDeps {
  database: Database;
  spool: WebhookSpoolStore;
  webhooks: Pick<WebhookStore, 'workspacesWanting' | 'subscribers'>;
  log: Pick<WebhookLogStore, 'insertMessages'>;
  outbox: WebhookOutbox;
  random: Random;
  now(): number;
  intervalMs: number;
}

export class ClickBatcher {
  private readonly deps: ClickBatcherDeps;
  private wanting = new Set<string>();
  private wantingAt = Number.NEGATIVE_INFINITY;
  private lastRun: number;
  private running = false;

  constructor(deps: ClickBatcherDeps) {
    this.deps = deps;
    this.lastRun = deps.now();
  }

  /** Read again which workspaces want clicks (every few seconds; `force` at once, e.g. after an endpoint changed). */
  async refresh(now: number, force = false): Promise<void> {
    if (!force && now - this.wantingAt < SUBSCRIBERS_REFRESH_MS) return;
    this.wantingAt = now;
    this.wanting = new Set(await this.deps.webhooks.workspacesWanting('click'));
  }

  /** In the click batch's transaction: spool the human clicks of workspaces with `click` endpoints. */
  async write(trx: Kysely<Schema>, fresh: readonly Click[]): Promise<void> {
    if (this.wanting.size === 0) return;
    const clicks: SpooledClicks = {};
    let any = false;
    for (const c of fresh) {
      if (c.bot || !this.wanting.has(c.workspaceId)) continue;
      (clicks[c.workspaceId] ??= []).push(c.id);
      any = true;
    }
    if (!any) return;
    const now = this.deps.now();
    await this.deps.spool.add(trx, { id: newId('webhookSpool', now, this.deps.random), clicks, createdAt: now });
  }

  /** Turn the spool into messages when the interval is up (or `force`). Returns the messages made. */
  async tick(now: number, force = false): Promise<number> {
    if (this.running || (!force && now - this.lastRun < this.deps.intervalMs)) return 0;
    this.running = true;
    this.lastRun = now;
    try {
      let made = 0;
      for (;;) {
        const { rows, messages } = await this.drainOnce();
        made += messages;
        if (rows < ROWS_PER_TRANSACTION) return made;
      }
    } finally {
      this.running = false;
    }
  }

  private async drainOnce(): Promise<{ rows: number; messages: number }> {
    const { database, spool, webhooks } = this.deps;
    return database.db.transaction().execute(async (trx) => {
      const rows = await spool.take(trx, ROWS_PER_TRANSACTION);
      if (rows.length === 0) return { rows: 0, messages: 0 };
      const byWorkspace = new Map<string, string[]>();
      for (const row of rows) {
        for (const [ws, ids] of Object.entries(row.clicks)) {
          const list = byWorkspace.get(ws);
          if (list) list.push(...ids);
          else byWorkspace.set(ws, [...ids]);
        }
      }
      const endpoints = await webhooks.subscribers([...byWorkspace.keys()], 'click', trx);
      const items: Parameters<typeof queueMessages>[2][number][] = [];
      if (endpoints.length > 0) {
        const clicks: StoredClickFacts[] = [];
        for (const ws of new Set(endpoints.map((e) => e.workspaceId))) clicks.push(...(await spool.clicks(trx, ws, byWorkspace.get(ws) ?? [])));
        const filtered = endpoints.some((e) => e.filter.tags.length > 0);
        const tags = filtered ? await spool.linkTags(trx, [...new Set(clicks.map((c) => c.linkId))]) : new Map<string, string[]>();
        const routed = clicksByEndpoint(endpoints, clicks, tags);
        for (const endpoint of endpoints) {
          const mine = routed.get(endpoint.id) ?? [];
          for (let i = 0; i < mine.length; i += MAX_CLICKS_PER_MESSAGE) {
            const part = mine.slice(i, i + MAX_CLICKS_PER_MESSAGE);
            items.push({ endpoint, spec: { type: 'click', at: (part[part.length - 1] as StoredClickFacts).at, data: { clicks: part.map(clickEventItem) } } });
          }
        }
      }
      await queueMessages(trx, { outbox: this.deps.outbox, log: this.deps.log, random: this.deps.random, now: this.deps.now() }, items);
      await spool.delete(trx, rows.map((r) => r.id));
      return { rows: rows.length, messages: items.length };
    });
  }
}
