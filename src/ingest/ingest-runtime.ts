import { randomBytes } from 'node:crypto';
import type { CountryLookup } from '../app/geo/country-lookup.js';
import type { PixelConfirmation } from '../core/clicks/click.js';
import type { Random } from '../core/ports.js';
import { ClickStore } from '../storage/click-store.js';
import type { ConnectionSpec, Database } from '../storage/database.js';
import { connectPostgres } from '../storage/postgres/connect-postgres.js';
import { SaltStore } from '../storage/salt-store.js';
import { connectSqlite } from '../storage/sqlite/connect-sqlite.js';
import { startConversions, type ConversionsSetup } from '../conversions/conversions-runtime.js';
import type { EngineReport } from '../delivery/delivery-engine.js';
import { newId } from '../core/ids.js';
import type { DisabledNotice } from '../webhooks/webhook-destinations.js';
import { startWebhooks, type WebhookSetup } from '../webhooks/webhook-runtime.js';
import { HandoverReader } from './click-handover.js';
import { ClickIngest, type IngestOptions, type IngestReport } from './click-ingest.js';
import { createClickDeriver } from './derive-click.js';
import { SketchBook } from './sketch-book.js';
import { VisitorKeys } from './visitor-keys.js';

/** What the writer thread starts with. */
export interface WriterThreadData {
  handover: SharedArrayBuffer;
  connection: ConnectionSpec;
  options: IngestOptions;
  /** Server-side events and the delivery engine (null: not run here, e.g. in benchmarks of the writer alone). */
  conversions: ConversionsSetup | null;
  /** Signed webhooks, delivered by the same engine (null: none; they need `conversions`' engine). */
  webhooks: WebhookSetup | null;
}

export type WriterRequest =
  | { op: 'confirm'; confirmation: PixelConfirmation }
  | { op: 'flush'; id: number }
  | { op: 'refresh'; id: number }
  | { op: 'close'; id: number; deadlineMs: number };

export type WriterMessage =
  | { type: 'ready' }
  | { type: 'report'; report: IngestReport }
  | { type: 'outbox'; report: EngineReport }
  | { type: 'webhook-disabled'; notice: DisabledNotice }
  | { type: 'done'; id: number; error?: string };

/**
 * The thread waits this long for another connection's SQLite write lock (the API's, a backup's)
 * before the batch fails and is retried with back-off.
 */
const THREAD_LOCK_WAIT_MS = 2000;
/**
 * WAL pages before the writer thread checkpoints (SQLite's default is 1,000): checkpointing every
 * 40 MB instead of every 4 MB copies each page back to the database file far less often.
 */
const AUTO_CHECKPOINT_PAGES = 10_000;
/** How often the writer looks at the hand-over: at 30,000 clicks/s, ~300 clicks each time. */
const POLL_MS = 10;

export function openClickWriterDatabase(connection: ConnectionSpec): Database {
  return connection.engine === 'sqlite'
    ? connectSqlite({ file: connection.file }, { lockWaitMs: THREAD_LOCK_WAIT_MS, autoCheckpointPages: AUTO_CHECKPOINT_PAGES })
    : connectPostgres({ url: connection.url, poolSize: 4, ...(connection.schema ? { schema: connection.schema } : {}) });
}

/**
 * Wire a `ClickIngest` over a database and a hand-over, and run it on a timer: on the writer
 * thread (click-writer-thread.ts), or on the event loop for in-memory SQLite, which no other
 * connection can see.
 */
export async function startIngest(args: {
  data: Pick<WriterThreadData, 'handover' | 'options' | 'conversions' | 'webhooks'>;
  database: Database;
  lookupCountry: CountryLookup;
  random: Random;
  report(report: IngestReport): void;
  reportOutbox(report: EngineReport): void;
  webhookDisabled?(notice: DisabledNotice): void;
}) {
  const { data, database } = args;
  const webhooks = data.webhooks && data.conversions ? startWebhooks({ database, setup: data.webhooks, random: args.random, onDisabled: (n) => args.webhookDisabled?.(n) }) : null;
  const conversions = data.conversions
    ? startConversions({ database, setup: data.conversions, random: args.random, report: args.reportOutbox, directories: webhooks ? [webhooks.directory] : [] })
    : null;
  // The click spool of `click` webhooks is written in the same transaction as the clicks.
  const consequences =
    conversions && webhooks
      ? {
          ...conversions.consequences,
          async refresh(now: number, force?: boolean) {
            await conversions.consequences.refresh(now, force);
            await webhooks.refresh(now, force);
          },
          async write(trx: Parameters<typeof webhooks.write>[0], fresh: Parameters<typeof webhooks.write>[1]) {
            await conversions.consequences.write(trx, fresh);
            await webhooks.write(trx, fresh);
          },
        }
      : conversions?.consequences;
  const keys = new VisitorKeys(new SaltStore(database));
  const today = Math.floor(Date.now() / 86_400_000);
  await keys.prepare([today], today).catch(() => {
    // The database is away at start: keys are made in memory and offered to it later.
  });
  // The sketch book reports new visitors to the ingest that owns it (the rollups' uniques).
  let ingest: ClickIngest | undefined = undefined;
  ingest = new ClickIngest(data.options, {
    reader: new HandoverReader(data.handover, (at) => newId('click', at, args.random)),
    store: new ClickStore(database),
    keys,
    // A node id per process: its sketch rows are its own (merged with every other node's when read).
    sketches: new SketchBook(randomBytes(6).toString('base64url'), (workspaceId, linkId, at, n) => ingest?.countNewVisitors(workspaceId, linkId, at, n)),
    derive: createClickDeriver(args.lookupCountry),
    now: () => Date.now(),
    random: args.random,
    report: args.report,
    ...(consequences ? { consequences } : {}),
  });
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      await ingest.tick();
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  const running = loop();
  return {
    ingest,
    async close(deadlineMs: number) {
      const deadline = Date.now() + deadlineMs;
      stopped = true;
      await running;
      await ingest.close(deadlineMs);
      // Deliveries in flight get what is left of the time; the rest stay queued for the next start.
      await conversions?.close(Math.max(100, deadline - Date.now()));
      await webhooks?.close();
    },
  };
}
