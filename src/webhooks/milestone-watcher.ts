/**
 * Events that are conditions rather than actions, checked on the click writer thread every few
 * minutes (docs/webhooks.md "Events"):
 *
 * - `audience.ready`: a pixel's distinct visitors within its platform's lookback window reach the
 *   platform's minimum audience size (the readiness the audience view shows). Once per pixel.
 * - `pixel.delivery_failing`: server-side delivery to the pixel's platform has had no success for
 *   PIXEL_FAILING_ALERT_MINUTES while failing. Once per failing spell; a success ends the spell.
 *
 * Only workspaces with an endpoint that wants the event are looked at. The "already told" mark is
 * written in the same transaction as the messages, so a restart or a second node never tells twice.
 */
import { sql } from 'kysely';
import type { Config } from '../config.js';
import { PIXEL_PREFIX } from '../conversions/pixel-destinations.js';
import { audienceMinimum, visitorsInLookback } from '../app/stats/get-audience.js';
import { dayOf } from '../core/clicks/click.js';
import { AUDIENCE_LOOKBACK_DAYS } from '../core/pixels/audience-lookback.js';
import type { Platform } from '../core/pixels/platform.js';
import type { Random } from '../core/ports.js';
import { wants } from '../core/webhooks/endpoint.js';
import type { WebhookEventType } from '../core/webhooks/events.js';
import type { Database } from '../storage/database.js';
import type { StatsStore } from '../storage/stats-store.js';
import type { WebhookLogStore } from '../storage/webhook-log-store.js';
import type { WebhookMilestoneStore } from '../storage/webhook-milestone-store.js';
import type { Subscription, WebhookStore } from '../storage/webhook-store.js';
import { queueMessages, type WebhookOutbox } from './queue-messages.js';

/** The mark of a failing spell first seen (not an event: when it started, for the alert's delay). */
const FAILING_SEEN = 'pixel.failing';

/** How often the conditions are checked. */
export const MILESTONE_CHECK_MS = 5 * 60_000;

export interface PixelRow {
  id: string;
  workspaceId: string;
  platform: Platform;
  tagId: string;
  name: string;
}

export interface MilestoneDeps {
  database: Database;
  webhooks: Pick<WebhookStore, 'workspacesWanting' | 'subscribers'>;
  stats: StatsStore;
  milestones: WebhookMilestoneStore;
  log: Pick<WebhookLogStore, 'insertMessages'>;
  outbox: WebhookOutbox;
  random: Random;
  now(): number;
  config: Pick<Config, 'audienceMinimums'>;
  /** PIXEL_FAILING_ALERT_MINUTES, in ms. */
  pixelFailingAlertMs: number;
  everyMs?: number;
}

export class MilestoneWatcher {
  private readonly deps: MilestoneDeps;
  private last = Number.NEGATIVE_INFINITY;
  private running = false;

  constructor(deps: MilestoneDeps) {
    this.deps = deps;
  }

  async tick(now: number, force = false): Promise<void> {
    if (this.running || (!force && now - this.last < (this.deps.everyMs ?? MILESTONE_CHECK_MS))) return;
    this.running = true;
    this.last = now;
    try {
      await this.audiences(now);
      await this.failingPixels(now);
    } finally {
      this.running = false;
    }
  }

  private async pixelsOf(workspaceIds: readonly string[]): Promise<PixelRow[]> {
    if (workspaceIds.length === 0) return [];
    const rows = await this.deps.database.db.selectFrom('pixels').select(['id', 'workspace_id', 'platform', 'tag_id', 'name']).where('workspace_id', 'in', [...workspaceIds]).execute();
    return rows.map((r) => ({ id: r.id, workspaceId: r.workspace_id, platform: r.platform as Platform, tagId: r.tag_id, name: r.name }));
  }

  private async audiences(now: number): Promise<void> {
    const pixels = await this.pixelsOf(await this.deps.webhooks.workspacesWanting('audience.ready'));
    const told = await this.deps.milestones.marks(pixels.map((p) => p.id), 'audience.ready');
    const today = dayOf(now);
    for (const pixel of pixels) {
      if (told.has(pixel.id)) continue;
      const minimum = audienceMinimum(this.deps.config, pixel.platform);
      if (minimum === null) continue;
      const visitors = await visitorsInLookback(this.deps.stats, pixel, today);
      if (visitors < minimum) continue;
      await this.tell('audience.ready', pixel, now, { pixelId: pixel.id, platform: pixel.platform, tagId: pixel.tagId, name: pixel.name, visitors, minimum, lookbackDays: AUDIENCE_LOOKBACK_DAYS[pixel.platform] });
    }
  }

  /**
   * A pixel's server-side delivery (src/delivery/, its `delivery_status`) is failing when its last
   * error is newer than its last success. The spell is marked when first seen (`pixel.failing`);
   * once it has lasted PIXEL_FAILING_ALERT_MINUTES the event is sent, once; a success ends the
   * spell and clears both marks, so the next spell is told again.
   */
  private async failingPixels(now: number): Promise<void> {
    const workspaces = await this.deps.webhooks.workspacesWanting('pixel.delivery_failing');
    if (workspaces.length === 0) return;
    const rows = await this.deps.database.db
      .selectFrom('pixel_servers')
      .innerJoin('pixels', 'pixels.id', 'pixel_servers.pixel_id')
      .leftJoin('delivery_status', (j) => j.onRef('delivery_status.destination', '=', sql<string>`${sql.lit(PIXEL_PREFIX)} || pixels.id`))
      .select(['pixels.id', 'pixels.workspace_id', 'pixels.platform', 'pixels.tag_id', 'pixels.name', 'delivery_status.last_error', 'delivery_status.last_error_at', 'delivery_status.last_success_at'])
      .where('pixels.workspace_id', 'in', workspaces)
      .where('pixel_servers.enabled', '=', 1)
      .execute();
    const ids = rows.map((r) => r.id);
    const seen = await this.deps.milestones.marks(ids, FAILING_SEEN);
    const told = await this.deps.milestones.marks(ids, 'pixel.delivery_failing');
    const recovered: string[] = [];
    for (const r of rows) {
      const errorAt = r.last_error_at == null ? null : Number(r.last_error_at);
      const successAt = r.last_success_at == null ? null : Number(r.last_success_at);
      const failing = errorAt !== null && (successAt === null || errorAt > successAt);
      if (!failing) {
        if (seen.has(r.id) || told.has(r.id)) recovered.push(r.id);
        continue;
      }
      const since = seen.get(r.id);
      if (since === undefined) {
        await this.deps.milestones.put({ subject: r.id, kind: FAILING_SEEN, workspaceId: r.workspace_id, at: now });
        continue;
      }
      if (told.has(r.id) || now - since < this.deps.pixelFailingAlertMs) continue;
      const pixel: PixelRow = { id: r.id, workspaceId: r.workspace_id, platform: r.platform as Platform, tagId: r.tag_id, name: r.name };
      await this.tell('pixel.delivery_failing', pixel, now, {
        pixelId: pixel.id, platform: pixel.platform, tagId: pixel.tagId, name: pixel.name,
        failingSince: new Date(since).toISOString(), lastError: r.last_error ?? null, lastErrorAt: errorAt === null ? null : new Date(errorAt).toISOString(),
      });
    }
    await this.deps.milestones.release(recovered, [FAILING_SEEN, 'pixel.delivery_failing']);
  }

  /** Mark the occasion and queue its messages, in one transaction; nothing when another node marked it first. */
  protected async tell(type: WebhookEventType, pixel: PixelRow, now: number, data: unknown): Promise<void> {
    const endpoints: Subscription[] = (await this.deps.webhooks.subscribers([pixel.workspaceId], type)).filter((e) => wants(e, type, null));
    await this.deps.database.db.transaction().execute(async (trx) => {
      if (!(await this.deps.milestones.claim(trx, { subject: pixel.id, kind: type, workspaceId: pixel.workspaceId, at: now }))) return;
      await queueMessages(trx, { outbox: this.deps.outbox, log: this.deps.log, random: this.deps.random, now }, endpoints.map((endpoint) => ({ endpoint, spec: { type, at: now, data } })));
    });
  }
}
