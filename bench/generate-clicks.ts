/**
 * Synthetic clicks with realistic spread: Zipf-like link popularity (one hot link), 20 countries,
 * devices, OS, browsers, 30 referrers, UTM campaigns, consent outcomes and 3 pixels, visitors drawn
 * from a pool so some repeat. Deterministic (seeded), so runs are comparable.
 */
import type { StoredClick } from '../src/core/clicks/click.js';
import type { ConsentOutcome } from '../src/core/consent/consent-decision.js';
import type { DeviceType } from '../src/core/link.js';

export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COUNTRIES = ['US', 'DE', 'GB', 'FR', 'IN', 'BR', 'CA', 'AU', 'JP', 'ES', 'IT', 'NL', 'SE', 'PL', 'MX', 'KR', 'CH', 'AT', 'IE', 'NO'];
const DEVICES: DeviceType[] = ['mobile', 'mobile', 'mobile', 'desktop', 'desktop', 'tablet'];
const OS = ['iOS', 'Android', 'Windows', 'Mac OS', 'Linux', 'Chromium OS'];
const BROWSERS = ['Safari', 'Chrome', 'Chrome', 'Firefox', 'Edge', 'Samsung Browser', 'Instagram', 'Facebook'];
const REFERRERS = [null, null, 't.co', 'l.facebook.com', 'www.linkedin.com', 'news.ycombinator.com', ...Array.from({ length: 24 }, (_, i) => `site${i}.example`)];
const CAMPAIGNS = [null, null, 'spring', 'summer', 'launch', 'retarget', 'newsletter-42'];
const CONSENT: ConsentOutcome[] = ['not_required', 'not_required', 'not_required', 'suppressed_region', 'granted_cookie', 'prompt', 'no_pixels'];

export interface GenOptions {
  workspaceId: string;
  linkIds: string[];
  pixelIds: string[];
  from: number;
  to: number;
  visitors: number;
  seed?: number;
}

/** Index of a link, hot first: link 0 gets ~10% of clicks, the rest spread with a long tail. */
function pickLink(rand: () => number, n: number): number {
  if (rand() < 0.1) return 0;
  return Math.min(n - 1, Math.floor(Math.pow(rand(), 2) * n));
}

export function* generateClicks(count: number, o: GenOptions): Generator<StoredClick> {
  const rand = seeded(o.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const at = o.from + Math.floor(((o.to - o.from) * i) / count);
    const bot = rand() < 0.05;
    const consent = bot ? 'bot' : pick(CONSENT);
    const fired = !bot && (consent === 'not_required' || consent === 'granted_cookie');
    const campaign = pick(CAMPAIGNS);
    yield {
      id: `clk_bench${i.toString(36).padStart(18, '0')}`,
      workspaceId: o.workspaceId,
      linkId: o.linkIds[pickLink(rand, o.linkIds.length)] as string,
      domain: '',
      at,
      country: pick(COUNTRIES),
      device: pick(DEVICES),
      os: pick(OS),
      browser: pick(BROWSERS),
      referrerHost: pick(REFERRERS),
      utm: { utm_source: campaign ? 'newsletter' : null, utm_medium: campaign ? 'email' : null, utm_campaign: campaign, utm_term: null, utm_content: null },
      clickIds: rand() < 0.3 ? ['fbclid'] : [],
      bot,
      consent,
      pixelsFired: fired ? o.pixelIds : [],
      visitorHash: `v${Math.floor(rand() * o.visitors)}`,
    };
  }
}
