import { describe, expect, it } from 'vitest';
import { classifyUserAgent, type Visitor } from './visitor.js';

const IPHONE_SAFARI =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const APPLE_MESSAGES_PREVIEW =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_11_1) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0';

type Row = [label: string, ua: string, expected: Partial<Visitor>];

const HUMAN = { bot: false, preview: false } as const;
const PREVIEW = { bot: true, preview: true } as const;
const BOT = { bot: true, preview: false } as const;

const rows: Row[] = [
  // Browsers → device / os / browser families
  ['iPhone Safari', IPHONE_SAFARI, { ...HUMAN, device: 'mobile', os: 'iOS', browser: 'Safari' }],
  ['Android Chrome', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36', { ...HUMAN, device: 'mobile', os: 'Android', browser: 'Chrome' }],
  ['iPad Safari', 'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1', { ...HUMAN, device: 'tablet', os: 'iOS', browser: 'Safari' }],
  ['Android tablet', 'Mozilla/5.0 (Linux; Android 13; SM-X710) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36', { ...HUMAN, device: 'tablet', os: 'Android' }],
  ['Windows Edge', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0', { ...HUMAN, device: 'desktop', os: 'Windows', browser: 'Edge' }],
  ['macOS Safari', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15', { ...HUMAN, device: 'desktop', os: 'Mac OS', browser: 'Safari' }],
  ['Linux Firefox', 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0', { ...HUMAN, device: 'desktop', os: 'Linux', browser: 'Firefox' }],
  ['Smart TV → other', 'Mozilla/5.0 (SMART-TV; Linux; Tizen 6.0) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/4.0 Chrome/76.0.3809.146 TV Safari/537.36', { ...HUMAN, device: 'other' }],
  ['Console → other', 'Mozilla/5.0 (PlayStation; PlayStation 5/2.26) AppleWebKit/605.1.15 (KHTML, like Gecko)', { ...HUMAN, device: 'other' }],
  ['Android in-app without device → mobile', 'Mozilla/5.0 (Linux; Android 9) AppleWebKit (KHTML, like Gecko) Snapchat', { ...HUMAN, device: 'mobile', os: 'Android' }],
  // In-app browsers are people: never mistaken for their company's preview bot
  ['Facebook in-app', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/460.0.0.35.108;]', { ...HUMAN, device: 'mobile', browser: 'Facebook' }],
  ['Pinterest in-app', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [Pinterest/iOS]', { ...HUMAN, device: 'mobile' }],
  ['LinkedIn in-app', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [LinkedInApp]/9.29.8', { ...HUMAN }],
  ['Telegram in-app', 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 Telegram-Android/10.11.1', { ...HUMAN }],
  // Link-preview fetchers (docs/pixels.md §4.2): preview implies bot
  ['facebookexternalhit', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)', PREVIEW],
  ['Facebot', 'Facebot', PREVIEW],
  ['Twitterbot', 'Twitterbot/1.0', PREVIEW],
  ['LinkedInBot', 'LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)', PREVIEW],
  ['Slackbot-LinkExpanding', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)', PREVIEW],
  ['Discordbot', 'Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)', PREVIEW],
  ['TelegramBot', 'TelegramBot (like TwitterBot)', PREVIEW],
  ['WhatsApp', 'WhatsApp/2.23.20.0 A', PREVIEW],
  ['SkypeUriPreview', 'Mozilla/5.0 (Windows NT 6.1; WOW64) SkypeUriPreview Preview/0.5', PREVIEW],
  ['Pinterest crawler', 'Pinterest/0.2 (+https://www.pinterest.com/bot.html)', PREVIEW],
  ['Pinterestbot', 'Mozilla/5.0 (compatible; Pinterestbot/1.0; +http://www.pinterest.com/bot.html)', PREVIEW],
  ['redditbot', 'Mozilla/5.0 (compatible; redditbot/1.0; +http://www.reddit.com/feedback)', PREVIEW],
  ['Embedly', 'Mozilla/5.0 (compatible; Embedly/0.2; +http://support.embed.ly/)', PREVIEW],
  ['BingPreview', 'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/534+ (KHTML, like Gecko) BingPreview/1.0b', PREVIEW],
  ['Apple Messages combined UA', APPLE_MESSAGES_PREVIEW, PREVIEW],
  ['Teams/Outlook MicrosoftPreview', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0 MicrosoftPreview/2.0 +https://aka.ms/MicrosoftPreview', PREVIEW],
  ['Mastodon card fetcher', 'http.rb/5.1.1 (Mastodon/4.2.0; +https://mastodon.social/)', PREVIEW],
  // Other bots
  ['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', BOT],
  ['curl', 'curl/8.0.1', BOT],
  ['python-requests', 'python-requests/2.31.0', BOT],
  ['headless Chrome', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36', BOT],
  ['empty UA', '', { ...BOT, device: 'other', os: null, browser: null }],
  ['whitespace UA', '   ', { ...BOT, device: 'other' }],
];

describe('classifyUserAgent', () => {
  it.each(rows)('%s', (_label, ua, expected) => {
    expect(classifyUserAgent(ua)).toMatchObject(expected);
  });

  it('treats a missing header like an empty one', () => {
    expect(classifyUserAgent(undefined)).toEqual({ bot: true, preview: false, device: 'other', os: null, browser: null });
    expect(classifyUserAgent(null).bot).toBe(true);
  });

  it('bounds hostile input: a 1 MB UA is classified from its first 512 characters only, without throwing', () => {
    // The parsers see at most 512 characters, so a ReDoS pattern cannot get a long input. Shown by
    // what is classified, not by how long it took (a timing bound depends on the machine: issue 14).
    const huge = `${IPHONE_SAFARI} ${'(a'.repeat(500_000)}`;
    const visitor = classifyUserAgent(huge);
    expect(visitor).toMatchObject({ device: 'mobile', os: 'iOS' });
    expect(visitor).toEqual(classifyUserAgent(huge.slice(0, 512)));
    // A bot marker past the cut is not read.
    const padded = `${IPHONE_SAFARI} ${'x'.repeat(600)} Googlebot/2.1`;
    expect(classifyUserAgent(padded).bot).toBe(false);
    expect(classifyUserAgent(padded.slice(-200)).bot).toBe(true);
  });

  it('never throws on control characters or odd bytes', () => {
    expect(() => classifyUserAgent('Mozilla/5.0\r\nX-Injected: 1\u0000\uD800')).not.toThrow();
  });

  it('returns a plain serialisable object', () => {
    const v = classifyUserAgent(IPHONE_SAFARI);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});
