import { DAY_MS } from '../../core/clicks/click.js';
import { DEMO_COUNTRIES, DEMO_REFERRERS } from './demo-content.js';
import type { SeededLink } from './seed-demo.js';

/**
 * The generated traffic of `ricochet demo`, planned before anything is sent: which visitor
 * clicks which link when, from where. Pure and seeded, so every demo looks alike. Busier towards
 * today, quieter at weekends and at night, a few launch spikes, visitors who come back.
 */
export interface DemoVisitor {
  ip: string;
  country: string;
  userAgent: string;
  language: string;
  /** Sends `Sec-GPC: 1`. */
  gpc: boolean;
  /** How this visitor answers the consent prompt. */
  accepts: boolean;
}

export interface PlannedClick {
  at: number;
  slug: string;
  /** Path with query (`/spring-sale?utm_source=…`). */
  path: string;
  referrer: string | null;
  /** null for a bot or a link-preview fetcher. */
  visitor: DemoVisitor | null;
  /** The user agent of a bot hit. */
  botAgent: string | null;
  /** For an interstitial: whether every pixel's hit is reported as dispatched (else one is missing). */
  allPixelsDispatched: boolean;
}

/** Mulberry32: a small, fast, seedable generator (not for secrets). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, entries: ReadonlyArray<readonly [T, number]>): T {
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  let r = random() * total;
  for (const [value, weight] of entries) {
    r -= weight;
    if (r < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

const AGENTS: ReadonlyArray<readonly [string, number]> = [
  ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 26],
  ['Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36', 20],
  ['Mozilla/5.0 (Linux; Android 14; SM-S921B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36', 8],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', 17],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36', 10],
  ['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 7],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0', 5],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.0.0', 4],
  ['Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 3],
];

const BOTS: ReadonlyArray<readonly [string, number]> = [
  ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 3],
  ['Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)', 1],
  ['facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', 3],
  ['Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', 2],
  ['LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', 2],
];

const LANGUAGES: Readonly<Record<string, string>> = {
  US: 'en-US,en;q=0.9', GB: 'en-GB,en;q=0.9', DE: 'de-DE,de;q=0.9,en;q=0.7', FR: 'fr-FR,fr;q=0.9,en;q=0.6',
  NL: 'nl-NL,nl;q=0.9,en;q=0.8', ES: 'es-ES,es;q=0.9', IT: 'it-IT,it;q=0.9', SE: 'sv-SE,sv;q=0.9,en;q=0.8',
  CA: 'en-CA,en;q=0.9,fr-CA;q=0.6', AU: 'en-AU,en;q=0.9', IN: 'en-IN,en;q=0.9,hi;q=0.6', BR: 'pt-BR,pt;q=0.9',
  JP: 'ja-JP,ja;q=0.9', CH: 'de-CH,de;q=0.9,fr;q=0.6', PL: 'pl-PL,pl;q=0.9',
};

/** Share of visits from the early morning to the evening (UTC hours 0–23). */
const HOURS: ReadonlyArray<readonly [number, number]> = Array.from({ length: 24 }, (_, h) => [h, h < 6 ? 1 : h < 9 ? 3 : h < 18 ? 6 : h < 22 ? 5 : 2] as const);

function visitors(random: () => number, count: number): DemoVisitor[] {
  return Array.from({ length: count }, (_, i) => {
    const country = pick(random, DEMO_COUNTRIES);
    return {
      // Private addresses: they only feed the visitor hash (the country comes from a header).
      ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`,
      country,
      userAgent: pick(random, AGENTS),
      language: LANGUAGES[country] ?? 'en',
      gpc: random() < 0.04,
      accepts: random() < 0.72,
    };
  });
}

function clickIdFor(source: string, random: () => number): string {
  const token = Math.floor(random() * 1e12).toString(36);
  if (source === 'facebook' || source === 'instagram') return random() < 0.6 ? `&fbclid=IwAR${token}` : '';
  if (source === 'google') return `&gclid=Cj0KCQ${token}`;
  if (source === 'tiktok') return random() < 0.5 ? `&ttclid=E.C.P.${token}` : '';
  return '';
}

/**
 * `total` requests over the `days` days before `today` (epoch ms, the real now), the last day
 * only up to now. About 3 % are bots or link previews.
 */
export function planDemoTraffic(links: readonly SeededLink[], options: { total: number; days: number; today: number; seed?: number }): PlannedClick[] {
  const random = seededRandom(options.seed ?? 19);
  const people = visitors(random, Math.max(20, Math.round(options.total * 0.4)));
  const dayStart = (offset: number) => Math.floor(options.today / DAY_MS - offset) * DAY_MS;
  const days = Array.from({ length: options.days }, (_, i) => {
    const offset = options.days - 1 - i; // oldest first
    const weekday = new Date(dayStart(offset)).getUTCDay();
    const weight = (1 + (1.8 * i) / options.days) * (weekday === 0 || weekday === 6 ? 0.6 : 1);
    return [offset, weight] as const;
  });

  const plan: PlannedClick[] = [];
  while (plan.length < options.total) {
    const offset = pick(random, days);
    const start = dayStart(offset);
    const at = start + pick(random, HOURS) * 3_600_000 + Math.floor(random() * 3_600_000);
    if (at > options.today - 60_000) continue;
    const active = links.filter((l) => l.createdAt <= at);
    if (active.length === 0) continue;
    // A link gets a burst in the three days after it was shared.
    const link = pick(random, active.map((l) => [l, l.weight * (at - l.createdAt < 3 * DAY_MS ? 3 : 1)] as const));
    const campaign = link.campaigns[Math.floor(random() * link.campaigns.length)]!;
    const query = `utm_source=${campaign.source}&utm_medium=${campaign.medium}&utm_campaign=${campaign.campaign}${clickIdFor(campaign.source, random)}`;
    const bot = random() < 0.03 ? pick(random, BOTS) : null;
    // Returning visitors: low indices come up far more often than high ones.
    const visitor = bot ? null : people[Math.floor(people.length * random() ** 2.2)]!;
    plan.push({
      at,
      slug: link.slug,
      path: `/${link.slug}?${query}`,
      referrer: DEMO_REFERRERS[campaign.source] ?? null,
      visitor,
      botAgent: bot,
      allPixelsDispatched: random() < 0.88,
    });
  }
  return plan.sort((a, b) => a.at - b.at);
}
