import type { Domain } from '../../core/domain.js';
import { canonicalHostname } from '../../core/hostname.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation } from '../../storage/constraint-error.js';
import type { AppContext } from '../context.js';
import { safeUrlOrThrow } from '../safe-url.js';
import { domainsChanged } from '../redirect/cache-invalidation.js';
import { checkBlocklistOrThrow } from '../links/destination-blocklist.js';

export interface DomainInput {
  hostname: string;
  notFoundUrl?: string | null;
  rootUrl?: string | null;
}

/** A token the domain must serve back (`/_r/domain-check`) to prove it reaches this Ricochet. */
function verifyToken(ctx: AppContext): string {
  return `rcv_${Buffer.from(ctx.random.bytes(18)).toString('base64url')}`;
}

/**
 * Register a custom domain. Hostnames are global and canonical (src/core/hostname.ts): one name
 * belongs to one workspace in every spelling, a port is refused, and the default domain
 * (PUBLIC_URL's host) cannot be claimed in any spelling. It starts unverified.
 */
export async function createDomain(ctx: AppContext, workspaceId: string, input: DomainInput): Promise<Domain> {
  const checked = canonicalHostname(input.hostname);
  if (!checked.ok) throw new AppError('DOMAIN_INVALID', checked.message, { field: 'hostname', reason: checked.problem });
  const hostname = checked.hostname;
  if (hostname === ctx.config.defaultHostname) throw new AppError('DOMAIN_TAKEN', 'This is the default domain.', { field: 'hostname' });
  const now = ctx.clock.now();
  const domain: Domain = {
    id: newId('domain', now, ctx.random),
    workspaceId,
    hostname,
    notFoundUrl: pageUrl(ctx, 'notFoundUrl', input.notFoundUrl),
    rootUrl: pageUrl(ctx, 'rootUrl', input.rootUrl),
    verifyToken: verifyToken(ctx),
    verifiedAt: null,
    checkedAt: null,
    checkError: null,
    createdAt: now,
  };
  try {
    await ctx.stores.domains.insert(domain);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DOMAIN_TAKEN', undefined, { field: 'hostname' });
    throw error;
  }
  await domainsChanged(ctx);
  return domain;
}

/** A page the domain sends visitors to: safe, and not on DESTINATION_BLOCKLIST. */
function pageUrl(ctx: AppContext, field: string, url: string | null | undefined): string | null {
  if (!url) return null;
  const safe = safeUrlOrThrow(field, url);
  checkBlocklistOrThrow(ctx.blocklist, [[field, safe]]);
  return safe;
}

/**
 * Change where unknown slugs (`notFoundUrl`) and the bare domain (`rootUrl`) go; absent fields
 * stay, `null` clears. The hostname itself is fixed: delete and re-add.
 */
export async function updateDomain(ctx: AppContext, workspaceId: string, id: string, patch: { notFoundUrl?: string | null; rootUrl?: string | null }): Promise<Domain> {
  const current = await getDomainOrThrow(ctx, workspaceId, id);
  const next = {
    notFoundUrl: patch.notFoundUrl === undefined ? current.notFoundUrl : pageUrl(ctx, 'notFoundUrl', patch.notFoundUrl),
    rootUrl: patch.rootUrl === undefined ? current.rootUrl : pageUrl(ctx, 'rootUrl', patch.rootUrl),
  };
  if (next.notFoundUrl === current.notFoundUrl && next.rootUrl === current.rootUrl) return current;
  if (!(await ctx.stores.domains.updatePages(workspaceId, id, next))) throw new AppError('DOMAIN_NOT_FOUND');
  await domainsChanged(ctx);
  return { ...current, ...next };
}

export async function getDomainOrThrow(ctx: AppContext, workspaceId: string, id: string): Promise<Domain> {
  const domain = await ctx.stores.domains.get(workspaceId, id);
  if (!domain) throw new AppError('DOMAIN_NOT_FOUND');
  return domain;
}

export async function deleteDomain(ctx: AppContext, workspaceId: string, id: string): Promise<void> {
  const result = await ctx.stores.domains.deleteUnlessUsed(workspaceId, id);
  if (result === 'not_found') throw new AppError('DOMAIN_NOT_FOUND');
  if (result === 'in_use') throw new AppError('DOMAIN_IN_USE');
  await domainsChanged(ctx);
}
