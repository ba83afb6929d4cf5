/**
 * Webhooks on the click writer thread, off the event loop (docs/webhooks.md): the destination
 * directory the delivery engine sends through, the click spool written in each click batch's
 * transaction and turned into `click` messages every WEBHOOK_CLICK_BATCH_MS, the milestone checks
 * (`audience.ready`), and the pruning of the delivery log.
 */
import type { Kysely } from 'kysely';
import { SecretBox } from '../app/secrets/secret-box.js';
import type { WebhookConfig } from '../config.js';
import type { Click } from '../core/clicks/click.js';
import type { Random } from '../core/ports.js';
import { parseAllowedNetwork, type AllowedNetwork } from '../core/webhooks/address-policy.js';
import type { DestinationDirectory } from '../delivery/port.js';
import type { Database } from '../storage/database.js';
import { OutboxStore } from '../storage/outbox-store.js';
import type { Schema } from '../storage/schema.js';
import { StatsStore } from '../storage/stats-store.js';
import { WebhookLogStore } from '../storage/webhook-log-store.js';
import { WebhookMilestoneStore } from '../storage/webhook-milestone-store.js';
import { WebhookSpoolStore } from '../storage/webhook-spool-store.js';
import { WebhookStore } from '../storage/webhook-store.js';
import { lookupFor } from './address-guard.js';
import { ClickBatcher } from './click-batcher.js';
import { createGuardedAgent } from './guarded-agent.js';
import { MilestoneWatcher } from './milestone-watcher.js';
import { webhookOutbox } from './queue-messages.js';
import { MESSAGES_AT_ONCE, webhookDirectory, type DisabledNotice } from './webhook-destinations.js';

/** What the writer thread gets (plain data: it crosses to the thread by structured clone). */
export interface WebhookSetup {
  config: Omit<WebhookConfig, 'allowedNetworks'> & { allowedNetworks: string[] };
  /** The secrets keys: endpoint URLs and signing secrets are sealed under them. */
  secretsKeys: Uint8Array[];
  audienceMinimums: Readonly<Partial<Record<string, number>>>;
}

/** The setup for the writer thread, from the event loop's config. */
export function webhookSetup(config: WebhookConfig, secretsKeys: Uint8Array[], audienceMinimums: WebhookSetup['audienceMinimums']): WebhookSetup {
  return { config: { ...config, allowedNetworks: config.allowedNetworks.map(networkText) }, secretsKeys, audienceMinimums };
}

const TICK_MS = 1000;
const PRUNE_EVERY_MS = 3_600_000;
/** Connections to one receiver: every message a lane can have out (4 batches) gets its own, none waits for a socket. */
const CONNECTIONS_PER_ORIGIN = 4 * MESSAGES_AT_ONCE;
const MAX_REDIRECTS = 3;

export function startWebhooks(args: { database: Database; setup: WebhookSetup; random: Random; onDisabled(notice: DisabledNotice): void }) {
  const { database, setup, random } = args;
  const config = setup.config;
  const box = new SecretBox(setup.secretsKeys);
  const webhooks = new WebhookStore(database, box);
  const log = new WebhookLogStore(database);
  const outboxStore = new OutboxStore(database);
  const outbox = webhookOutbox(outboxStore, 'webhooks');
  const agent = createGuardedAgent({
    lookup: lookupFor(config.testHosts),
    allowed: config.allowedNetworks.map(parseAllowedNetwork),
    connectTimeoutMs: config.connectTimeoutMs,
    maxRedirects: config.followRedirects ? MAX_REDIRECTS : 0,
    connectionsPerOrigin: CONNECTIONS_PER_ORIGIN,
  });
  const directory: DestinationDirectory = webhookDirectory({ webhooks, log, outbox: outboxStore, agent, config, random, now: () => Date.now(), onDisabled: args.onDisabled });
  const batcher = new ClickBatcher({ database, spool: new WebhookSpoolStore(database), webhooks, log, outbox, random, now: () => Date.now(), intervalMs: config.clickBatchMs });
  const milestones = new MilestoneWatcher({ database, webhooks, stats: new StatsStore(database), milestones: new WebhookMilestoneStore(database), log, outbox, random, now: () => Date.now(), config: { audienceMinimums: setup.audienceMinimums }, pixelFailingAlertMs: config.pixelFailingAlertMs });

  let lastPrune = 0;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();
  const tick = async () => {
    const now = Date.now();
    await batcher.refresh(now).catch(() => {});
    await batcher.tick(now).catch(() => {
      // The database is away: the spool keeps the clicks; the next interval tries again.
    });
    await milestones.tick(now).catch(() => {});
    if (now - lastPrune >= PRUNE_EVERY_MS) {
      lastPrune = now;
      await log.prune(now - config.logRetentionMs, async (db) => new Set((await db.selectFrom('outbox').select('payload').where('destination', 'like', 'webhook:%').execute()).map((r) => (JSON.parse(r.payload) as { messageId: string }).messageId))).catch(() => {});
    }
  };
  const timer = setInterval(() => {
    if (stopped) return;
    running = running.then(tick);
  }, TICK_MS);
  timer.unref?.();

  return {
    directory,
    /** Read which workspaces want clicks (throttled; `force` after an endpoint changed). */
    refresh: (now: number, force?: boolean) => batcher.refresh(now, force),
    /** In the click batch's transaction. */
    write: (trx: Kysely<Schema>, fresh: readonly Click[]) => batcher.write(trx, fresh),
    async close() {
      stopped = true;
      clearInterval(timer);
      await running.catch(() => {});
      // What is spooled becomes messages now rather than after the restart.
      await batcher.tick(Date.now(), true).catch(() => {});
      await agent.close();
    },
  };
}

function networkText([address, bits]: AllowedNetwork): string {
  return `${address.toString()}/${bits}`;
}
