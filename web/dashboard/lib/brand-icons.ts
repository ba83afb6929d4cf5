/**
 * Which local icon stands for a browser, an operating system or a referrer host. The icons are
 * brand marks from the `simple-icons` package (CC0), written next to the bundle at build time
 * (scripts/dashboard-assets.ts) as `icon-<slug>.svg`; nothing is fetched from the internet. A
 * value without one gets a generic icon (a globe, a window, a phone).
 */
export const BRAND_ICONS = [
  'googlechrome', 'safari', 'firefoxbrowser', 'opera', 'samsung', 'vivaldi', 'brave', 'apple', 'android', 'linux', 'ubuntu',
  'google', 'facebook', 'instagram', 'x', 'youtube', 'reddit', 'tiktok', 'pinterest', 'ycombinator', 'duckduckgo', 'snapchat',
  'whatsapp', 'telegram', 'quora', 'threads', 'bluesky', 'mastodon', 'gmail', 'messenger', 'discord', 'github', 'medium',
  'substack', 'baidu', 'netflix', 'twitch', 'spotify',
] as const;
export type BrandIcon = (typeof BRAND_ICONS)[number];

const BROWSERS: Record<string, BrandIcon> = {
  chrome: 'googlechrome', 'chrome webview': 'googlechrome', 'mobile chrome': 'googlechrome', chromium: 'googlechrome', safari: 'safari',
  'mobile safari': 'safari', firefox: 'firefoxbrowser', 'mobile firefox': 'firefoxbrowser', opera: 'opera', 'samsung internet': 'samsung',
  samsung: 'samsung', vivaldi: 'vivaldi', brave: 'brave', facebook: 'facebook', instagram: 'instagram', tiktok: 'tiktok',
};
const SYSTEMS: Record<string, BrandIcon> = { ios: 'apple', 'mac os': 'apple', macos: 'apple', android: 'android', linux: 'linux', ubuntu: 'ubuntu' };
/** Referrer hosts by their registrable name (the label before the public suffix). */
const SITES: Record<string, BrandIcon> = {
  google: 'google', facebook: 'facebook', fb: 'facebook', instagram: 'instagram', 't.co': 'x', twitter: 'x', x: 'x', youtube: 'youtube',
  'youtu.be': 'youtube', reddit: 'reddit', tiktok: 'tiktok', pinterest: 'pinterest', ycombinator: 'ycombinator', duckduckgo: 'duckduckgo',
  snapchat: 'snapchat', whatsapp: 'whatsapp', telegram: 'telegram', 't.me': 'telegram', quora: 'quora', threads: 'threads',
  bsky: 'bluesky', 'bsky.app': 'bluesky', mastodon: 'mastodon', 'mail.google.com': 'gmail', messenger: 'messenger', discord: 'discord',
  github: 'github', medium: 'medium', substack: 'substack', baidu: 'baidu', netflix: 'netflix', twitch: 'twitch', spotify: 'spotify',
};

export type IconKind = 'browser' | 'os' | 'referrer';

/** The brand icon of a value, or null for the generic one. */
export function brandIconOf(kind: IconKind, value: string): BrandIcon | null {
  const v = value.toLowerCase().trim();
  if (!v) return null;
  if (kind === 'browser') return BROWSERS[v] ?? null;
  if (kind === 'os') return SYSTEMS[v] ?? null;
  const host = v.replace(/^www\./, '').replace(/^(l|m|lm|mobile|old|news)\./, '');
  if (SITES[host]) return SITES[host] ?? null;
  const labels = host.split('.');
  const name = labels.length >= 2 ? (labels.at(-2) === 'co' || labels.at(-2) === 'com' ? labels.at(-3) : labels.at(-2)) : labels[0];
  return (name && SITES[name]) || null;
}

export const iconUrl = (icon: BrandIcon) => `/assets/dashboard/icon-${icon}.svg`;
/** Flags from the `flag-icons` package (MIT), copied next to the bundle at build time. */
export const flagUrl = (country: string) => `/assets/dashboard/flag-${country.toLowerCase()}.svg`;
