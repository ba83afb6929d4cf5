import type { ConsentOverride } from './consent/settings.js';

export const REDIRECT_TYPES = [301, 302, 307, 308] as const;
export type RedirectType = (typeof REDIRECT_TYPES)[number];

export const DEVICE_TYPES = ['desktop', 'mobile', 'tablet', 'other'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

/**
 * A routing rule: when every listed condition matches (each condition is "any of" its values),
 * the visitor goes to `url` instead of the link's main URL. First matching rule wins.
 */
export interface RoutingRule {
  when: {
    /** ISO 3166-1 alpha-2, upper case. */
    country?: string[];
    device?: DeviceType[];
    /** OS family as reported by the user-agent parser, e.g. `iOS`, `Android`, `Windows`, `Mac OS`. Case-insensitive. */
    os?: string[];
    /** Browser family, e.g. `Chrome`, `Safari`, `Firefox`, `Edge`. Case-insensitive. */
    browser?: string[];
    /** Language tags from Accept-Language; `en` matches `en-GB`, `pt-BR` matches only `pt-BR`. */
    language?: string[];
  };
  url: string;
}

/** The audience event fired on the interstitial besides `PageView`. */
export interface AudienceEvent {
  /** Default `ricochet_click`. */
  name: string;
  /** Extra parameters sent with the event (campaign, content category, offer, ...). */
  params: Record<string, string>;
}

/** Open Graph fields served to link-preview bots instead of a bare redirect. */
export interface OpenGraph {
  title?: string;
  description?: string;
  image?: string;
}

export interface Link {
  id: string;
  workspaceId: string;
  /** Hostname of a custom domain, or `''` for the default domain (the host of PUBLIC_URL). */
  domain: string;
  /** Case-sensitive. */
  slug: string;
  url: string;
  /** The client's own id (a CMS or CRM id), unique per workspace; null when not given. */
  externalId: string | null;
  title: string | null;
  tags: string[];
  pixelIds: string[];
  redirectType: RedirectType;
  forwardQuery: boolean;
  /** Epoch milliseconds. */
  expiresAt: number | null;
  expiredUrl: string | null;
  maxClicks: number | null;
  /** URL to send visitors to once `maxClicks` is reached; a page otherwise. */
  limitUrl: string | null;
  /** scrypt hash, never the password. */
  passwordHash: string | null;
  rules: RoutingRule[];
  consent: ConsentOverride | null;
  event: AudienceEvent | null;
  og: OpenGraph | null;
  /**
   * A plain redirect even when pixels may fire: no interstitial, the pixels' events go only as
   * server-side events (docs/conversions.md "Server-only links").
   */
  serverOnly: boolean;
  /** Append the click id to the destination for conversion tracking; null = the workspace's default. */
  conversionTracking: boolean | null;
  createdAt: number;
  updatedAt: number;
}

export const DEFAULT_EVENT_NAME = 'ricochet_click';

/**
 * A link with every option at its default (302, query forwarded, no expiry, no limit, no
 * password, no rules, workspace consent, default event) on the default domain; `slug` is filled
 * in by the caller. The one place these defaults are written down.
 * @example const link = { ...newLink('lnk_…', workspaceId, 'https://example.com/a', now), slug: 'a' };
 */
export function newLink(id: string, workspaceId: string, url: string, now: number): Link {
  return {
    id,
    workspaceId,
    domain: '',
    slug: '',
    url,
    externalId: null,
    title: null,
    tags: [],
    pixelIds: [],
    redirectType: 302,
    forwardQuery: true,
    expiresAt: null,
    expiredUrl: null,
    maxClicks: null,
    limitUrl: null,
    passwordHash: null,
    rules: [],
    consent: null,
    event: null,
    og: null,
    serverOnly: false,
    conversionTracking: null,
    createdAt: now,
    updatedAt: now,
  };
}
