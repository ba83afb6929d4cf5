import type { ClickIdValues } from './click-id-values.js';
import type { ServerConsent } from './server-consent.js';

/**
 * What the server sends to an ad platform (docs/conversions.md), platform-neutral. Each platform's
 * file in ./platforms/ turns these into its own request.
 *
 * - `page_view`: the platform's page view.
 * - `audience`: the link's audience event (`ricochet_click` by default) with its params, as the
 *   interstitial sends it (src/core/redirect/audience-event.ts).
 * - `lead`, `purchase`: a conversion reported through `POST /track/lead` and `/track/sale`.
 */
export const SERVER_EVENT_KINDS = ['page_view', 'audience', 'lead', 'purchase'] as const;
export type ServerEventKind = (typeof SERVER_EVENT_KINDS)[number];

export interface ServerEvent {
  kind: ServerEventKind;
  /**
   * The deduplication key. For a click's page view and audience event it is the click id: the
   * very value the interstitial gave the browser's hit (Meta `eventID`, TikTok `event_id`, …), so
   * the platform keeps one of the two copies. For a conversion, the conversion's id.
   */
  eventId: string;
  /** `audience`: the link's event name; `lead`/`purchase`: the event name of the track call. */
  name: string;
  params: Record<string, string | string[]>;
  /** A sale's amount in minor units, and its ISO 4217 currency. */
  value: { amount: number; currency: string } | null;
  /** A sale's invoice id (Google Ads `orderId`, Snap `transaction_id`, …). */
  orderId: string | null;
}

/** Identifiers of a customer, hashed on arrival (SHA-256, lower-case hex) per each platform's rule. */
export interface HashedUser {
  /** Trimmed, lower-cased e-mail address. */
  emailSha256: string | null;
  /** Google's variant: also without dots in the local part of gmail.com addresses. */
  googleEmailSha256: string | null;
  /** Country code and number, digits only (Meta, TikTok, Snap, Pinterest, Reddit). */
  phoneSha256: string | null;
  /** E.164 with its `+` (Google). */
  e164PhoneSha256: string | null;
  /** The customer's id in the merchant's own system, as given. */
  externalId: string | null;
}

export const NO_USER: HashedUser = Object.freeze({ emailSha256: null, googleEmailSha256: null, phoneSha256: null, e164PhoneSha256: null, externalId: null });

/**
 * What the server knows about the visit an event belongs to. Stored in the outbox as JSON; the
 * visitor's address is not in it (it travels sealed beside it: src/delivery/port.ts).
 */
export interface ServerVisit {
  clickId: string;
  /** When the event happened (epoch ms): the click, or the conversion. */
  at: number;
  /** When the click happened (Meta's `fbc` carries it). */
  clickAt: number;
  /** The short link's URL (the page the browser events came from). */
  pageUrl: string;
  referrer: string | null;
  userAgent: string | null;
  /** The values of the ad click ids the click's URL carried. */
  clickIds: ClickIdValues;
  country: string | null;
  consent: ServerConsent;
  /** A server-only link: no browser hit to deduplicate against. */
  serverOnly: boolean;
  user: HashedUser;
}

/** One delivery to one pixel: one visit and its events (the payload of an outbox row). */
export interface PixelDelivery {
  visit: ServerVisit;
  events: ServerEvent[];
}

/** What a platform builder gets per delivery: the payload and, when it survived, the address. */
export interface PlatformItem extends PixelDelivery {
  ip: string | null;
}
