/**
 * What the `data` of each event holds (docs/webhooks.md; the JSON Schemas of the OpenAPI
 * document's `webhooks` section describe the same shapes). Times are ISO 8601 in UTC.
 */
import type { Conversion } from '../conversions/conversion.js';
import type { Click } from '../clicks/click.js';
import { clickIdNames } from '../clicks/query-facts.js';
import type { Link } from '../link.js';

/** `link.created`, `link.updated`: the link's identity and main fields (`GET /links/{id}` has all). */
export interface LinkEventData {
  id: string;
  externalId: string | null;
  /** The host the link lives on (the default domain's host for `''`). */
  domain: string;
  slug: string;
  shortUrl: string;
  url: string;
  title: string | null;
  tags: string[];
  pixelIds: string[];
  createdAt: string;
  updatedAt: string;
}

/** `link.deleted`: enough to find it in your own records. */
export interface LinkDeletedData {
  id: string;
  externalId: string | null;
  domain: string;
  slug: string;
  shortUrl: string;
  tags: string[];
  deletedAt: string;
}

const iso = (ms: number) => new Date(ms).toISOString();

export function linkEventData(link: Link, where: { domain: string; shortUrl: string }): LinkEventData {
  return {
    id: link.id,
    externalId: link.externalId,
    domain: where.domain,
    slug: link.slug,
    shortUrl: where.shortUrl,
    url: link.url,
    title: link.title,
    tags: link.tags,
    pixelIds: link.pixelIds,
    createdAt: iso(link.createdAt),
    updatedAt: iso(link.updatedAt),
  };
}

export function linkDeletedData(link: Link, where: { domain: string; shortUrl: string }, at: number): LinkDeletedData {
  return { id: link.id, externalId: link.externalId, domain: where.domain, slug: link.slug, shortUrl: where.shortUrl, tags: link.tags, deletedAt: iso(at) };
}

/**
 * One human click in a `click` event: the facts the stats are made of (docs/analytics.md), as
 * stored. No address, no user agent, no visitor value; click ids by name only.
 */
export interface ClickEventItem {
  id: string;
  linkId: string;
  at: string;
  country: string | null;
  device: string;
  os: string | null;
  browser: string | null;
  referrerHost: string | null;
  utm: { source: string | null; medium: string | null; campaign: string | null; term: string | null; content: string | null };
  /** Names of the ad click ids the visit carried (`gclid`, `fbclid`, …), never their values. */
  clickIds: string[];
  consent: string;
  /** Each pixel consent was decided for, and whether it fired (`fire`) or why not. */
  pixels: Array<{ id: string; outcome: string }>;
}

/** The stored facts of a click (a `Click` without what only ever lived in memory). */
export type StoredClickFacts = Omit<Click, 'address' | 'userAgent' | 'referer' | 'query' | 'country'> & { country: string | null };

export function clickEventItem(click: StoredClickFacts): ClickEventItem {
  const u = click.utm;
  return {
    id: click.id,
    linkId: click.linkId,
    at: iso(click.at),
    country: click.country,
    device: click.device,
    os: click.os,
    browser: click.browser,
    referrerHost: click.referrerHost,
    utm: { source: u.utm_source, medium: u.utm_medium, campaign: u.utm_campaign, term: u.utm_term, content: u.utm_content },
    clickIds: clickIdNames(click.clickIds),
    consent: click.consent,
    pixels: click.pixels.map((p) => ({ id: p.id, outcome: p.outcome })),
  };
}

/** `click`: the human clicks of one batch interval that the endpoint's filter lets through, oldest first. */
export interface ClickEventData {
  clicks: ClickEventItem[];
}

/**
 * `lead.created` and `sale.created`: a conversion tracked against a click (docs/conversions.md).
 * The customer's own id, never the hashed e-mail or phone the ad platforms get.
 */
export interface ConversionEventData {
  id: string;
  eventName: string;
  clickId: string;
  linkId: string;
  campaign: string | null;
  customerId: string;
  /** Sales: minor units (cents) and ISO 4217 code; null for leads. */
  amount: number | null;
  currency: string | null;
  invoiceId: string | null;
  createdAt: string;
}

export function conversionEventData(c: Conversion): ConversionEventData {
  return { id: c.id, eventName: c.eventName, clickId: c.clickId, linkId: c.linkId, campaign: c.campaign, customerId: c.customerId, amount: c.amount, currency: c.currency, invoiceId: c.invoiceId, createdAt: iso(c.at) };
}
