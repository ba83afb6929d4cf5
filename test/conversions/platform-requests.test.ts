/**
 * Each platform's request builder against that platform's API fake (no network): what Ricochet
 * builds is what the API takes — endpoint, auth, required fields, time units, hashing — and the
 * API's answers, refusals included, are classified the way the delivery engine needs.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { HttpAnswer, HttpRequest, PlatformAccount } from '../../src/core/conversions/platform-api.js';
import { PLATFORM_APIS } from '../../src/core/conversions/platforms/index.js';
import { NO_USER, type PlatformItem, type ServerEvent } from '../../src/core/conversions/server-event.js';
import type { Platform } from '../../src/core/pixels/platform.js';
import { oauth1Header } from '../../src/conversions/oauth1.js';
import { REVOKED, type FakeRequest, type ReceivedEvent } from '../support/platform-fakes/fake-kit.js';
import { PLATFORM_FAKES } from '../support/platform-fakes/platform-network.js';
import { SERVER_SETUPS, SERVER_PLATFORMS } from './support.js';

/** Platforms that publish how old an event may be (docs/conversions.md); for the others `maxAgeMs` is Ricochet's own choice. */
const PUBLISHED_AGE_LIMIT = new Set(['meta', 'reddit', 'snapchat', 'ga4', 'google_ads', 'linkedin'] as const);

const sha = (s: string) => createHash('sha256').update(s).digest('hex');
const NOW = Date.now();

function item(over: Partial<PlatformItem['visit']> = {}, kinds: ServerEvent['kind'][] = ['page_view', 'audience', 'lead', 'purchase']): PlatformItem {
  const events: ServerEvent[] = kinds.map((kind) => ({
    kind,
    eventId: kind === 'page_view' || kind === 'audience' ? 'clk_01kbmz3f8r9c2v6x4n7q5t8w0y' : `cnv_${kind}`,
    name: kind === 'audience' ? 'ricochet_click' : kind === 'lead' ? 'Lead' : 'Purchase',
    params: { link_id: 'lnk_1', tags: ['a', 'b'] },
    value: kind === 'purchase' ? { amount: 1999, currency: 'EUR' } : null,
    orderId: kind === 'purchase' ? 'INV-1' : null,
  }));
  return {
    ip: '198.51.100.7',
    events,
    visit: {
      clickId: 'clk_01kbmz3f8r9c2v6x4n7q5t8w0y', at: NOW - 60_000, clickAt: NOW - 60_000, pageUrl: 'https://sho.rt/a', referrer: null,
      userAgent: 'Mozilla/5.0 (X11; Linux x86_64)', country: 'US', serverOnly: true,
      clickIds: { fbclid: 'IwAR1', gclid: 'Cj0K', ttclid: 'E.C.P', li_fat_id: 'li-1', twclid: 'tw-1', msclkid: 'ms-1', epik: 'ep-1', ScCid: 'sc-1', rdt_cid: 'rd-1' },
      consent: { limitedDataUse: true, adUserData: true, adPersonalization: true },
      user: { ...NO_USER, emailSha256: sha('jane@example.com'), googleEmailSha256: sha('jane@example.com'), phoneSha256: sha('4930123456'), e164PhoneSha256: sha('+4930123456'), externalId: 'cus-1' },
      ...over,
    },
  };
}

/** Send a built request to the platform's fake, as the network would. */
function deliver(platform: Platform, req: HttpRequest): { answer: HttpAnswer; accepted: ReceivedEvent[] } {
  const fake = PLATFORM_FAKES.find((f) => f.platform === platform)!;
  const url = new URL(req.url);
  const headers: Record<string, string> = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), v]));
  if (req.oauth1) headers.authorization = oauth1Header(req.method, req.url, req.oauth1);
  let json: unknown = null;
  try {
    json = JSON.parse(req.body);
  } catch {
    json = null;
  }
  const fakeReq: FakeRequest = { method: req.method, host: url.host, path: url.pathname, query: url.searchParams, headers, body: req.body, json, at: Date.now() };
  const accepted: ReceivedEvent[] = [];
  const a = fake.handle(fakeReq, accepted);
  return { answer: { status: a.status, headers: a.headers ?? {}, body: a.body === undefined ? '' : typeof a.body === 'string' ? a.body : JSON.stringify(a.body) }, accepted };
}

function account(platform: keyof typeof SERVER_SETUPS, secrets?: Record<string, string>): PlatformAccount {
  const setup = SERVER_SETUPS[platform];
  return { tagId: setup.tagId, settings: setup.settings ?? {}, secrets: secrets ?? setup.credentials };
}

/** Google Ads needs its OAuth token first; the fake issues it. */
function withToken(platform: keyof typeof SERVER_SETUPS, acc: PlatformAccount): PlatformAccount {
  const api = PLATFORM_APIS[platform]!;
  if (!api.token) return acc;
  const { answer } = deliver(platform, api.token.request(acc));
  const read = api.token.read(answer);
  if ('error' in read) throw new Error(read.error);
  return { ...acc, secrets: { ...acc.secrets, accessToken: read.token } };
}

describe.each(SERVER_PLATFORMS)('%s: the request Ricochet builds is one the API takes', (platform) => {
  const api = PLATFORM_APIS[platform]!;
  const acc = withToken(platform, account(platform));
  const base = item();
  const accepted = (i: PlatformItem) => i.events.filter((e) => api.accepts(e, i.visit, acc));

  it('takes every event the platform accepts, and answers `sent`', () => {
    const one = { ...base, events: accepted(base) };
    expect(one.events.length).toBeGreaterThan(0);
    const { answer, accepted: got } = deliver(platform, api.request([one], acc, 'live'));
    expect(api.classify(answer, [one])).toEqual({ outcomes: [{ outcome: 'sent' }] });
    expect(got.length).toBe(one.events.length);
    // The dedup keys the platform got are ours: the click id, the conversion ids.
    // (Google carries a sale's invoice id: orderId for Google Ads, transaction_id for GA4.)
    expect(got.map((e) => e.eventId).sort()).toEqual(one.events.map((e) => (platform === 'google_ads' || platform === 'ga4' ? (e.orderId ?? e.eventId) : e.eventId)).sort());
    expect(got.every((e) => e.test === false)).toBe(true);
  });

  it('sends the visitor address only where the platform uses it, and never hashed', () => {
    const one = { ...base, events: accepted(base) };
    const body = api.request([one], acc, 'live').body;
    expect(body).not.toContain(sha('198.51.100.7'));
    if (['meta', 'tiktok', 'pinterest', 'snapchat', 'reddit', 'microsoft', 'x'].includes(platform)) expect(body).toContain('198.51.100.7');
    else expect(body).not.toContain('198.51.100.7');
    // E-mail addresses only ever hashed.
    expect(body).not.toContain('jane@example.com');
  });

  it('a batch of many visits is one request within the platform’s limit', () => {
    // A click's delivery: its page view and audience event (conversions travel one per delivery).
    const click = platform === 'google_ads' ? item({}, ['purchase']) : item({ serverOnly: true }, ['page_view', 'audience']);
    const many = Array.from({ length: api.maxBatch }, () => ({ ...click, events: accepted(click) }));
    const { answer, accepted: got } = deliver(platform, api.request(many, acc, 'live'));
    const verdict = api.classify(answer, many);
    expect('outcomes' in verdict && verdict.outcomes.every((o) => o.outcome === 'sent')).toBe(true);
    expect(many[0]!.events.length).toBeGreaterThan(0);
    expect(got.length).toBe(many.length * many[0]!.events.length);
  });

  it('refused credentials are `auth`: dead-lettered, never retried (GA4 cannot tell: it answers 2xx and drops them)', () => {
    const secrets = Object.fromEntries(Object.keys(acc.secrets).map((k) => [k, REVOKED]));
    const one = { ...base, events: accepted(base) };
    const bad = platform === 'google_ads' ? { ...acc, secrets: { ...acc.secrets, accessToken: REVOKED } } : { ...acc, secrets };
    const { answer } = deliver(platform, api.request([one], bad, 'live'));
    const verdict = api.classify(answer, [one]);
    if (platform === 'ga4') return expect(verdict).toEqual({ outcomes: [{ outcome: 'sent' }] });
    expect(verdict).toEqual({ outcomes: [expect.objectContaining({ outcome: 'rejected', reason: 'auth' })] });
  });
});

it.each([...PUBLISHED_AGE_LIMIT])('%s refuses an event past its published age limit (the engine drops such events before sending)', (platform) => {
  const api = PLATFORM_APIS[platform]!;
  const acc = withToken(platform, account(platform));
  const accepted = (i: PlatformItem) => i.events.filter((e) => api.accepts(e, i.visit, acc));
  // The engine checks `maxAgeMs` itself (src/delivery/delivery-engine.ts); here: the platform would refuse it.
  const old = item({ at: NOW - api.maxAgeMs - 86_400_000, clickAt: NOW - api.maxAgeMs - 86_400_000 });
  const one = { ...old, events: accepted(old) };
  const { answer, accepted: got } = deliver(platform, api.request([one], acc, 'live'));
  if (platform === 'ga4') {
    // The collection endpoint answers 2xx whatever it got, and records nothing.
    expect(got).toEqual([]);
    return;
  }
  expect(got).toEqual([]);
  const verdict = api.classify(answer, [one]);
  expect('outcomes' in verdict && verdict.outcomes[0]!.outcome).toBe('rejected');
});

describe('test modes', () => {
  it.each(SERVER_PLATFORMS.filter((p) => PLATFORM_APIS[p]!.testMode !== null))('%s: the test request reaches the platform’s test mode', (platform) => {
    const api = PLATFORM_APIS[platform]!;
    const acc = withToken(platform, account(platform));
    const base = item();
    const one = { ...base, events: base.events.filter((e) => api.accepts(e, base.visit, acc)) };
    const { answer, accepted } = deliver(platform, api.request([one], acc, 'test'));
    expect(api.classify(answer, [one])).toEqual({ outcomes: [{ outcome: 'sent' }] });
    expect(accepted.length).toBeGreaterThan(0);
    expect(accepted.every((e) => e.test)).toBe(true);
  });

  it('GA4’s validation server names what is wrong, and that is a rejection', () => {
    const api = PLATFORM_APIS.ga4!;
    const acc = account('ga4');
    const bad = item({ at: NOW - 5 * 86_400_000 });
    const { answer } = deliver('ga4', api.request([bad], acc, 'test'));
    expect(api.classify(answer, [bad])).toEqual({ outcomes: [expect.objectContaining({ outcome: 'rejected', reason: 'invalid', message: expect.stringContaining('timestamp_micros') })] });
  });
});

describe('what each platform takes', () => {
  const visit = item().visit;
  const event = (kind: ServerEvent['kind']) => item({}, [kind]).events[0]!;
  it.each([
    ['meta', 'page_view', false, true],
    ['tiktok', 'page_view', false, false],
    ['tiktok', 'page_view', true, true],
    ['ga4', 'audience', false, false],
    ['ga4', 'audience', true, true],
    ['ga4', 'lead', false, true],
    ['google_ads', 'audience', true, false],
    ['google_ads', 'purchase', false, true],
    ['linkedin', 'page_view', true, false],
    ['linkedin', 'audience', false, true],
  ] as const)('%s %s (server-only: %s) → %s', (platform, kind, serverOnly, expected) => {
    expect(PLATFORM_APIS[platform]!.accepts(event(kind), { ...visit, serverOnly }, account(platform))).toBe(expected);
  });

  it('Google Ads, LinkedIn and X need their own click id (or a hashed identifier) for an anonymous visitor', () => {
    const anonymous = { ...visit, clickIds: {}, user: NO_USER };
    expect(PLATFORM_APIS.google_ads!.accepts(event('lead'), anonymous, account('google_ads'))).toBe(false);
    expect(PLATFORM_APIS.linkedin!.accepts(event('audience'), anonymous, account('linkedin'))).toBe(false);
    expect(PLATFORM_APIS.x!.accepts(event('audience'), anonymous, account('x'))).toBe(false);
  });

  it('Pinterest and Snap cannot send an anonymous event whose address did not survive', () => {
    const lost: PlatformItem = { ...item(), ip: null, visit: { ...item().visit, user: NO_USER } };
    expect(PLATFORM_APIS.pinterest!.unsendable!(lost)).toMatch(/address/);
    expect(PLATFORM_APIS.snapchat!.unsendable!(lost)).toMatch(/address/);
    expect(PLATFORM_APIS.pinterest!.unsendable!(item())).toBeNull();
  });

  it('Meta refuses a whole batch for one bad event: the engine is told to split it', () => {
    const api = PLATFORM_APIS.meta!;
    const good = item();
    const bad = item({ userAgent: null });
    const both = [good, { ...bad, events: bad.events.filter((e) => e.kind === 'audience') }];
    // Without a user agent the builder says `system_generated`; make it a website event the API must refuse.
    const req = api.request(both, account('meta'), 'live');
    const body = JSON.parse(req.body);
    body.data[body.data.length - 1].action_source = 'website';
    const { answer } = deliver('meta', { ...req, body: JSON.stringify(body) });
    expect(api.classify(answer, both)).toEqual({ split: true, message: expect.stringContaining('client_user_agent') });
    expect(api.classify(answer, [both[1]!])).toEqual({ outcomes: [expect.objectContaining({ outcome: 'rejected', reason: 'invalid' })] });
  });
});
