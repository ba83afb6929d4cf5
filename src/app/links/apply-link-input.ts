import { DEFAULT_EVENT_NAME, type Link } from '../../core/link.js';
import { AppError } from '../../core/errors.js';
import { UTM_FIELDS, withUtm, type UtmPatch } from '../../core/link-utm.js';
import { checkCustomSlug } from '../../core/slug.js';
import { safeUrlOrThrow } from '../safe-url.js';
import type { AppContext } from '../context.js';
import { hashPassword } from '../password.js';
import { checkBlocklistOrThrow, linkDestinations } from './destination-blocklist.js';
import { checkLinkUrls } from './check-link-urls.js';
import type { LinkPatch } from './link-input.js';
import { resolveLinkDomain } from './resolve-domain.js';

const ALL_UTM_REMOVED: UtmPatch = Object.fromEntries(UTM_FIELDS.map((f) => [f, null]));

/**
 * Validate a create or update request against the workspace and fold it into a link.
 * `base` is the stored link on update, or a fresh link with defaults on create. Throws
 * `AppError` for the first problem found; touches no rows (reads pixels only).
 */
export async function applyLinkInput(ctx: AppContext, base: Link, patch: LinkPatch): Promise<Link> {
  const urls = checkLinkUrls(patch);
  const next: Link = { ...base };

  if (patch.url !== undefined) next.url = urls.get('url') ?? patch.url;
  if (patch.utm !== undefined) next.url = safeUrlOrThrow('utm', withUtm(next.url, patch.utm ?? ALL_UTM_REMOVED));
  if (patch.externalId !== undefined) next.externalId = patch.externalId;
  if (patch.domain !== undefined) next.domain = resolveLinkDomain(ctx, base.workspaceId, patch.domain);
  if (patch.slug !== undefined) {
    const problem = checkCustomSlug(patch.slug);
    if (problem) throw new AppError(problem, undefined, { field: 'slug' });
    next.slug = patch.slug;
  }
  if (patch.title !== undefined) next.title = patch.title;
  if (patch.tags !== undefined) next.tags = [...new Set(patch.tags.map((t) => t.trim()).filter((t) => t.length > 0))];
  if (patch.pixelIds !== undefined) {
    const wanted = [...new Set(patch.pixelIds)];
    const found = await ctx.stores.pixels.existing(base.workspaceId, wanted);
    const missing = wanted.filter((id) => !found.has(id));
    if (missing.length > 0) throw new AppError('PIXEL_UNKNOWN', undefined, { field: 'pixelIds', pixelIds: missing });
    next.pixelIds = wanted;
  }
  if (patch.redirectType !== undefined) next.redirectType = patch.redirectType;
  if (patch.forwardQuery !== undefined) next.forwardQuery = patch.forwardQuery;
  if (patch.expiresAt !== undefined) next.expiresAt = patch.expiresAt === null ? null : Date.parse(patch.expiresAt);
  if (patch.expiredUrl !== undefined) next.expiredUrl = patch.expiredUrl === null ? null : (urls.get('expiredUrl') ?? null);
  if (patch.maxClicks !== undefined) next.maxClicks = patch.maxClicks;
  if (patch.limitUrl !== undefined) next.limitUrl = patch.limitUrl === null ? null : (urls.get('limitUrl') ?? null);
  if (patch.password !== undefined) next.passwordHash = patch.password === null ? null : await hashPassword(ctx.passwords.hasher, patch.password);
  if (patch.rules !== undefined) next.rules = patch.rules.map((r, i) => ({ when: r.when, url: urls.get(`rules[${i}].url`) ?? r.url }));
  if (patch.consent !== undefined) next.consent = patch.consent === null || Object.keys(patch.consent).length === 0 ? null : patch.consent;
  if (patch.event !== undefined) {
    next.event = patch.event === null ? null : { name: patch.event.name ?? DEFAULT_EVENT_NAME, params: patch.event.params ?? {} };
  }
  if (patch.og !== undefined) {
    next.og = patch.og === null ? null : { ...patch.og, ...(patch.og.image ? { image: urls.get('og.image') ?? patch.og.image } : {}) };
  }
  if (patch.serverOnly !== undefined) next.serverOnly = patch.serverOnly;
  if (patch.conversionTracking !== undefined) next.conversionTracking = patch.conversionTracking;
  // Every destination, the kept ones too: a link cannot be saved pointing to a blocked host.
  checkBlocklistOrThrow(ctx.blocklist, linkDestinations(next));
  next.updatedAt = ctx.clock.now();
  return next;
}
