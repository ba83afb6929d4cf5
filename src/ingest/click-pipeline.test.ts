import { describe, expect, it } from 'vitest';
import { DROP_REASONS } from '../core/clicks/click.js';
import { NOT_RECORDED_REASONS } from '../core/redirect/decision.js';
import type { RequestFacts } from '../core/request/facts.js';
import type { ResolvedLink } from '../core/resolved-link.js';
import { CLICK_STEP_NAMES, runClickPipeline, type ClickInput } from './click-pipeline.js';

const facts: RequestFacts = {
  method: 'GET',
  scheme: 'https',
  host: 'go.example',
  path: '/s',
  query: 'utm_source=mail&utm_term=a%20b&fbclid=SECRET&x=1',
  userAgent: 'Mozilla/5.0 test',
  acceptLanguage: 'en',
  referer: 'https://www.Example.org/path?q=private',
  secGpc: false,
  prefetch: false,
  consentCookie: null,
  country: 'DE',
};

const resolved = { link: { id: 'lnk_1', domain: 'go.example' }, workspace: { id: 'ws_1' } } as unknown as ResolvedLink;

function input(record: ClickInput['record']): ClickInput {
  return {
    id: 'clk_1',
    at: 1_770_000_000_000,
    resolved,
    facts,
    visitor: { bot: record.as === 'bot', preview: false, device: 'mobile', os: 'Android', browser: 'Chrome' },
    ip: '203.0.113.9',
    record,
  };
}

const calls: unknown[][] = [];
const deps = {
  visitorHash: (...args: unknown[]) => {
    calls.push(args);
    return 'hashed';
  },
};

describe('runClickPipeline', () => {
  it('turns a human click into a stored click: facts, UTM, click-id names, referrer host, consent, pixels, visitor hash', () => {
    const out = runClickPipeline(input({ as: 'human', consent: 'not_required', pixelIds: ['pix_1'] }), deps);
    expect(out).toEqual({
      ok: true,
      click: {
        id: 'clk_1',
        workspaceId: 'ws_1',
        linkId: 'lnk_1',
        domain: 'go.example',
        at: 1_770_000_000_000,
        country: 'DE',
        device: 'mobile',
        os: 'Android',
        browser: 'Chrome',
        referrerHost: 'www.example.org',
        utm: { utm_source: 'mail', utm_medium: null, utm_campaign: null, utm_term: 'a b', utm_content: null },
        clickIds: ['fbclid'],
        bot: false,
        consent: 'not_required',
        pixelsFired: ['pix_1'],
        visitorHash: 'hashed',
      },
    });
    expect(calls.at(-1)).toEqual([1_770_000_000_000, '203.0.113.9', 'Mozilla/5.0 test', 'ws_1']);
    expect(JSON.stringify(out)).not.toContain('203.0.113.9');
    expect(JSON.stringify(out)).not.toContain('SECRET');
  });

  it('records bots with consent "bot" and no pixels', () => {
    const out = runClickPipeline(input({ as: 'bot' }), deps);
    expect(out.ok && out.click).toMatchObject({ bot: true, consent: 'bot', pixelsFired: [] });
  });

  it.each([...NOT_RECORDED_REASONS])('drops "%s" before any work', (reason) => {
    const before = calls.length;
    expect(runClickPipeline(input({ as: 'none', reason }), deps)).toEqual({ ok: false, reason });
    expect(calls.length).toBe(before);
    expect(DROP_REASONS).toContain(reason);
  });

  it('times every named step when asked', () => {
    const timed: string[] = [];
    runClickPipeline(input({ as: 'human', consent: 'no_pixels', pixelIds: [] }), deps, (step, ns) => {
      expect(ns).toBeGreaterThanOrEqual(0);
      timed.push(step);
    });
    expect(timed).toEqual(CLICK_STEP_NAMES);
    expect(new Set(CLICK_STEP_NAMES).size).toBe(CLICK_STEP_NAMES.length);
  });
});
