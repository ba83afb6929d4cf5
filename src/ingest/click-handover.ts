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
 * Layout: an Int32 header (below), then the ring. A record is a u32 byte length (4-aligned) and
 * its fields; a length of 0 means "the rest of the ring is padding, go back to its start". The
 * addresses exist here in memory only, overwritten as the ring turns.
 *
 * Crash safety (issue 17): a record stays in the ring after the writer takes it, until the click
 * is written (or dropped): `done` releases it. If the writer thread dies, a new one starts reading
 * at the oldest record not released (RELEASE) and takes again what the dead one had taken, with
 * the same click id (the reader writes the id it assigns into the record's reserved slot), so the
 * store's idempotent insert keeps a batch committed just before the crash from being stored
 * twice. Only when the writer holds more than half the ring (the database is away) are the oldest
 * taken records released early ("spilled": they then live in the writer's memory alone); a crash
 * loses those, and counts them.
 */
const HEADER_BYTES = 32;
/** Bytes of the ring in use: not taken, and taken but not released. */
const USED = 0;
/** Records in the ring not taken yet. */
const COUNT = 1;
/** Clicks handed over and not yet written or dropped by the writer (the ring plus its backlog). */
const PENDING = 2;
/** Offset of the oldest record not released: where a reader after a crash starts. */
const RELEASE = 3;
/** Records taken and not released (a new reader takes them again). */
const RETAINED = 4;
/** Records taken and released early (spilled) but not written yet: lost if the reader dies. */
const SPILLED = 5;
/** A direct redirect's record reserves room for the click id the writer assigns: 2 + 30 bytes. */
const ID_BYTES = 30;
const ID_SLOT = 2 + ID_BYTES;
/** Record flag bits. */
const FLAG_BOT = 1;
const FLAG_ID = 2;
const FLAG_ID_SLOT = 16;

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
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
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
    let bound = FIXED + 2 * 8 + ID_SLOT + 3 * (click.id.length + click.workspaceId.length + click.linkId.length + (click.country?.length ?? 0) + click.address.length + userAgent.length + referer.length + query.length);
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
    this.bytes[o++] = (click.bot ? FLAG_BOT : 0) | (click.id !== '' ? FLAG_ID : FLAG_ID_SLOT) | (country << 2);
    this.bytes[o++] = CONSENT_CODE.get(click.consent) ?? 0;
    view.setUint16(o, click.pixels.length, true);
    o += 2;
    if (click.id !== '') o = this.string(o, click.id);
    else {
      this.view.setUint16(o, 0, true);
      o += ID_SLOT;
    }
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
  private tail: number;
  private readonly decoder = new TextDecoder();
  private readonly encoder = new TextEncoder();
  /** Taken records not released yet, oldest first: their byte lengths (padding: `-bytes`). */
  private taken: number[] = [];
  private takenHead = 0;
  /** Of the taken clicks, how many at the front were released early (spilled). */
  private spilled = 0;
  private readonly newId: (at: number) => string;

  /**
   * A reader after a crashed one (there is only ever one at a time) starts at the oldest record
   * not released and takes again what the dead one held. `newId` names a direct redirect's click
   * (the id is written into the record, so taking it again gives the same one).
   */
  constructor(buffer: SharedArrayBuffer, newId: (at: number) => string = () => '') {
    this.header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
    this.view = new DataView(buffer, HEADER_BYTES);
    this.capacity = this.bytes.length;
    this.newId = newId;
    this.tail = Atomics.load(this.header, RELEASE);
  }

  get size(): number {
    return Atomics.load(this.header, COUNT);
  }

  /**
   * After the reader died (its thread crashed), on the event loop before a new reader starts:
   * the records it had taken and not released go back to "not taken" (the new reader takes them
   * again); the ones it had spilled are lost. Returns how many were lost.
   */
  static recover(buffer: SharedArrayBuffer): number {
    const header = new Int32Array(buffer, 0, HEADER_BYTES / 4);
    Atomics.add(header, COUNT, Atomics.exchange(header, RETAINED, 0));
    const lost = Atomics.exchange(header, SPILLED, 0);
    if (lost > 0) Atomics.sub(header, PENDING, lost);
    return lost;
  }

  /** Take up to `max` clicks (derived fields not filled yet), oldest first. */
  take(max: number): Click[] {
    const out: Click[] = [];
    // USED counts taken records too: only COUNT says what is left to take.
    while (out.length < max && Atomics.load(this.header, COUNT) > 0) {
      const length = this.view.getUint32(this.tail, true);
      if (length === 0) {
        // Padding to the end of the ring: the next record is at its start.
        this.taken.push(-(this.capacity - this.tail));
        this.tail = 0;
        continue;
      }
      out.push(this.decode(this.tail + 4));
      this.taken.push(length);
      this.tail = this.tail + length === this.capacity ? 0 : this.tail + length;
      Atomics.sub(this.header, COUNT, 1);
      Atomics.add(this.header, RETAINED, 1);
    }
    // More than half the ring held by taken records (the database is away): spill the oldest.
    while (Atomics.load(this.header, USED) > this.capacity / 2 && this.release(1, true) > 0) this.spilled++;
    return out;
  }

  /** `n` clicks taken earlier (the oldest) are written or dropped: their room goes back to the ring. */
  done(n: number): void {
    if (n <= 0) return;
    const early = Math.min(n, this.spilled);
    this.spilled -= early;
    if (early > 0) Atomics.sub(this.header, SPILLED, early);
    this.release(n - early, false);
    Atomics.sub(this.header, PENDING, n);
  }

  /** Release the `n` oldest taken records not released yet (and padding before them); returns how many. */
  private release(n: number, spill: boolean): number {
    let bytes = 0;
    let records = 0;
    while (this.takenHead < this.taken.length) {
      const entry = this.taken[this.takenHead] as number;
      if (entry > 0) {
        if (records === n) break;
        records++;
      }
      bytes += Math.abs(entry);
      this.takenHead++;
    }
    if (this.takenHead > 4096 && this.takenHead * 2 > this.taken.length) {
      this.taken = this.taken.slice(this.takenHead);
      this.takenHead = 0;
    }
    if (bytes === 0) return 0;
    const release = (Atomics.load(this.header, RELEASE) + bytes) % this.capacity;
    Atomics.store(this.header, RELEASE, release);
    Atomics.sub(this.header, RETAINED, records);
    if (spill) Atomics.add(this.header, SPILLED, records);
    Atomics.sub(this.header, USED, bytes);
    return records;
  }

  private decode(start: number): Click {
    const view = this.view;
    let o = start;
    const at = view.getFloat64(o, true);
    o += 8;
    const flagsAt = o;
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
    let id: string;
    if (flags & FLAG_ID) {
      // Given by the redirect, or assigned by an earlier reader into the slot.
      const n = view.getUint16(o, true);
      id = this.decoder.decode(this.bytes.subarray(o + 2, o + 2 + n));
      o += flags & FLAG_ID_SLOT ? ID_SLOT : 2 + n;
    } else if (flags & FLAG_ID_SLOT) {
      id = this.newId(at);
      const { written } = this.encoder.encodeInto(id, this.bytes.subarray(o + 2, o + ID_SLOT));
      if (written === id.length && written <= ID_BYTES) {
        view.setUint16(o, written, true);
        this.bytes[flagsAt] = flags | FLAG_ID;
      }
      o += ID_SLOT;
    } else {
      id = '';
    }
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
      id, at, workspaceId, linkId, bot: (flags & FLAG_BOT) === FLAG_BOT, consent, pixels, address, userAgent, referer, query, country,
      device: 'other', os: null, browser: null, referrerHost: null,
      utm: { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null }, clickIds: 0,
    };
  }
}
