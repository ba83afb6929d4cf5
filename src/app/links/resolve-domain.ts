import { AppError } from '../../core/errors.js';
import { canonicalHostname } from '../../core/hostname.js';
import type { AppContext } from '../context.js';

/**
 * The stored form of a domain someone names: `''` for the default domain (PUBLIC_URL's host, in
 * any spelling, with or without its port), else the canonical hostname; null when it is no
 * hostname at all.
 */
export function linkDomainOf(ctx: Pick<AppContext, 'config'>, name: string): string | null {
  const checked = canonicalHostname(name, { allowPort: true });
  if (!checked.ok) return null;
  return checked.hostname === ctx.config.defaultHostname ? '' : checked.hostname;
}

/**
 * Map a client's `domain` to what links store: `''` for the default domain (absent, or the host
 * of PUBLIC_URL), else a hostname registered in the caller's workspace.
 */
export function resolveLinkDomain(ctx: AppContext, workspaceId: string, domain: string | undefined): string {
  if (domain === undefined || domain === '') return '';
  const host = linkDomainOf(ctx, domain);
  if (host === '') return '';
  const registered = host ? ctx.domains.lookup(host) : null;
  if (!registered || registered.workspaceId !== workspaceId) {
    throw new AppError('DOMAIN_UNKNOWN', `The domain ${JSON.stringify(domain)} is not registered in this workspace.`, { field: 'domain' });
  }
  return registered.hostname;
}

/** The hostname a stored domain stands for: `''` is the default domain (the host of PUBLIC_URL). */
export function domainHost(ctx: AppContext, domain: string): string {
  return domain === '' ? ctx.config.defaultHost : domain;
}

export function shortUrl(ctx: AppContext, domain: string, slug: string): string {
  if (domain === '') return `${ctx.config.publicUrl}/${slug}`;
  const scheme = new URL(ctx.config.publicUrl).protocol;
  return `${scheme}//${domain}/${slug}`;
}
