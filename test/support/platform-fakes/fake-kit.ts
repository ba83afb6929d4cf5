/**
 * What every platform API fake shares (docs/delivery.md "Platform fakes"): the request as data,
 * the answer as data, the event record the tests assert on, and the checks several platforms make
 * in the same way (SHA-256 hex, time units and ages).
 */
import type { Platform } from '../../../src/core/pixels/platform.js';

export interface FakeRequest {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  body: string;
  json: any;
  /** Arrival, epoch ms. */
  at: number;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** One event a fake accepted (or, for GA4's collection endpoint, received), as the tests see it. */
export interface ReceivedEvent {
  platform: Platform;
  /** The pixel, tag, account or conversion rule the event was sent to. */
  account: string;
  name: string;
  /** The dedup key as this platform carries it. */
  eventId: string | null;
  /** Sent in the platform's test mode. */
  test: boolean;
  /** The visitor address the event carried, if any. */
  ip: string | null;
  /** The event as the platform received it. */
  raw: any;
  at: number;
}

export interface PlatformFake {
  platform: Platform;
  hosts: readonly string[];
  /** Answer a request; push accepted events into `accepted`. */
  handle(req: FakeRequest, accepted: ReceivedEvent[]): FakeAnswer;
}

export const SHA256_HEX = /^[0-9a-f]{64}$/;
export const DAY_MS = 86_400_000;

/** An integer count of seconds close to now: not milliseconds, not older than `maxAgeMs`, not in the future. */
export function secondsProblem(value: unknown, now: number, maxAgeMs: number): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be an integer (seconds)';
  if (value > 1e11) return 'looks like milliseconds; seconds expected';
  if (value * 1000 > now + 60_000) return 'is in the future';
  if (value * 1000 < now - maxAgeMs) return `is older than ${maxAgeMs / DAY_MS} days`;
  return null;
}

export function millisProblem(value: unknown, now: number, maxAgeMs: number, futureMs = 60_000): string | null {
  if (typeof value !== 'number' || !Number.isInteger(value)) return 'must be an integer (milliseconds)';
  if (value < 1e11) return 'looks like seconds; milliseconds expected';
  if (value > now + futureMs) return 'is in the future';
  if (value < now - maxAgeMs) return `is older than ${maxAgeMs / DAY_MS} days`;
  return null;
}

/** Every value in `values` must be a SHA-256 hex digest (platforms refuse plain e-mail addresses). */
export function hashedProblem(name: string, values: unknown): string | null {
  const list = Array.isArray(values) ? values : [values];
  for (const v of list) if (typeof v !== 'string' || !SHA256_HEX.test(v)) return `${name} must be SHA-256 hex (normalised, then hashed)`;
  return null;
}

export function isIp(value: unknown): boolean {
  return typeof value === 'string' && (/^\d{1,3}(\.\d{1,3}){3}$/.test(value) || /^[0-9a-f:]+$/i.test(value));
}

export function bearer(req: FakeRequest): string | null {
  return /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? null;
}

/** Tokens the fakes refuse as revoked (tests use them for auth failures). */
export const REVOKED = 'revoked-token';
