import type { Random } from './ports.js';

/** Crockford base32: sortable as plain ASCII, no ambiguous letters. */
const B32 = '0123456789abcdefghjkmnpqrstvwxyz';

export const ID_PREFIXES = {
  workspace: 'ws',
  apiKey: 'key',
  domain: 'dom',
  pixel: 'pix',
  link: 'lnk',
  click: 'clk',
  delivery: 'dlv',
  conversion: 'cnv',
  folder: 'fld',
  utmTemplate: 'utm',
  view: 'vw',
  webhook: 'whk',
  webhookMessage: 'msg',
  webhookLog: 'wha',
  webhookSpool: 'whs',
  audit: 'aud',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

/**
 * A time-sortable id (`lnk_` + 10 chars of millisecond time + 16 random chars, like a ULID).
 * Sorting ids sorts by creation time, which keeps cursor pagination a single indexed range scan.
 * @example newId('link', clock.now(), random) // 'lnk_01jd3k9x2m8q4w7e5r6t1y2u3i'
 */
export function newId(kind: IdKind, now: number, random: Random): string {
  const time = timePart(now);
  const bytes = random.bytes(16);
  let rand = '';
  for (const b of bytes) rand += B32[b & 31];
  return `${ID_PREFIXES[kind]}_${time}${rand}`;
}

/**
 * The lowest id of `kind` made at `at` (its prefix and time, no random part): every id made at or
 * after `at` sorts after it, every id made before sorts before.
 */
export function idFloor(kind: IdKind, at: number): string {
  return `${ID_PREFIXES[kind]}_${timePart(at)}`;
}

function timePart(at: number): string {
  let time = '';
  let t = Math.max(0, Math.floor(at));
  for (let i = 0; i < 10; i++) {
    time = B32[t % 32] + time;
    t = Math.floor(t / 32);
  }
  return time;
}

export function isIdOf(kind: IdKind, value: string): boolean {
  return new RegExp(`^${ID_PREFIXES[kind]}_[0-9a-z]{26}$`).test(value);
}
