import type { LinkInput } from '../../app/links/link-input.js';
import type { PixelInput } from '../../app/pixels/pixel-input.js';

/**
 * What `ricochet demo` creates: the workspace of a running-shoe brand that shares content it
 * does not own (an encyclopedia article, a video search, a podcast search, a race calendar) and
 * its own pages, so every kind of link shows up in the dashboard. Pixel ids have each platform's
 * shape but belong to nobody.
 */
export const DEMO_WORKSPACE = 'demo';

/** A localhost visitor has no country, which counts as an opt-in region: it sees the prompt. */
export const DEMO_CONSENT = { policy: 'regional', optInAction: 'ask' } as const;
export const DEMO_PRIVACY_URL = 'https://example.com/privacy';

export const DEMO_PIXELS: PixelInput[] = [
  { platform: 'meta', tagId: '703918245566012', name: 'Meta – Stride main pixel', isDefault: true },
  { platform: 'ga4', tagId: 'G-7QZ4K2M9XB', name: 'GA4 – stride.example', isDefault: true },
  { platform: 'google_ads', tagId: 'AW-11048213957', name: 'Google Ads – remarketing' },
  { platform: 'linkedin', tagId: '5538214', name: 'LinkedIn Insight' },
  { platform: 'tiktok', tagId: 'CP4M1JRC77U5R8A4E2NG', name: 'TikTok – spring campaign' },
];

export interface DemoLink {
  input: LinkInput;
  /** Platforms of DEMO_PIXELS to attach; absent → the workspace defaults (Meta and GA4). */
  platforms?: readonly string[];
  /** Days before today the link was created (it gets clicks only after that). */
  createdDaysAgo: number;
  /** Days before today the link expired, if it did. */
  expiresDaysAgo?: number;
  /** Relative share of the generated clicks. */
  weight: number;
  /** UTM sources and the campaign the link was shared with. */
  campaigns: ReadonlyArray<{ source: string; medium: string; campaign: string }>;
  /** One line for the demo's "try these" list. */
  try?: string;
}

const SOCIAL = [
  { source: 'linkedin', medium: 'social', campaign: 'spring-content' },
  { source: 'twitter', medium: 'social', campaign: 'spring-content' },
  { source: 'facebook', medium: 'social', campaign: 'spring-content' },
] as const;

export const DEMO_LINKS: DemoLink[] = [
  {
    input: { url: 'https://en.wikipedia.org/wiki/Marathon', slug: 'marathon-guide', title: 'What a marathon really is', tags: ['running', 'content'], event: { name: 'content_view', params: { topic: 'marathon' } } },
    createdDaysAgo: 30,
    weight: 9,
    campaigns: [...SOCIAL, { source: 'newsletter', medium: 'email', campaign: 'weekly-12' }],
    try: 'the pixel page: as a localhost visitor has no country, the consent prompt comes first',
  },
  {
    input: { url: 'https://www.youtube.com/results?search_query=marathon+training+plan', slug: 'training-video', title: 'Marathon training videos', tags: ['running', 'video'] },
    platforms: ['meta', 'ga4', 'tiktok'],
    createdDaysAgo: 24,
    weight: 6,
    campaigns: [{ source: 'tiktok', medium: 'social', campaign: 'spring-video' }, ...SOCIAL],
  },
  {
    input: { url: 'https://example.com/spring-sale', slug: 'spring-sale', title: 'Spring sale: 20 % off trail shoes', tags: ['sale', 'spring'], event: { name: 'offer_click', params: { offer: 'spring20' } } },
    platforms: ['meta', 'ga4', 'google_ads', 'tiktok'],
    createdDaysAgo: 9,
    weight: 8,
    campaigns: [{ source: 'newsletter', medium: 'email', campaign: 'spring-sale' }, { source: 'instagram', medium: 'social', campaign: 'spring-sale' }, { source: 'google', medium: 'cpc', campaign: 'spring-sale' }],
  },
  {
    input: { url: 'https://worldathletics.org/', slug: 'race-calendar', title: 'Race calendar', tags: ['running', 'events'] },
    platforms: ['meta', 'ga4', 'linkedin'],
    createdDaysAgo: 28,
    weight: 3,
    campaigns: [{ source: 'linkedin', medium: 'social', campaign: 'club-partners' }],
  },
  {
    input: { url: 'https://open.spotify.com/search/running%20podcast', slug: 'podcast', title: 'Running podcasts we like', tags: ['content', 'audio'] },
    createdDaysAgo: 16,
    weight: 3,
    campaigns: [{ source: 'newsletter', medium: 'email', campaign: 'weekly-14' }],
  },
  {
    input: {
      url: 'https://example.com/app',
      slug: 'app',
      title: 'The Stride app',
      tags: ['app'],
      rules: [
        { when: { os: ['iOS'] }, url: 'https://apps.apple.com/us/genre/ios-health-fitness/id6013' },
        { when: { os: ['Android'] }, url: 'https://play.google.com/store/apps/category/HEALTH_AND_FITNESS' },
      ],
    },
    platforms: [],
    createdDaysAgo: 30,
    weight: 2,
    campaigns: [{ source: 'qr', medium: 'print', campaign: 'store-poster' }],
    try: 'no pixels and routed by device: an iPhone goes to the App Store, an Android phone to Google Play',
  },
  {
    input: { url: 'https://example.com/black-friday', slug: 'black-friday', title: 'Black Friday (ended)', tags: ['sale'], expiredUrl: 'https://example.com/' },
    expiresDaysAgo: 6,
    platforms: [],
    createdDaysAgo: 30,
    weight: 1,
    campaigns: [{ source: 'newsletter', medium: 'email', campaign: 'black-friday' }],
    try: 'expired: it sends visitors to the fallback page',
  },
];

/** Where generated visitors come from (ISO country → share), roughly a European brand's mix. */
export const DEMO_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ['US', 24], ['GB', 12], ['DE', 13], ['FR', 8], ['NL', 5], ['ES', 5], ['IT', 4], ['SE', 3],
  ['CA', 6], ['AU', 4], ['IN', 5], ['BR', 4], ['JP', 3], ['CH', 2], ['PL', 2],
];

export const DEMO_REFERRERS: Readonly<Record<string, string | null>> = {
  linkedin: 'https://www.linkedin.com/',
  twitter: 'https://t.co/',
  facebook: 'https://l.facebook.com/',
  instagram: 'https://l.instagram.com/',
  tiktok: 'https://www.tiktok.com/',
  google: 'https://www.google.com/',
  newsletter: null,
  qr: null,
};
