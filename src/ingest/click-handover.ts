import { CONSENT_OUTCOMES, PIXEL_OUTCOMES, type ConsentOutcome, type PixelOutcome } from '../core/consent/consent-decision.js';
import type { Click } from '../core/clicks/click.js';

/**
 * The hand-over from the event loop to the click writer thread: a preallocated ring of bytes in
 * a SharedArrayBuffer, one producer (the event loop) and one consumer (the writer). The event
 * loop appends a click's raw facts — ids, time, decision, address, user agent, referrer, query —
 * with a few `encodeInto` calls and two atomic adds; nothing is cloned, posted or allocated per
 * click, and nothing waits. The writer reads the records where they lie and builds the `Click`
 * it derives the rest of.
 *
 * Layout: an Int32 header (USED bytes, COUNT records in the ring, PENDING clicks not yet written
 * or dropped anywhere), then the ring. A record is a u32 byte
 * length (4-aligned) and its fields; a length of 0 means "the rest of the ring is padding, go
 * back to its start". The addresses exist here in memory only, overwritten as the ring turns.
 */
const HEADER_BYTES = 16;
const USED = 0;
const COUNT = 1;
/** Clicks handed over and not yet written or dropped by the writer (the ring plus its backlog). */
const PENDING = 2;

/** Longest user agent, referrer and query kept (longer ones are cut: see classifyUserAgent, referrerHost). */
const MAX_UA = 512;
const MAX_REFERER = 2048;
const MAX_QUERY = 8192;
/** Fixed part: length, time, flags, consent, pixel count. */
const FIXED = 4 + 8 + 1 + 1 + 2;

const CONSENT_CODE = new Map<string, number>(CONSENT_OUTCOMES.map((c, i) => [c, i]));
const OUTCOME_CODE = new Map<string, number>(PIXEL_OUTCOMES.map((o, i) => [o, i]));

export function createHandoverBuffer(bytes: number): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + (Math.ceil(bytes / 4) * 4));
}

/** The raw facts the event loop knows about a click (the first group of `Click`). */
export type ClickFacts = Pick<Click, 'id' | 'at' | 'workspaceId' | 'linkId' | 'bot' | 'consent' | 'pixels' | 'address' | 'userAgent' | 'referer' | 'query' | 'country'>;

/** The event loop's end. */
export class HandoverWriter {
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly capacity: number;
  private readonly maxRecords: number;
  private readonly maxPending: number;
  private head = 0;
  private readonly encoder = new TextEncoder();

  /** `maxRecords`: most clicks in the ring; `maxPending`: most clicks not yet written (CLICK_BUFFER_SIZE). */
  constructor(buffer: SharedArrayBuffer, maxRecords: number, maxPending: number) {
    this.header = new Int32Array(buffer, 0, 4);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
    this.view = new DataView(buffer, HEADER_BYTES);
    this.capacity = this.bytes.length;
    this.maxRecords = maxRecords;
    this.maxPending = maxPending;
  }

  /** Records in the ring, not taken by the writer yet. */
  get size(): number {
    return Atomics.load(this.header, COUNT);
  }

  /** Clicks handed over and not yet written or dropped (in the ring and in the writer's backlog). */
  get pending(): number {
    return Atomics.load(this.header, PENDING);
  }

  /** Append a click; false (and nothing written) when the ring or the buffer is full. */
  append(click: ClickFacts): boolean {
    if (Atomics.load(this.header, COUNT) >= this.maxRecords || Atomics.load(this.header, PENDING) >= this.maxPending) return false;
    // Worst case: every UTF-16 unit → 3 UTF-8 bytes, plus 2-byte lengths. Real records are ~300 bytes.
    const userAgent = click.userAgent.length > MAX_UA ? click.userAgent.slice(0, MAX_UA) : click.userAgent;
    const referer = click.referer.length > MAX_REFERER ? '' : click.referer;
    const query = click.query.length > MAX_QUERY ? click.query.slice(0, MAX_QUERY) : click.query;
    let bound = FIXED + 2 * 8 + 3 * (click.id.length + click.workspaceId.length + click.linkId.length + (click.country?.length ?? 0) + click.address.length + userAgent.length + referer.length + query.length);
    for (const p of click.pixels) bound += 3 + 3 * p.id.length;
    bound = (bound + 3) & ~3;
    let start = this.head;
    let pad = 0;
    if (start + bound > this.capacity) {
      pad = this.capacity - start;
      start = 0;
    }
    const used = Atomics.load(this.header, USED);
    if (used + pad + bound > this.capacity) return false;

    const view = this.view;
    let o = start + 4;
    view.setFloat64(o, click.at, true);
    o += 8;
    const country = click.country === undefined ? 0 : click.country === null ? 1 : 2;
    this.bytes[o++] = (click.bot ? 1 : 0) | (click.id !== '' ? 2 : 0) | (country << 2);
    this.bytes[o++] = CONSENT_CODE.get(click.consent) ?? 0;
    view.setUint16(o, click.pixels.length, true);
    o += 2;
    if (click.id !== '') o = this.string(o, click.id);
    o = this.string(o, click.workspaceId);
    o = this.string(o, click.linkId);
    if (country === 2) o = this.string(o, click.country as string);
    o = this.string(o, click.address);
    o = this.string(o, userAgent);
    o = this.string(o, referer);
    o = this.string(o, query);
    for (const p of click.pixels) {
      o = this.string(o, p.id);
      this.bytes[o++] = OUTCOME_CODE.get(p.outcome) ?? 0;
    }
    const length = (o - start + 3) & ~3;
    view.setUint32(start, length, true);
    // Lengths and positions are multiples of 4, so a marker always fits where the writer wrapped.
    if (pad > 0) view.setUint32(this.head, 0, true);
    this.head = start + length === this.capacity ? 0 : start + length;
    // Publish: the reader sees the bytes once USED says they are there (Atomics order the writes).
    Atomics.add(this.header, USED, pad + length);
    Atomics.add(this.header, PENDING, 1);
    Atomics.add(this.header, COUNT, 1);
    return true;
  }

  private string(o: number, value: string): number {
    const { written } = this.encoder.encodeInto(value, this.bytes.subarray(o + 2, o + 2 + value.length * 3));
    this.view.setUint16(o, written, true);
    return o + 2 + written;
  }
}

/** The writer's end. */
export class HandoverReader {
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly view: DataView;
  private readonly capacity: number;
  private tail = 0;
  private readonly decoder = new TextDecoder();

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 4);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
    this.view = new DataView(buffer, HEADER_BYTES);
    this.capacity = this.bytes.length;
  }

  get size(): number {
    return Atomics.load(this.header, COUNT);
  }

  /** Take up to `max` clicks (derived fields not filled yet), oldest first. */
  take(max: number): Click[] {
    const out: Click[] = [];
    while (out.length < max && Atomics.load(this.header, USED) > 0) {
      const length = this.view.getUint32(this.tail, true);
      if (length === 0) {
        // Padding to the end of the ring: the next record is at its start.
        this.release(this.capacity - this.tail, 0);
        this.tail = 0;
        continue;
      }
      out.push(this.decode(this.tail + 4));
      this.tail = this.tail + length === this.capacity ? 0 : this.tail + length;
      this.release(length, 1);
    }
    return out;
  }

  /** `n` clicks taken earlier are written or dropped: room for as many in the buffer. */
  done(n: number): void {
    if (n > 0) Atomics.sub(this.header, PENDING, n);
  }

  private release(bytes: number, records: number): void {
    Atomics.sub(this.header, USED, bytes);
    if (records > 0) Atomics.sub(this.header, COUNT, records);
  }

  private decode(start: number): Click {
    const view = this.view;
    let o = start;
    const at = view.getFloat64(o, true);
    o += 8;
    const flags = this.bytes[o++] as number;
    const consent = (CONSENT_OUTCOMES[this.bytes[o++] as number] ?? 'no_pixels') as ConsentOutcome;
    const pixelCount = view.getUint16(o, true);
    o += 2;
    const read = () => {
      const n = view.getUint16(o, true);
      const value = this.decoder.decode(this.bytes.subarray(o + 2, o + 2 + n));
      o += 2 + n;
      return value;
    };
    const id = flags & 2 ? read() : '';
    const workspaceId = read();
    const linkId = read();
    const countryState = (flags >> 2) & 3;
    const country = countryState === 0 ? undefined : countryState === 1 ? null : read();
    const address = read();
    const userAgent = read();
    const referer = read();
    const query = read();
    const pixels: Array<{ id: string; outcome: PixelOutcome }> = [];
    for (let i = 0; i < pixelCount; i++) {
      const pixelId = read();
      pixels.push({ id: pixelId, outcome: PIXEL_OUTCOMES[this.bytes[o++] as number] ?? 'no_consent' });
    }
    return {
      id, at, workspaceId, linkId, bot: (flags & 1) === 1, consent, pixels, address, userAgent, referer, query, country,
      device: 'other', os: null, browser: null, referrerHost: null,
      utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null }, clickIds: 0,
    };
  }
}
