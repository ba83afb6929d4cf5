/**
 * The delivery engine's port (docs/delivery.md): what a *delivery* and a *destination* are. The
 * engine (./delivery-engine.ts) knows nothing else about who receives what: server-side events to
 * ad platforms are one kind of destination (src/conversions/), signed webhooks another.
 *
 * A **delivery** is one row of the durable outbox: a JSON payload for one destination, written in
 * the same transaction as what caused it, deleted once the destination took it. A **destination**
 * is a receiver with its own limits (batch size, accepted age) that turns a batch of deliveries
 * into one request and says what became of each.
 */
import type { BatchVerdict } from '../core/delivery/outcome.js';

export interface Delivery {
  id: string;
  /** `<kind>:<id>`, e.g. `pixel:pix_…`: which destination, and (by the prefix) which directory resolves it. */
  destination: string;
  workspaceId: string;
  payload: unknown;
  /**
   * The part of the payload that must not be stored in plain text (a visitor's address), opened
   * with this process's memory key; null when there was none, or when another process (or this
   * one before a restart) sealed it: the delivery then goes without it.
   */
  secret: string | null;
  /** Failed attempts so far. */
  attempts: number;
  /** When it was queued (epoch ms). */
  createdAt: number;
  /** When the event it carries happened: receivers' age limits count from it. */
  eventAt: number;
}

/** A new delivery, as a producer queues it. */
export interface NewDelivery {
  destination: string;
  workspaceId: string;
  payload: unknown;
  /** Sealed by the caller with the memory key (`MemorySeal.seal`), or null. */
  sealed: string | null;
  eventAt: number;
}

export interface Destination {
  key: string;
  /** A small, bounded label for metrics (`meta`, `tiktok`, `webhook`): never an id. */
  label: string;
  /** Most deliveries in one request (the receiver's limit). */
  maxBatch: number;
  /** Deliveries whose event is older than this are dropped (`too_old`) instead of sent; null = no limit. */
  maxAgeMs: number | null;
  /**
   * When a delivery that failed `attempts` times (this one included) is tried again, in ms from
   * now; `random` is a draw in [0, 1) for jitter. Unset: the engine's exponential back-off. (Webhooks
   * follow their own schedule of about three days: src/webhooks/webhook-destinations.ts.)
   */
  retryDelayMs?(attempts: number, retryAfterMs: number | undefined, random: number): number;
  /** A delivery queued longer ago than this is given up (`retries_exhausted`); unset: the engine's `maxKeepMs`. */
  maxKeepMs?: number;
  /** Send one batch and classify the answer; must not throw (a failure is a `retry` outcome). */
  send(batch: Delivery[]): Promise<BatchVerdict>;
}

/** Resolves the destinations of one kind (one key prefix). */
export interface DestinationDirectory {
  /** E.g. `pixel:` or `webhook:`. */
  prefix: string;
  /** The destination behind a key, or null when it no longer exists or is turned off (its deliveries are dropped). */
  resolve(key: string): Promise<Destination | null>;
}
