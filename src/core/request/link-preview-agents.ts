/**
 * User-agent signatures of link-preview fetchers: services that load a shared link to build a
 * card (title, image) for a chat or feed. They are bots that stand in front of a real audience, so
 * they get the Open Graph preview (or the plain redirect), never pixels, never a human count
 * (docs/pixels.md §4.2, sources: robozevel gist, Kikobeats/top-crawler-agents, monperrus/crawler-user-agents).
 *
 * Matched case-insensitively as substrings. Each entry is chosen so it does NOT match the same
 * company's in-app browser, whose clicks are real people:
 * - Pinterest's crawler is `Pinterest/0.x` / `Pinterestbot`, but its in-app browser says
 *   `[Pinterest/iOS]`, so a bare `Pinterest` would drop real clickers.
 * - Facebook/Instagram in-app browsers say `FBAN`/`FBAV`/`Instagram`, never `facebookexternalhit`.
 * - LinkedIn's app says `LinkedInApp`, Telegram's `Telegram-Android`, Snapchat's `Snapchat/…`.
 * The Apple Messages preview (a Safari UA followed by `facebookexternalhit/1.1 Facebot
 * Twitterbot/1.0`, docs/pixels.md §4.2) is caught by the `facebookexternalhit` entry.
 */
export const LINK_PREVIEW_AGENTS = [
  // docs/pixels.md §4.2
  'facebookexternalhit',
  'facebot',
  'twitterbot',
  'linkedinbot',
  'slackbot-linkexpanding',
  'discordbot',
  'telegrambot',
  'whatsapp/',
  'skypeuripreview',
  'pinterest/0.',
  'pinterestbot',
  'redditbot',
  'embedly',
  'bingpreview',
  // Same role, widely seen: Teams/Outlook cards, Slack's image proxy, Mastodon and Bluesky cards,
  // Snapchat's and VK's previewers, the Iframely embed service.
  'microsoftpreview',
  'slack-imgproxy',
  'mastodon/',
  'bluesky cardyb',
  'snap url preview service',
  'vkshare',
  'iframely',
] as const;

/**
 * @example isLinkPreviewAgent('Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)') // true
 * @example isLinkPreviewAgent('… Mobile/15E148 [Pinterest/iOS]')                                     // false
 */
export function isLinkPreviewAgent(userAgent: string): boolean {
  const ua = userAgent.toLowerCase();
  return LINK_PREVIEW_AGENTS.some((signature) => ua.includes(signature));
}
