/**
 * Issue 15: the hand-over ring gives the writer every click the event loop appended, unchanged
 * and in order, across wrap-arounds of a small ring; refuses what does not fit (the caller drops
 * it as `buffer_full`) and never more than its click bound.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { CONSENT_OUTCOMES, PIXEL_OUTCOMES } from '../core/consent/consent-decision.js';
import { createHandoverBuffer, HandoverReader, HandoverWriter, type ClickFacts } from './click-handover.js';

const text = (max: number) => fc.string({ maxLength: max, unit: 'binary' });
const facts: fc.Arbitrary<ClickFacts> = fc.record({
  id: fc.constantFrom('', 'clk_01jd3k9x2m8q4w7e5r6t1y2u3i'),
  at: fc.integer({ min: 0, max: 2 ** 45 }),
  workspaceId: fc.constant('ws_01jd3k9x2m8q4w7e5r6t1y2u3i'),
  linkId: text(30),
  bot: fc.boolean(),
  consent: fc.constantFrom(...CONSENT_OUTCOMES),
  pixels: fc.array(fc.record({ id: text(30), outcome: fc.constantFrom(...PIXEL_OUTCOMES) }), { maxLength: 4 }),
  address: fc.oneof(fc.ipV4(), fc.ipV6()),
  userAgent: text(300),
  referer: text(120),
  query: text(200),
  country: fc.constantFrom(undefined, null, 'US', 'DE'),
});

const raw = (c: ClickFacts) => ({ ...c, pixels: c.pixels.map((p) => ({ ...p })) });

describe('hand-over ring', () => {
  test.prop([fc.array(facts, { maxLength: 200 }), fc.integer({ min: 1, max: 7 })])(
    'delivers every appended click unchanged and in order, across wrap-arounds',
    (clicks, takeEvery) => {
      const buffer = createHandoverBuffer(16 * 1024);
      const writer = new HandoverWriter(buffer, 1000, 1000);
      const reader = new HandoverReader(buffer);
      const received: ClickFacts[] = [];
      const sent: ClickFacts[] = [];
      clicks.forEach((c, i) => {
        if (writer.append(c)) sent.push(c);
        if (i % takeEvery === 0) received.push(...reader.take(3));
      });
      received.push(...reader.take(Number.POSITIVE_INFINITY));
      expect(received.map((c) => ({ ...c, pixels: c.pixels }))).toEqual(
        sent.map((c) => expect.objectContaining({ ...raw(c), userAgent: c.userAgent, referer: c.referer, query: c.query })),
      );
      expect(reader.size).toBe(0);
      reader.done(received.length);
      expect(writer.pending).toBe(0);
    },
  );

  it('refuses clicks beyond its bound until the writer has written (or dropped) some', () => {
    const buffer = createHandoverBuffer(64 * 1024);
    const writer = new HandoverWriter(buffer, 1000, 5);
    const reader = new HandoverReader(buffer);
    const click: ClickFacts = { id: '', at: 1, workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [], address: '203.0.113.7', userAgent: 'ua', referer: '', query: '', country: undefined };
    for (let i = 0; i < 5; i++) expect(writer.append(click)).toBe(true);
    expect(writer.append(click)).toBe(false);
    expect(reader.take(10)).toHaveLength(5);
    // Taken is not written: still pending.
    expect(writer.append(click)).toBe(false);
    reader.done(2);
    expect(writer.append(click)).toBe(true);
    expect(writer.pending).toBe(4);
  });

  it('refuses a click that does not fit in the ring, and keeps the ones that do', () => {
    const buffer = createHandoverBuffer(2048);
    const writer = new HandoverWriter(buffer, 1000, 1000);
    const reader = new HandoverReader(buffer);
    const big: ClickFacts = { id: '', at: 1, workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [], address: '::1', userAgent: 'x'.repeat(500), referer: '', query: 'q='.repeat(400), country: null };
    expect(writer.append(big)).toBe(false);
    const small = { ...big, userAgent: 'ua', query: 'utm_source=x' };
    expect(writer.append(small)).toBe(true);
    expect(reader.take(5).map((c) => c.query)).toEqual(['utm_source=x']);
  });

  it('keeps taken clicks until they are done: a reader after a crash takes them again, with the same ids (issue 17)', () => {
    const buffer = createHandoverBuffer(64 * 1024);
    const writer = new HandoverWriter(buffer, 1000, 1000);
    let n = 0;
    const first = new HandoverReader(buffer, () => `clk_${String(++n).padStart(26, '0')}`);
    const click: ClickFacts = { id: '', at: 1, workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [], address: '203.0.113.7', userAgent: 'ua', referer: '', query: 'a=1', country: undefined };
    for (let i = 0; i < 10; i++) expect(writer.append(i === 3 ? { ...click, id: 'clk_given00000000000000000000' } : click)).toBe(true);
    const taken = first.take(100);
    expect(taken.map((c) => c.id)).toContain('clk_given00000000000000000000');
    first.done(4);
    expect(writer.pending).toBe(6);
    // The first reader dies here, holding six.
    expect(HandoverReader.recover(buffer)).toBe(0);
    const second = new HandoverReader(buffer, () => 'clk_never_used_because_assigned_x');
    const again = second.take(100);
    expect(again.map((c) => c.id)).toEqual(taken.slice(4).map((c) => c.id));
    expect(again.map((c) => c.query)).toEqual(taken.slice(4).map((c) => c.query));
    second.done(6);
    expect(writer.pending).toBe(0);
    expect(second.take(100)).toEqual([]);
    expect(writer.append(click)).toBe(true);
  });

  it('spills the oldest taken clicks when they hold more than half the ring; a crash loses only those, counted', () => {
    const buffer = createHandoverBuffer(8 * 1024);
    const writer = new HandoverWriter(buffer, 1000, 1000);
    const first = new HandoverReader(buffer, (at) => `clk_${String(at).padStart(26, '0')}`);
    const click: ClickFacts = { id: '', at: 1, workspaceId: 'ws_1', linkId: 'lnk_1', bot: false, consent: 'no_pixels', pixels: [], address: '203.0.113.7', userAgent: 'u'.repeat(100), referer: '', query: '', country: undefined };
    let appended = 0;
    // The writer takes everything and writes nothing (the database is away).
    for (let i = 0; i < 200; i++) {
      if (writer.append({ ...click, at: i })) appended++;
      first.take(100);
    }
    expect(appended).toBeGreaterThan(40);
    const lost = HandoverReader.recover(buffer);
    expect(lost).toBeGreaterThan(0);
    const second = new HandoverReader(buffer, () => 'unused');
    const again = second.take(1000);
    expect(again.length + lost).toBe(appended);
    // The survivors are the newest, in order.
    expect(again.map((c) => c.at)).toEqual(again.map((c) => c.at).sort((a, b) => a - b));
    second.done(again.length);
    expect(writer.pending).toBe(0);
  });
});
