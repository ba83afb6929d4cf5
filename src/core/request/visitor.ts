import { isbot } from 'isbot';
import UAParser from 'ua-parser-js';
import type { DeviceType } from '../link.js';
import { isLinkPreviewAgent } from './link-preview-agents.js';

/** What the user agent tells us about the visitor. A plain object: safe to log or store. */
export interface Visitor {
  /** Any automated client: crawlers, HTTP libraries, preview fetchers, an empty UA. */
  bot: boolean;
  /** A link-preview fetcher (implies `bot`). */
  preview: boolean;
  device: DeviceType;
  /** OS family as ua-parser-js 1.x names it (`iOS`, `Android`, `Windows`, `Mac OS`, `Linux`, …). */
  os: string | null;
  /** Browser family (`Chrome`, `Safari`, `Firefox`, `Edge`, `Facebook`, `Instagram`, …). */
  browser: string | null;
}

/**
 * Real UAs are a few hundred characters. Both libraries are regex-based, and ua-parser-js has had
 * ReDoS advisories (fixed in 1.0.33); cutting hostile input keeps the hot path's cost bounded.
 */
const MAX_UA_CHARS = 512;

/**
 * Classify a `User-Agent` header for the redirect decision and analytics (docs/architecture.md, docs/analytics.md).
 *
 * - `bot`: `isbot` 5's list, our link-preview list, or an empty UA (real browsers always send one).
 * - `device`: ua-parser-js device type mapped to ours. The parser reports a type only for
 *   non-desktop hardware, so "no type" on a recognised browser or OS means desktop; `console`,
 *   `smarttv`, `wearable`, `embedded`, `xr` and unrecognised clients are `other`. iPadOS 13+
 *   sends a Mac UA and so counts as desktop: indistinguishable on the server.
 * - `browser`: the parser's name with the `Mobile ` prefix dropped (`Mobile Safari` → `Safari`),
 *   so routing rules and stats need one name per family, as `RoutingRule.when.browser` documents.
 *
 * @example classifyUserAgent('Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) … Version/17.4 Mobile/15E148 Safari/604.1')
 *   // { bot: false, preview: false, device: 'mobile', os: 'iOS', browser: 'Safari' }
 * @example classifyUserAgent('facebookexternalhit/1.1').preview // true
 */
export function classifyUserAgent(userAgent: string | null | undefined): Visitor {
  const ua = typeof userAgent === 'string' ? userAgent.slice(0, MAX_UA_CHARS).trim() : '';
  if (ua === '') return { bot: true, preview: false, device: 'other', os: null, browser: null };
  const { bot, preview } = classifyBot(ua);
  const parsed = new UAParser(ua).getResult();
  const os = parsed.os.name ?? null;
  const browser = parsed.browser.name?.replace(/^Mobile /, '') ?? null;
  return { bot, preview, device: deviceType(parsed.device.type, os, browser), os, browser };
}

/**
 * Only what the redirect needs of every request (bot, link-preview fetcher), without parsing the
 * user agent's families: those are derived after answering, off the event loop, unless a link's
 * routing rules ask for them. `device`, `os` and `browser` are then unknown (`other`, null, null).
 */
export function classifyBot(userAgent: string): Visitor {
  const ua = userAgent.length > MAX_UA_CHARS ? userAgent.slice(0, MAX_UA_CHARS).trim() : userAgent.trim();
  if (ua === '') return { bot: true, preview: false, device: 'other', os: null, browser: null };
  const preview = isLinkPreviewAgent(ua);
  return { bot: preview || isbot(ua), preview, device: 'other', os: null, browser: null };
}

function deviceType(type: string | undefined, os: string | null, browser: string | null): DeviceType {
  if (type === 'mobile') return 'mobile';
  if (type === 'tablet') return 'tablet';
  if (type !== undefined) return 'other';
  // Phone OSes without a parsed device (odd in-app UAs such as `Linux; Android 9 … Snapchat`).
  if (os === 'Android' || os === 'iOS') return 'mobile';
  return os !== null || browser !== null ? 'desktop' : 'other';
}
