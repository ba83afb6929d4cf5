import { describe, expect, it } from 'vitest';
import { DAY_MS, HOUR_MS, type Click } from './click.js';
import { ROLLUP_DIMS, RollupAccumulator, type RollupDelta } from './rollup.js';

const AT = Date.UTC(2026, 2, 10, 14, 37, 12);

function click(overrides: Partial<Click> & { pixelsFired?: string[] } = {}): Click {
  const { pixelsFired = ['pix_a', 'pix_b'], ...rest } = overrides;
  return {
    id: 'clk_1',
    workspaceId: 'ws_1',
    linkId: 'lnk_1',
    at: AT,
    address: '',
    userAgent: '',
    referer: '',
    query: '',
    country: 'US',
    device: 'mobile',
    os: 'iOS',
    browser: 'Safari',
    referrerHost: 'news.example',
    utm: { utm_source: 'newsletter', utm_medium: null, utm_campaign: 'launch', utm_term: null, utm_content: null },
    clickIds: 2,
    bot: false,
    consent: 'not_required',
    pixels: pixelsFired.map((id) => ({ id, outcome: 'fire' as const })),
    ...rest,
  };
}

const key = (d: RollupDelta) => `${d.grain}|${d.linkId || '*'}|${d.dim}=${d.value}@${d.bucket}`;

describe('RollupAccumulator', () => {
  it('adds every dimension of a human click per link and for the workspace; totals per hour and per UTC day, breakdowns per day', () => {
    const acc = new RollupAccumulator();
    acc.addClick(click());
    const rows = acc.deltas();
    const hour = AT - (AT % HOUR_MS);
    const day = AT - (AT % DAY_MS);
    const expected = [
      ['total', ''],
      ['country', 'US'],
      ['device', 'mobile'],
      ['os', 'iOS'],
      ['browser', 'Safari'],
      ['referrer', 'news.example'],
      ['utm_source', 'newsletter'],
      ['utm_campaign', 'launch'],
      ['consent', 'not_required'],
      ['pixel_fired', 'pix_a'],
      ['pixel_fired', 'pix_b'],
    ];
    const keys = rows.map(key).sort();
    const want = [
      ...['lnk_1', '*'].flatMap((l) => expected.map(([dim, value]) => `day|${l}|${dim}=${value}@${day}`)),
      `hour|lnk_1|total=@${hour}`,
      `hour|*|total=@${hour}`,
    ].sort();
    expect(keys).toEqual(want);
    for (const r of rows) expect([r.clicks, r.humans, r.bots, r.uniques]).toEqual([1, 1, 0, 0]);
    for (const r of rows) expect(ROLLUP_DIMS).toContain(r.dim);
  });

  it('counts bots as clicks and bots, never as humans; unknown values roll up as ""', () => {
    const acc = new RollupAccumulator();
    acc.addClick(click({ bot: true, consent: 'bot', pixelsFired: [], country: null, os: null, browser: null, referrerHost: null, device: 'other' }));
    const total = acc.deltas().find((d) => d.dim === 'total' && d.grain === 'day' && d.linkId === 'lnk_1');
    expect(total).toMatchObject({ clicks: 1, humans: 0, bots: 1, uniques: 0 });
    const values = acc.deltas().filter((d) => d.linkId === 'lnk_1' && d.grain === 'day').map((d) => `${d.dim}=${d.value}`).sort();
    expect(values).toEqual(['browser=', 'consent=bot', 'country=', 'device=other', 'os=', 'referrer=', 'total=', 'utm_campaign=launch', 'utm_source=newsletter'].sort());
  });

  it('sums repeated keys and merges accumulators; uniques go on the total rows only', () => {
    const a = new RollupAccumulator();
    a.addClick(click());
    a.addClick(click({ at: AT + 60_000 }));
    a.addUnique('ws_1', 'lnk_1', AT);
    const b = new RollupAccumulator();
    b.addClick(click({ at: AT + DAY_MS }));
    b.addUnique('ws_1', '', AT);
    a.merge(b);
    const find = (grain: 'hour' | 'day', linkId: string, at: number) =>
      a.deltas().find((d) => d.dim === 'total' && d.grain === grain && d.linkId === linkId && d.bucket === at - (at % (grain === 'hour' ? HOUR_MS : DAY_MS)));
    expect(find('day', 'lnk_1', AT)).toMatchObject({ clicks: 2, humans: 2, uniques: 1 });
    expect(find('hour', 'lnk_1', AT)).toMatchObject({ clicks: 2, humans: 2, uniques: 1 });
    expect(find('day', '', AT)).toMatchObject({ clicks: 2, humans: 2, uniques: 1 });
    expect(find('day', 'lnk_1', AT + DAY_MS)).toMatchObject({ clicks: 1, uniques: 0 });
    expect(a.deltas().filter((d) => d.uniques > 0).every((d) => d.dim === 'total')).toBe(true);
    // merge copies: changing b afterwards does not change a
    b.addClick(click({ at: AT + DAY_MS }));
    expect(find('day', 'lnk_1', AT + DAY_MS)).toMatchObject({ clicks: 1 });
    expect(a.size).toBe(a.deltas().length);
  });

  it('keeps a missing value apart from the same text: utm_source null and utm_source "null" are two rows', () => {
    const acc = new RollupAccumulator();
    const none = { utm_source: null, utm_medium: null, utm_campaign: null, utm_term: null, utm_content: null };
    acc.addClick(click({ utm: none }));
    acc.addClick(click({ utm: { ...none, utm_source: 'null' } }));
    const sources = acc.deltas().filter((d) => d.dim === 'utm_source' && d.linkId === 'lnk_1');
    expect(sources).toEqual([expect.objectContaining({ value: 'null', clicks: 1 })]);
    const total = acc.deltas().find((d) => d.dim === 'total' && d.grain === 'day' && d.linkId === 'lnk_1');
    expect(total?.clicks).toBe(2);
  });
});
