import { normaliseHostname, type Domain } from '../../core/domain.js';
import { AppError } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation } from '../../storage/constraint-error.js';
import type { AppContext } from '../context.js';
import { safeUrlOrThrow } from '../safe-url.js';
import { domainsChanged } from '../redirect/cache-invalidation.js';

export interface DomainInput {
  hostname: string;
  notFoundUrl?: string | null;
}

/**
 * Register a custom domain. Hostnames are global: one hostname belongs to one workspace,
 * and the default domain (PUBLIC_URL's host) cannot be claimed.
 */
export async function createDomain(ctx: AppContext, workspaceId: string, input: DomainInput): Promise<Domain> {
  const hostname = normaliseHostname(input.hostname);
  if (!hostname) throw new AppError('DOMAIN_INVALID', undefined, { field: 'hostname' });
  if (hostname === ctx.config.defaultHost) throw new AppError('DOMAIN_TAKEN', 'This is the default domain.', { field: 'hostname' });
  const notFoundUrl = checkNotFoundUrl(input.notFoundUrl);
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

function checkNotFoundUrl(url: string | null | undefined): string | null {
  return url ? safeUrlOrThrow('notFoundUrl', url) : null;
}

/** Change where unknown slugs on the domain go (the hostname itself is fixed: delete and re-add). */
export async function updateDomain(ctx: AppContext, workspaceId: string, id: string, patch: { notFoundUrl?: string | null }): Promise<Domain> {
  const current = await getDomainOrThrow(ctx, workspaceId, id);
  if (patch.notFoundUrl === undefined) return current;
  const notFoundUrl = checkNotFoundUrl(patch.notFoundUrl);
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
