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
});
