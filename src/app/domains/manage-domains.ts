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
}

/**
 * Register a custom domain. Hostnames are global and canonical (src/core/hostname.ts): one name
 * belongs to one workspace in every spelling, a port is refused, and the default domain
 * (PUBLIC_URL's host) cannot be claimed in any spelling.
 */
export async function createDomain(ctx: AppContext, workspaceId: string, input: DomainInput): Promise<Domain> {
  const checked = canonicalHostname(input.hostname);
  if (!checked.ok) throw new AppError('DOMAIN_INVALID', checked.message, { field: 'hostname', reason: checked.problem });
  const hostname = checked.hostname;
  if (hostname === ctx.config.defaultHostname) throw new AppError('DOMAIN_TAKEN', 'This is the default domain.', { field: 'hostname' });
  const notFoundUrl = checkNotFoundUrl(ctx, input.notFoundUrl);
  const now = ctx.clock.now();
  const domain: Domain = { id: newId('domain', now, ctx.random), workspaceId, hostname, notFoundUrl, createdAt: now };
  try {
    await ctx.stores.domains.insert(domain);
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('DOMAIN_TAKEN', undefined, { field: 'hostname' });
    throw error;
  }
  await domainsChanged(ctx);
  return domain;
}

function checkNotFoundUrl(ctx: AppContext, url: string | null | undefined): string | null {
  if (!url) return null;
  const safe = safeUrlOrThrow('notFoundUrl', url);
  checkBlocklistOrThrow(ctx.blocklist, [['notFoundUrl', safe]]);
  return safe;
}

/** Change where unknown slugs on the domain go (the hostname itself is fixed: delete and re-add). */
export async function updateDomain(ctx: AppContext, workspaceId: string, id: string, patch: { notFoundUrl?: string | null }): Promise<Domain> {
  const current = await getDomainOrThrow(ctx, workspaceId, id);
  if (patch.notFoundUrl === undefined) return current;
  const notFoundUrl = checkNotFoundUrl(ctx, patch.notFoundUrl);
  if (!(await ctx.stores.domains.updateNotFoundUrl(workspaceId, id, notFoundUrl))) throw new AppError('DOMAIN_NOT_FOUND');
  await domainsChanged(ctx);
  return { ...current, notFoundUrl };
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
