import type { ConsentOutcome, PixelOutcome } from '../consent/consent-decision.js';
import type { DeviceType } from '../link.js';
import { NOT_RECORDED_REASONS } from '../redirect/decision.js';

/**
 * Why a request did not become a stored click. A closed list (Plausible-style): every drop is
 * counted under one of these in `/metrics`, and each has a test.
 * - the decision's `NOT_RECORDED_REASONS` (core/redirect/decision.ts): `prefetch`, `head`,
 *   `not_found`, `expired`, `limit_reached`, `password_required`, `password_wrong`,
 *   `password_throttled`, `blocked`;
 * - `buffer_full`: the hand-over held CLICK_BUFFER_SIZE clicks (the database down, or far behind);
 * - `database_unavailable`: the database stayed unreachable longer than CLICK_RETRY_MAX_MS;
 * - `shutdown`: the process had to exit before the database took the last batch;
 * - `writer_crashed`: the click writer thread died holding clicks it had moved out of the
 *   hand-over ring (only while the database is away and the ring is half full); a new thread
 *   takes again everything still in the ring.
 */
export const DROP_REASONS = [...NOT_RECORDED_REASONS, 'buffer_full', 'database_unavailable', 'shutdown', 'writer_crashed'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];
export type Utm = Record<UtmField, string | null>;

/** One pixel's outcome for a click (consent decided it fires, or why not). */
export interface PixelResult {
  id: string;
  outcome: PixelOutcome;
}

/**
 * A click, the one shape it has from the redirect to its row (docs/analytics.md).
 *
 * The event loop fills the first group (what the request and the decision say) and hands the
 * click over; everything in the second group is derived from it on the click writer thread, off
 * the event loop. `address` and `userAgent` exist only in memory: they feed the country lookup,
 * the user-agent families and the visitor's keyed hash, and are never written anywhere.
 */
export interface Click {
  // Known when answering.
  /** `clk_…`, or `''` for a direct redirect: the writer gives it one (nobody saw it). */
  id: string;
  at: number;
  workspaceId: string;
  linkId: string;
  bot: boolean;
  consent: ConsentOutcome;
  /** Every pixel consent was decided for, with its outcome; empty for bots and links without pixels. */
  pixels: PixelResult[];
  /** The client address (memory only). */
  address: string;
  /** The `User-Agent` header (memory only). */
  userAgent: string;
  /** The `Referer` header, `''` when absent (only its host is kept). */
  referer: string;
  /** The raw query string (UTM values and click-id names are kept, nothing else). */
  query: string;
  /** ISO country when answering needed it (or a trusted header gave it), `null` = unknown, `undefined` = not looked up yet. */
  country: string | null | undefined;

  // Derived off the event loop.
  device: DeviceType;
  os: string | null;
  browser: string | null;
  referrerHost: string | null;
  utm: Utm;
  /** Which ad click ids the query carried, as a bit set over CLICK_ID_PARAMS (names only, never values). */
  clickIds: number;
}

/** The interstitial's report of which pixels' hits left the browser (pixel yield). */
export interface PixelConfirmation {
  clickId: string;
  confirmed: string[];
  /** The prompt's answer, when the interstitial asked. */
  choice: 'accept' | 'decline' | null;
  /** The beacon's sender (memory only): after an Accept they join the audiences of the pixels that then fired. */
  address: string;
  userAgent: string;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const dayOf = (at: number): number => Math.floor(at / DAY_MS);
export const hourStart = (at: number): number => at - (at % HOUR_MS);
export const dayStart = (at: number): number => at - (at % DAY_MS);
/** The first hour / UTC day boundary at or after `at`. */
export const hourCeil = (at: number): number => (at % HOUR_MS === 0 ? at : hourStart(at) + HOUR_MS);
export const dayCeil = (at: number): number => (at % DAY_MS === 0 ? at : dayStart(at) + DAY_MS);
