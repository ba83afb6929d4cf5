import type { ConsentOutcome } from '../consent/consent-decision.js';
import type { DeviceType } from '../link.js';
import { NOT_RECORDED_REASONS } from '../redirect/decision.js';

/**
 * Why a request did not become a stored click. A closed list (Plausible-style): every drop is
 * counted under one of these in `/metrics`, and each has a test.
 * - the decision's `NOT_RECORDED_REASONS` (core/redirect/decision.ts): `prefetch`, `head`,
 *   `not_found`, `expired`, `limit_reached`, `password_required`, `password_wrong`;
 * - `buffer_full`: the in-memory buffer held CLICK_BUFFER_SIZE clicks (database far behind);
 * - `database_unavailable`: the database stayed unreachable longer than CLICK_RETRY_MAX_MS;
 * - `shutdown`: the process had to exit before the database took the last batch.
 */
export const DROP_REASONS = [...NOT_RECORDED_REASONS, 'buffer_full', 'database_unavailable', 'shutdown'] as const;
export type DropReason = (typeof DROP_REASONS)[number];

export const UTM_FIELDS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];
export type Utm = Record<UtmField, string | null>;

/** One recorded click, as stored (docs/analytics.md). No IP, no user-agent string. */
export interface StoredClick {
  id: string;
  workspaceId: string;
  linkId: string;
  domain: string;
  at: number;
  country: string | null;
  device: DeviceType;
  os: string | null;
  browser: string | null;
  referrerHost: string | null;
  utm: Utm;
  /** Names of the ad click ids present (never their values). */
  clickIds: string[];
  bot: boolean;
  consent: ConsentOutcome;
  /** Pixel ids the interstitial was told to fire (empty for direct redirects). */
  pixelsFired: string[];
  visitorHash: string;
}

/** The interstitial's report of which pixels' hits left the browser (pixel yield). */
export interface PixelConfirmation {
  clickId: string;
  confirmed: string[];
  /** The prompt's answer, when the interstitial asked. */
  choice: 'accept' | 'decline' | null;
}

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export const dayOf = (at: number): number => Math.floor(at / DAY_MS);
export const hourStart = (at: number): number => at - (at % HOUR_MS);
export const dayStart = (at: number): number => at - (at % DAY_MS);
/** The first hour / UTC day boundary at or after `at`. */
export const hourCeil = (at: number): number => (at % HOUR_MS === 0 ? at : hourStart(at) + HOUR_MS);
export const dayCeil = (at: number): number => (at % DAY_MS === 0 ? at : dayStart(at) + DAY_MS);
