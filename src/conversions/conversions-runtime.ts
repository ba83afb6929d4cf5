import { SecretBox } from '../app/secrets/secret-box.js';
import type { Random } from '../core/ports.js';
import { DeliveryEngine, type EngineOptions, type EngineReport } from '../delivery/delivery-engine.js';
import { createHttpClient, type TestNetwork } from '../delivery/http-client.js';
import { MemorySeal } from '../delivery/memory-seal.js';
import type { DestinationDirectory } from '../delivery/port.js';
import type { ClickConsequences } from '../ingest/click-ingest.js';
import type { Database } from '../storage/database.js';
import { LinkStore } from '../storage/link-store.js';
import { OutboxStore } from '../storage/outbox-store.js';
import { PixelServerStore } from '../storage/pixel-server-store.js';
import { PlatformSender, pixelDirectory } from './pixel-destinations.js';
import { ServerEventProducer } from './server-event-producer.js';

/** What the click writer thread is given to run conversions (memory to memory: keys never touch disk here). */
export interface ConversionsSetup {
  /** The secrets keys (credentials at rest). */
  secretsKeys: Uint8Array[];
  publicUrl: string;
  testNetwork: TestNetwork | null;
  attributionWindowMs: number;
  engine?: Partial<EngineOptions>;
}

/** Platforms answer most requests well under a second; a hung one costs its lane this long. */
const REQUEST_TIMEOUT_MS = 10_000;
const HOUSEKEEPING_EVERY_MS = 60_000;
/** Dead-lettered deliveries stay listed this long. */
const DEAD_RETENTION_MS = 7 * 86_400_000;

/**
 * Server-side events and conversions on the click writer thread (docs/conversions.md): the
 * producer that queues each stored click's events in its own transaction, the delivery engine
 * that sends them, and the housekeeping that deletes attribution data past its window and
 * old dead letters. Other destinations (signed webhooks) join with their own directory.
 */
export function startConversions(args: {
  database: Database;
  setup: ConversionsSetup;
  random: Random;
  report(report: EngineReport): void;
  directories?: DestinationDirectory[];
}): { consequences: ClickConsequences; engine: DeliveryEngine; close(deadlineMs: number): Promise<void> } {
  const { database, setup } = args;
  const outbox = new OutboxStore(database);
  const pixels = new PixelServerStore(database);
  const links = new LinkStore(database);
  // This thread's memory key: it seals the addresses it queues and opens them to send.
  const seal = new MemorySeal();
  const http = createHttpClient({ timeoutMs: REQUEST_TIMEOUT_MS, testNetwork: setup.testNetwork });
  const producer = new ServerEventProducer({
    database,
    setups: () => pixels.enabledSetups(),
    linkFacts: (ids) => links.facts(ids),
    seal,
    enqueue: (deliveries, trx) => outbox.enqueue(deliveries, { node: seal.keyId, now: Date.now() }, trx),
    publicUrl: setup.publicUrl,
  });
  const engine = new DeliveryEngine(
    {
      store: outbox,
      directories: [pixelDirectory({ store: pixels, secrets: new SecretBox(setup.secretsKeys), sender: new PlatformSender(http) }), ...(args.directories ?? [])],
      seal,
      now: () => Date.now(),
      random: args.random,
      report: args.report,
    },
    setup.engine,
  );
  // One process owns a SQLite file: claims left by a process that died are its own, free them now.
  const ready = database.engine === 'sqlite' ? database.db.updateTable('outbox').set({ claimed_until: 0 }).where('claimed_until', '>', 0).execute().catch(() => {}) : Promise.resolve();
  void ready.then(() => engine.start());

  let lastHousekeeping = 0;
  const housekeeping = async (now: number) => {
    if (now - lastHousekeeping < HOUSEKEEPING_EVERY_MS) return;
    lastHousekeeping = now;
    await database.db.deleteFrom('click_attribution').where('at', '<', now - setup.attributionWindowMs).execute();
    await outbox.cleanup(now - DEAD_RETENTION_MS);
  };

  const consequences: ClickConsequences = {
    async refresh(now, force) {
      await producer.refresh(now, force);
      if (!force) await housekeeping(now).catch(() => {});
    },
    capture: (click) => producer.capture(click),
    prepare: (clicks) => producer.prepare(clicks),
    write: (trx, fresh) => producer.write(trx, fresh),
    committed(clicks) {
      producer.forget(clicks);
      for (const d of producer.touched) engine.poke(d);
      producer.touched.clear();
    },
    async accepted(clickId, firedLate) {
      const deliveries = producer.accepted(clickId, firedLate);
      if (deliveries.length === 0) return;
      try {
        await outbox.enqueue(deliveries, { node: seal.keyId, now: Date.now() });
        for (const d of deliveries) engine.poke(d.destination);
      } catch {
        // The database is away: these late events are lost (the click itself is stored).
      }
    },
    forget: (clicks) => producer.forget(clicks),
  };
  return {
    consequences,
    engine,
    async close(deadlineMs) {
      await engine.close(deadlineMs);
      await http.close();
    },
  };
}
