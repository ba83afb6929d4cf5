import type { BatchVerdict } from '../delivery/outcome.js';
import type { Platform } from '../pixels/platform.js';
import type { PlatformItem, ServerEvent, ServerVisit } from './server-event.js';

/** An HTTP request as data: the platform files build them, src/conversions sends them. */
export interface HttpRequest {
  method: 'POST';
  url: string;
  headers: Record<string, string>;
  body: string;
  /** Sign with OAuth 1.0a (X): the sender computes the `Authorization` header from these. */
  oauth1?: { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string };
}

/** A platform's answer as data (header names lower-case). */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** What is known about a pixel without opening its credentials: its tag id and plain settings. */
export interface PixelSetup {
  tagId: string;
  settings: Readonly<Record<string, string>>;
}

/** A pixel's server-side account: its tag id, plain settings and credentials (opened). */
export interface PlatformAccount {
  tagId: string;
  settings: Readonly<Record<string, string>>;
  secrets: Readonly<Record<string, string>>;
}

/** One setting or credential a platform needs, for the API's validation and the dashboard's form. */
export interface AccountField {
  name: string;
  label: string;
  /** Credentials are sealed at rest, write-only in the API and shown masked. */
  secret: boolean;
  required: boolean;
  /** What it is and where to find it. */
  help: string;
  pattern?: RegExp;
}

/** `live` sends for real; `test` uses the platform's test mode (docs/conversions.md "Test events"). */
export type SendMode = 'live' | 'test';

/**
 * One ad platform's server-side API, as pure data and functions (docs/conversions.md): which
 * events it takes, how a batch becomes a request, and what its answer means. No I/O here: the
 * destination adapter (src/conversions/pixel-destinations.ts) sends what `request` builds.
 */
export interface PlatformApi {
  platform: Platform;
  fields: readonly AccountField[];
  /** Most deliveries (visits) per request: the platform's event limit over the events a visit can carry. */
  maxBatch: number;
  /** Events older than this are refused by the platform: dropped as `too_old` instead. */
  maxAgeMs: number;
  /** What a server event is matched on, in words (the API and dashboard show it; docs/conversions.md). */
  matchKeys: string;
  /** What the test mode is, in words; null when the platform has none. */
  testMode: string | null;
  /** Whether this platform receives `event` of `visit` at all (dedup rules, required click ids, configured conversion rules). */
  accepts(event: ServerEvent, visit: ServerVisit, pixel: PixelSetup): boolean;
  /** Why an item cannot be sent (a match key it needs is missing, e.g. the address after a restart); null = sendable. */
  unsendable?(item: PlatformItem): string | null;
  request(items: readonly PlatformItem[], account: PlatformAccount, mode: SendMode): HttpRequest;
  classify(answer: HttpAnswer, items: readonly PlatformItem[]): BatchVerdict;
  /** Platforms that need a short-lived access token first (Google Ads OAuth). */
  token?: {
    request(account: PlatformAccount): HttpRequest;
    read(answer: HttpAnswer): { token: string; expiresInMs: number } | { error: string; auth: boolean };
  };
}

const DAY = 86_400_000;
export const days = (n: number): number => n * DAY;

/** A page view goes from the server only where it cannot double a browser page view (see each platform). */
export function pageViewAllowed(visit: ServerVisit, browserPageViewCarriesId: boolean): boolean {
  return visit.serverOnly || browserPageViewCarriesId;
}

/** Parse a JSON body, or null. */
export function jsonOf(body: string): any {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}

/** Seconds since the epoch (most platforms' `event_time`). */
export const seconds = (ms: number): number => Math.floor(ms / 1000);

/** A short text of an answer for the dead-letter message (bodies can be long). */
export function excerpt(text: string, max = 300): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
