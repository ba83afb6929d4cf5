import type { Kysely, Selectable } from 'kysely';
import type { SecretBox } from '../app/secrets/secret-box.js';
import type { DisabledReason, WebhookEndpoint } from '../core/webhooks/endpoint.js';
import type { WebhookEventType } from '../core/webhooks/events.js';
import type { Database } from './database.js';
import { toPage, type Page, type PageRequest } from './page.js';
import type { Schema, WebhookEndpointsTable } from './schema.js';

type EndpointRow = Selectable<WebhookEndpointsTable>;

/** An endpoint as the fan-out needs it: what it wants, not where it is or how it signs. */
export type Subscription = Pick<WebhookEndpoint, 'id' | 'workspaceId' | 'events' | 'filter' | 'enabled'>;

/** What the API shows about the secrets (never the secrets themselves, after creation). */
export interface SecretInfo {
  hint: string;
  /** While a rotation's overlap lasts: when the previous secret stops signing. */
  previousUntil: number | null;
}

const SUBSCRIPTION_COLUMNS = ['id', 'workspace_id', 'events', 'link_ids', 'tags', 'enabled'] as const;

function toSubscription(row: Pick<EndpointRow, (typeof SUBSCRIPTION_COLUMNS)[number]>): Subscription {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    events: JSON.parse(row.events) as WebhookEventType[],
    filter: { linkIds: JSON.parse(row.link_ids) as string[], tags: JSON.parse(row.tags) as string[] },
    enabled: row.enabled === 1,
  };
}

/**
 * Webhook endpoints (migration 0008). The URL and the signing secrets are sealed here, on the way
 * in, and opened on the way out, bound to the endpoint's id (a sealed value copied onto another
 * row does not open there); the rest of the code only ever sees them plain.
 */
export class WebhookStore {
  private readonly database: Database;
  private readonly box: SecretBox;

  constructor(database: Database, box: SecretBox) {
    this.database = database;
    this.box = box;
  }

  private toEndpoint(row: EndpointRow): WebhookEndpoint & { secret: SecretInfo } {
    return {
      ...toSubscription(row),
      url: this.box.open(row.url, `${row.id}:url`),
      description: row.description,
      disabledReason: row.disabled_reason as DisabledReason | null,
      disabledAt: row.disabled_at,
      failingSince: row.failing_since,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      secret: { hint: row.secret_hint, previousUntil: row.previous_secret_until },
    };
  }

  async insert(endpoint: WebhookEndpoint, secret: { value: string; hint: string }): Promise<void> {
    await this.database.db
      .insertInto('webhook_endpoints')
      .values({
        id: endpoint.id,
        workspace_id: endpoint.workspaceId,
        ...this.fields(endpoint),
        secret: this.box.seal(secret.value, `${endpoint.id}:secret`),
        secret_hint: secret.hint,
        previous_secret: null,
        previous_secret_until: null,
        created_at: endpoint.createdAt,
      })
      .execute();
  }

  private fields(e: WebhookEndpoint) {
    return {
      url: this.box.seal(e.url, `${e.id}:url`),
      description: e.description,
      events: JSON.stringify(e.events),
      link_ids: JSON.stringify(e.filter.linkIds),
      tags: JSON.stringify(e.filter.tags),
      enabled: e.enabled ? 1 : 0,
      disabled_reason: e.disabledReason,
      disabled_at: e.disabledAt,
      failing_since: e.failingSince,
      updated_at: e.updatedAt,
    };
  }

  async get(workspaceId: string, id: string): Promise<(WebhookEndpoint & { secret: SecretInfo }) | null> {
    const row = await this.database.db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row ? this.toEndpoint(row) : null;
  }

  /** By id alone: for the delivery side, which knows the endpoint from its own records. */
  async byId(id: string): Promise<(WebhookEndpoint & { secret: SecretInfo }) | null> {
    const row = await this.database.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? this.toEndpoint(row) : null;
  }

  async list(workspaceId: string, page: PageRequest): Promise<Page<WebhookEndpoint & { secret: SecretInfo }>> {
    let q = this.database.db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).orderBy('id', 'desc').limit(page.limit + 1);
    if (page.after) q = q.where('id', '<', page.after);
    return toPage((await q.execute()).map((r) => this.toEndpoint(r)), page.limit);
  }

  async count(workspaceId: string): Promise<number> {
    const row = await this.database.db.selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<number>().as('n')).where('workspace_id', '=', workspaceId).executeTakeFirst();
    return Number(row?.n ?? 0);
  }

  async update(endpoint: WebhookEndpoint): Promise<boolean> {
    const result = await this.database.db
      .updateTable('webhook_endpoints')
      .set(this.fields(endpoint))
      .where('workspace_id', '=', endpoint.workspaceId)
      .where('id', '=', endpoint.id)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    const result = await this.database.db.deleteFrom('webhook_endpoints').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(result.numDeletedRows) > 0;
  }

  /**
   * Make `secret` the signing secret; the current one keeps signing too until `previousUntil`
   * (when that is in the past, it stops at once).
   */
  async rotateSecret(workspaceId: string, id: string, secret: { value: string; hint: string }, previousUntil: number, now: number): Promise<boolean> {
    return this.database.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('webhook_endpoints').select(['secret']).where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
      if (!row) return false;
      const keep = previousUntil > now;
      await trx
        .updateTable('webhook_endpoints')
        .set({
          secret: this.box.seal(secret.value, `${id}:secret`),
          secret_hint: secret.hint,
          // Re-sealed under its new role, so it cannot be swapped back into `secret`.
          previous_secret: keep ? this.box.seal(this.box.open(row.secret, `${id}:secret`), `${id}:previous`) : null,
          previous_secret_until: keep ? previousUntil : null,
          updated_at: now,
        })
        .where('id', '=', id)
        .execute();
      return true;
    });
  }

  /** The secrets that sign a message sent at `now`: the current one, and the previous one during an overlap. */
  async signingSecrets(id: string, now: number): Promise<string[] | null> {
    const row = await this.database.db
      .selectFrom('webhook_endpoints')
      .select(['secret', 'previous_secret', 'previous_secret_until'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const secrets = [this.box.open(row.secret, `${id}:secret`)];
    if (row.previous_secret !== null && (row.previous_secret_until ?? 0) > now) secrets.push(this.box.open(row.previous_secret, `${id}:previous`));
    return secrets;
  }

  /** A delivery failed: the failing spell starts now unless one runs already. Returns when it started. */
  async markFailing(id: string, now: number): Promise<number | null> {
    await this.database.db.updateTable('webhook_endpoints').set({ failing_since: now }).where('id', '=', id).where('failing_since', 'is', null).execute();
    const row = await this.database.db.selectFrom('webhook_endpoints').select('failing_since').where('id', '=', id).executeTakeFirst();
    return row?.failing_since == null ? null : Number(row.failing_since);
  }

  /** A delivery succeeded: the failing spell (if any) is over. Returns whether there was one. */
  async markRecovered(id: string): Promise<boolean> {
    const result = await this.database.db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).where('failing_since', 'is not', null).executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  /**
   * Ricochet turns the endpoint off (`gone`, `failing`). Returns the endpoint when this call turned
   * it off, null when it was off already (so it is reported once, even with two nodes).
   */
  async disable(id: string, reason: DisabledReason, now: number): Promise<{ workspaceId: string } | null> {
    const result = await this.database.db
      .updateTable('webhook_endpoints')
      .set({ enabled: 0, disabled_reason: reason, disabled_at: now, updated_at: now })
      .where('id', '=', id)
      .where('enabled', '=', 1)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 0) return null;
    const row = await this.database.db.selectFrom('webhook_endpoints').select('workspace_id').where('id', '=', id).executeTakeFirst();
    return row ? { workspaceId: row.workspace_id } : null;
  }

  /**
   * Seal again, with the box's current key, every URL and secret sealed with an older one (after a
   * new key was put first in SECRETS_KEY: `ricochet secrets rotate`). Returns how many endpoints
   * were resealed, were current already, and which no key opens (left alone).
   */
  async reseal(): Promise<{ resealed: number; current: number; unreadable: string[] }> {
    const rows = await this.database.db.selectFrom('webhook_endpoints').select(['id', 'url', 'secret', 'previous_secret']).execute();
    let resealed = 0;
    let current = 0;
    const unreadable: string[] = [];
    for (const row of rows) {
      const sealed: Array<[keyof typeof row, string | null, string]> = [['url', row.url, `${row.id}:url`], ['secret', row.secret, `${row.id}:secret`], ['previous_secret', row.previous_secret, `${row.id}:previous`]];
      if (sealed.every(([, value]) => value === null || !this.box.isStale(value))) {
        current++;
        continue;
      }
      try {
        const values = Object.fromEntries(sealed.map(([column, value, aad]) => [column, value === null ? null : this.box.seal(this.box.open(value, aad), aad)]));
        await this.database.db.updateTable('webhook_endpoints').set(values).where('id', '=', row.id).execute();
        resealed++;
      } catch {
        unreadable.push(row.id);
      }
    }
    return { resealed, current, unreadable };
  }

  /** The subset of `ids` that are links of the workspace (an endpoint's link filter). */
  async existingLinks(workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows = await this.database.db.selectFrom('links').select('id').where('workspace_id', '=', workspaceId).where('id', 'in', [...ids]).execute();
    return new Set(rows.map((r) => r.id));
  }

  /**
   * The enabled endpoints of these workspaces that want `type` (filters not applied yet); in `db`
   * when given (a transaction).
   */
  async subscribers(workspaceIds: readonly string[], type: WebhookEventType, db: Kysely<Schema> = this.database.db): Promise<Subscription[]> {
    if (workspaceIds.length === 0) return [];
    const rows = await db
      .selectFrom('webhook_endpoints')
      .select(SUBSCRIPTION_COLUMNS)
      .where('workspace_id', 'in', [...workspaceIds])
      .where('enabled', '=', 1)
      // JSON text: `"click"` with its quotes cannot match inside another name.
      .where('events', 'like', `%"${type}"%`)
      .execute();
    return rows.map(toSubscription);
  }

  /** The workspaces that have an enabled endpoint wanting `type` (the click writer spools only their clicks). */
  async workspacesWanting(type: WebhookEventType): Promise<string[]> {
    const rows = await this.database.db
      .selectFrom('webhook_endpoints')
      .select('workspace_id')
      .distinct()
      .where('enabled', '=', 1)
      .where('events', 'like', `%"${type}"%`)
      .execute();
    return rows.map((r) => r.workspace_id);
  }
}
