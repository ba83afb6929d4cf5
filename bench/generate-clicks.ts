/**
 * Synthetic clicks with realistic spread, as the redirect hands them over (raw facts: address,
 * user agent, referrer, query, decision): Zipf-like link popularity (one hot link), devices and
 * browsers through real user agents, 30 referrers, UTM campaigns, consent outcomes and 3 pixels,
 * visitors drawn from a pool so some repeat. Deterministic (seeded), so runs are comparable.
 */
import type { ConsentOutcome } from '../src/core/consent/consent-decision.js';
import type { ClickFacts } from '../src/ingest/click-handover.js';
import { USER_AGENTS, visitorAddress } from './visitors.js';

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
const REFERRERS = ['', '', 'https://t.co/x', 'https://l.facebook.com/l.php', 'https://www.linkedin.com/feed/', 'https://news.ycombinator.com/item', ...Array.from({ length: 24 }, (_, i) => `https://site${i}.example/post`)];
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
export function pickLink(rand: () => number, n: number): number {
  if (rand() < 0.1) return 0;
  return Math.min(n - 1, Math.floor(Math.pow(rand(), 2) * n));
}

/** What a visitor looks like: an address, and a user agent that goes with it. */
export function visitor(n: number): { address: string; userAgent: string } {
  return { address: visitorAddress(n), userAgent: USER_AGENTS[n % USER_AGENTS.length] as string };
}

export function* generateClicks(count: number, o: GenOptions): Generator<ClickFacts & { visitor: number }> {
  const rand = seeded(o.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  for (let i = 0; i < count; i++) {
    const at = o.from + Math.floor(((o.to - o.from) * i) / count);
    const bot = rand() < 0.05;
    const consent = bot ? 'bot' : pick(CONSENT);
    const fired = !bot && (consent === 'not_required' || consent === 'granted_cookie');
    const campaign = pick(CAMPAIGNS);
    const n = Math.floor(rand() * o.visitors);
    const who = visitor(n);
    yield {
      id: '',
      at,
      workspaceId: o.workspaceId,
      linkId: o.linkIds[pickLink(rand, o.linkIds.length)] as string,
      bot,
      consent,
      pixels: fired ? o.pixelIds.map((id) => ({ id, outcome: 'fire' as const })) : [],
      address: who.address,
      userAgent: bot ? 'curl/8.0.1' : who.userAgent,
      referer: pick(REFERRERS),
      query: `${campaign ? `utm_source=newsletter&utm_medium=email&utm_campaign=${campaign}` : ''}${rand() < 0.3 ? '&fbclid=IwAR0x' : ''}`,
      country: rand() < 0.5 ? pick(COUNTRIES) : undefined,
      visitor: n,
    };
  }
}
