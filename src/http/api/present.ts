/**
 * Domain objects → API JSON. Written field by field on purpose: only what is listed here ever
 * leaves the server (no password hashes, no key hashes), and times become ISO strings.
 */
import type { z } from '@hono/zod-openapi';
import type { AppContext } from '../../app/context.js';
import { domainHost, shortUrl } from '../../app/links/resolve-domain.js';
import type { ApiKey } from '../../core/api-key.js';
import type { Domain } from '../../core/domain.js';
import { utmOf } from '../../core/link-utm.js';
import type { Pixel } from '../../core/pixel.js';
import type { Role } from '../../core/roles.js';
import type { Workspace } from '../../core/workspace.js';
import type { StoredLink } from '../../storage/link-store.js';
import type { ApiKeyResponse } from './schemas/api-key-schemas.js';
import type { DomainResponse } from './schemas/domain-schemas.js';
import type { LinkResponse } from './schemas/link-schemas.js';
import type { PixelResponse } from './schemas/pixel-schemas.js';
import type { WorkspaceResponse } from './schemas/workspace-schemas.js';
import type { EndpointView } from '../../app/webhooks/manage-webhooks.js';
import type { LogEntry } from '../../storage/webhook-log-store.js';
import type { WebhookDelivery, WebhookResponse } from './schemas/webhook-schemas.js';

const iso = (ms: number) => new Date(ms).toISOString();
const isoOrNull = (ms: number | null) => (ms === null ? null : iso(ms));

export function presentLink(ctx: AppContext, link: StoredLink): z.infer<typeof LinkResponse> {
  return {
    id: link.id,
    url: link.url,
    slug: link.slug,
    domain: domainHost(ctx, link.domain),
    shortUrl: shortUrl(ctx, link.domain, link.slug),
    externalId: link.externalId,
    title: link.title,
    tags: link.tags,
    folderId: link.folderId,
    pixelIds: link.pixelIds,
    utm: utmOf(link.url),
    redirectType: link.redirectType,
    forwardQuery: link.forwardQuery,
    expiresAt: isoOrNull(link.expiresAt),
    expiredUrl: link.expiredUrl,
    maxClicks: link.maxClicks,
    limitUrl: link.limitUrl,
    hasPassword: link.passwordHash !== null,
    rules: link.rules,
    consent: link.consent,
    event: link.event,
    og: link.og,
    serverOnly: link.serverOnly,
    conversionTracking: link.conversionTracking,
    humanClicks: link.clicks,
    clicks: link.clicks,
    createdAt: iso(link.createdAt),
    updatedAt: iso(link.updatedAt),
  };
}

export function presentPixel(pixel: Pixel, warnings: string[]): z.infer<typeof PixelResponse> {
  return {
    id: pixel.id,
    platform: pixel.platform,
    tagId: pixel.tagId,
    name: pixel.name,
    isDefault: pixel.isDefault,
    warnings,
    createdAt: iso(pixel.createdAt),
    updatedAt: iso(pixel.updatedAt),
  };
}

/** The DNS record a domain needs: a CNAME to the default domain's host, or an A record when that host is an IP address. */
function dnsRecord(ctx: AppContext, hostname: string): { type: 'CNAME' | 'A'; name: string; value: string } {
  const target = new URL(ctx.config.publicUrl).hostname.replace(/^\[|\]$/g, '');
  const isIp = /^[\d.]+$/.test(target) || target.includes(':');
  return { type: isIp ? 'A' : 'CNAME', name: hostname.split(':')[0] as string, value: target };
}

export function presentDomain(ctx: AppContext, domain: Domain): z.infer<typeof DomainResponse> {
  const status = domain.checkedAt === null ? 'pending' : domain.verifiedAt !== null && domain.checkError === null ? 'verified' : 'failed';
  return {
    id: domain.id,
    hostname: domain.hostname,
    notFoundUrl: domain.notFoundUrl,
    rootUrl: domain.rootUrl,
    verification: {
      status,
      token: domain.verifyToken,
      checkedAt: isoOrNull(domain.checkedAt),
      verifiedAt: isoOrNull(domain.verifiedAt),
      error: domain.checkError,
      dnsRecord: dnsRecord(ctx, domain.hostname),
    },
    createdAt: iso(domain.createdAt),
  };
}

export function presentApiKey(key: ApiKey): z.infer<typeof ApiKeyResponse> {
  return {
    id: key.id,
    name: key.name,
    role: key.role,
    prefix: key.prefix,
    createdAt: iso(key.createdAt),
    lastUsedAt: isoOrNull(key.lastUsedAt),
  };
}

export function presentWorkspace(ctx: AppContext, w: Workspace, role: Role): z.infer<typeof WorkspaceResponse> {
  return {
    id: w.id,
    name: w.name,
    consent: w.consent,
    privacyPolicyUrl: w.privacyPolicyUrl,
    timeZone: w.timeZone,
    conversionTracking: w.conversionTracking,
    consentPrompt: { brandColor: w.brand.color, logoUrl: w.brand.logoUrl, language: w.brand.promptLanguage as z.infer<typeof WorkspaceResponse>['consentPrompt']['language'] },
    defaultDomain: ctx.config.defaultHost,
    role,
    createdAt: iso(w.createdAt),
    updatedAt: iso(w.updatedAt),
  };
}

export function presentWebhook(e: EndpointView): z.infer<typeof WebhookResponse> {
  return {
    id: e.id,
    url: e.url,
    description: e.description,
    events: e.events,
    filter: { linkIds: e.filter.linkIds, tags: e.filter.tags },
    enabled: e.enabled,
    disabledReason: e.disabledReason,
    disabledAt: isoOrNull(e.disabledAt),
    failingSince: isoOrNull(e.failingSince),
    secretHint: e.secret.hint,
    previousSecretExpiresAt: isoOrNull(e.secret.previousUntil),
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
  };
}

export function presentDelivery(entry: LogEntry): z.infer<typeof WebhookDelivery> {
  return {
    id: entry.id,
    messageId: entry.messageId,
    type: entry.type,
    trigger: entry.trigger,
    attempt: entry.attempt,
    outcome: entry.outcome,
    status: entry.status,
    latencyMs: entry.latencyMs,
    response: entry.response,
    error: entry.error,
    at: iso(entry.at),
  };
}
