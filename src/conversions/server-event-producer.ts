import type { Kysely } from 'kysely';
import { LRUCache } from 'lru-cache';
import type { Click } from '../core/clicks/click.js';
import { clickIdValues, hasClickIds } from '../core/conversions/click-id-values.js';
import { clickEvents, deliveryFor } from '../core/conversions/plan.js';
import { platformApi } from '../core/conversions/platforms/index.js';
import { NO_USER, type ServerVisit } from '../core/conversions/server-event.js';
import { serverConsent, serverEventAllowed } from '../core/conversions/server-consent.js';
import type { ConsentOutcome } from '../core/consent/consent-decision.js';
import type { NewDelivery } from '../delivery/port.js';
import { batchInsert } from '../storage/batch-insert.js';
import type { Database } from '../storage/database.js';
import type { LinkFacts } from '../storage/link-store.js';
import type { PixelServerSetup } from '../storage/pixel-server-store.js';
import type { Schema } from '../storage/schema.js';
import { pixelDestination } from './pixel-destinations.js';

export interface ProducerDeps {
  database: Database;
  setups(): Promise<PixelServerSetup[]>;
  linkFacts(ids: readonly string[]): Promise<LinkFacts[]>;
  /** The memory key: addresses are sealed with it before they reach the outbox. */
  seal: { seal(value: string): string };
  /** Queue deliveries inside the click transaction. */
  enqueue(deliveries: readonly NewDelivery[], trx: Kysely<Schema>): Promise<void>;
  /** Base of the default domain's short URLs (PUBLIC_URL). */
  publicUrl: string;
}

/** What only the raw request knew, kept (the address sealed) until the click's events are queued. */
interface Captured {
  sealedIp: string | null;
  userAgent: string;
}

/** Setups are re-read this often: a pixel set up in the API sends from about then on. */
const SETUPS_TTL_MS = 5000;
/** Clicks behind the consent prompt wait this long for the visitor's answer (in memory only). */
const PROMPT_WAIT_MS = 10 * 60_000;

/**
 * Queues a click's server-side events from the click writer thread — off the event loop, in the
 * same transaction as the click row (docs/conversions.md "How a click becomes server events"):
 *
 * 1. `capture` (while the writer takes clicks from the hand-over): for a click with a pixel that
 *    has server delivery set up and that fired (or waits for the prompt), keep its user agent
 *    and its address sealed under the memory key; nothing else of the request survives.
 * 2. `prepare`: read the facts of the batch's links (cached).
 * 3. `write` (inside the insert transaction, for the clicks really inserted): one delivery per
 *    click and pixel, with the events that pixel's platform takes; and, for links that track
 *    conversions, the click ids' values for the attribution window.
 * 4. `accepted`: a click behind the prompt whose visitor pressed Accept gets its events for the
 *    pixels that then fired. Until then (at most ten minutes) it waits in memory, not in the database.
 */
export class ServerEventProducer {
  private readonly deps: ProducerDeps;
  private setupsByPixel = new Map<string, PixelServerSetup>();
  private setupsAt = Number.NEGATIVE_INFINITY;
  private readonly links = new LRUCache<string, LinkFacts>({ max: 10_000, ttl: 60_000 });
  private readonly captured = new Map<Click, Captured>();
  private readonly prompted = new LRUCache<string, { click: Click; captured: Captured }>({ max: 10_000, ttl: PROMPT_WAIT_MS });
  /** Destinations that got rows in the last write (the engine is told to look). */
  readonly touched = new Set<string>();

  constructor(deps: ProducerDeps) {
    this.deps = deps;
  }

  /** Re-read the setups when they are due (or now, with `force`); a failure keeps the old ones. */
  async refresh(now: number, force = false): Promise<void> {
    if (!force && now - this.setupsAt < SETUPS_TTL_MS) return;
    this.setupsAt = now;
    try {
      this.setupsByPixel = new Map((await this.deps.setups()).map((s) => [s.pixelId, s]));
    } catch {
      // The database is away: keep sending with what was known.
    }
  }

  /** Step 1, synchronous and cheap for clicks without server pixels (a map lookup per pixel). */
  capture(click: Click): void {
    if (click.bot || click.pixels.length === 0 || this.setupsByPixel.size === 0) return;
    let wanted = false;
    for (const p of click.pixels) {
      if ((p.outcome === 'fire' || p.outcome === 'awaiting_choice') && this.setupsByPixel.has(p.id)) {
        wanted = true;
        break;
      }
    }
    if (!wanted) return;
    this.captured.set(click, { sealedIp: click.address ? this.deps.seal.seal(click.address) : null, userAgent: click.userAgent });
  }

  /** Step 2: the batch's link facts (one query for the ones not cached). */
  async prepare(clicks: readonly Click[]): Promise<void> {
    const missing = new Set<string>();
    for (const c of clicks) if (!c.bot && !this.links.has(c.linkId)) missing.add(c.linkId);
    if (missing.size === 0) return;
    for (const facts of await this.deps.linkFacts([...missing])) this.links.set(facts.id, facts);
  }

  /** Step 3: the rows for the clicks inserted in `trx` (the others were stored by an earlier attempt). */
  async write(trx: Kysely<Schema>, fresh: readonly Click[]): Promise<void> {
    const deliveries: NewDelivery[] = [];
    const attributions: unknown[][] = [];
    for (const click of fresh) {
      // Kept until the transaction commits (`forget`): a failed one is tried again with it.
      const captured = this.captured.get(click);
      if (click.bot) continue;
      const link = this.links.get(click.linkId);
      if (!link) continue;
      if (link.conversionTracking) {
        const values = clickIdValues(click.query);
        if (hasClickIds(values)) attributions.push([click.workspaceId, click.id, click.at, JSON.stringify(values)]);
      }
      if (!captured) continue;
      if (click.pixels.some((p) => p.outcome === 'awaiting_choice')) this.prompted.set(click.id, { click, captured });
      this.build(click, link, captured, click.consent, (outcome) => serverEventAllowed(outcome), deliveries);
    }
    await batchInsert(trx, this.deps.database, 'click_attribution', ATTRIBUTION_COLUMNS, attributions, 'on conflict (workspace_id, click_id) do nothing');
    await this.deps.enqueue(deliveries, trx);
    for (const d of deliveries) this.touched.add(d.destination);
  }

  /** Step 4: the visitor accepted on the prompt and these pixels fired; their deliveries (to queue). */
  accepted(clickId: string, firedLate: readonly string[]): NewDelivery[] {
    const waiting = this.prompted.get(clickId);
    if (!waiting) return [];
    this.prompted.delete(clickId);
    const link = this.links.get(waiting.click.linkId);
    if (!link) return [];
    const late = new Set(firedLate);
    const deliveries: NewDelivery[] = [];
    this.build(waiting.click, link, waiting.captured, 'granted_prompt', (_outcome, pixelId) => late.has(pixelId), deliveries);
    return deliveries;
  }

  /** These clicks are written, or dropped for good: forget what was captured for them. */
  forget(clicks: readonly Click[]): void {
    for (const c of clicks) this.captured.delete(c);
  }

  private build(click: Click, link: LinkFacts, captured: Captured, consent: ConsentOutcome, allowed: (outcome: Click['pixels'][number]['outcome'], pixelId: string) => boolean, out: NewDelivery[]): void {
    const visit: ServerVisit = {
      clickId: click.id,
      at: click.at,
      clickAt: click.at,
      pageUrl: this.shortUrl(link),
      referrer: click.referer || null,
      userAgent: captured.userAgent || null,
      clickIds: clickIdValues(click.query),
      country: click.country ?? null,
      consent: serverConsent(consent, click.country ?? null),
      serverOnly: link.serverOnly,
      user: NO_USER,
    };
    const events = clickEvents(link, click.id, click.utm);
    for (const p of click.pixels) {
      if (!allowed(p.outcome, p.id)) continue;
      const setup = this.setupsByPixel.get(p.id);
      const api = setup ? platformApi(setup.platform) : null;
      if (!setup || !api) continue;
      const delivery = deliveryFor(api, setup, visit, events);
      if (delivery) out.push({ destination: pixelDestination(p.id), workspaceId: click.workspaceId, payload: delivery, sealed: captured.sealedIp, eventAt: click.at });
    }
  }

  private shortUrl(link: LinkFacts): string {
    return link.domain === '' ? `${this.deps.publicUrl}/${link.slug}` : `https://${link.domain}/${link.slug}`;
  }
}

const ATTRIBUTION_COLUMNS = [['workspace_id', 'text'], ['click_id', 'text'], ['at', 'bigint'], ['click_ids', 'text']] as const;
