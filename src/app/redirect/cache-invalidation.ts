import type { AppContext } from '../context.js';

/**
 * Every write that changes what a redirect does goes through here: the local caches are fixed
 * at once and the other nodes hear about it on the change feed (docs/architecture.md).
 * Messages: `{"link":[domain, slug]}` (JSON: PostgreSQL refuses NUL in a payload), `links`
 * (all links: a pixel or workspace changed), `domains`, `{"lockout":[linkId, until]}` (a link's
 * password form locked until `until`, or unlocked with 0: src/app/links/password-guard.ts),
 * `pixel_servers` (a pixel's server-side setup: the click writer re-reads them).
 */
export function linkChanged(ctx: AppContext, domain: string, slug: string): void {
  ctx.linkCache.invalidate(domain, slug);
  ctx.changes.publish(JSON.stringify({ link: [domain, slug] }));
}

export function allLinksChanged(ctx: AppContext): void {
  ctx.linkCache.clear();
  ctx.changes.publish('links');
}

export async function domainsChanged(ctx: AppContext): Promise<void> {
  await ctx.domains.refresh();
  ctx.changes.publish('domains');
}

export async function serverSetupsChanged(ctx: AppContext): Promise<void> {
  ctx.changes.publish('pixel_servers');
  await ctx.serverSetupsChanged();
}

/** Apply a message from another node. */
export function applyChange(ctx: AppContext, message: string): void {
  if (message === 'pixel_servers') {
    ctx.serverSetupsChanged().catch((error: unknown) => ctx.log.warn({ err: error }, 'server setup refresh failed'));
    return;
  }
  if (message === 'links') return ctx.linkCache.clear();
  if (message === 'domains') {
    ctx.domains.refresh().catch((error: unknown) => ctx.log.warn({ err: error }, 'domain refresh failed'));
    return;
  }
  try {
    const parsed = JSON.parse(message) as { link?: unknown; lockout?: unknown };
    const [domain, slug] = Array.isArray(parsed.link) ? parsed.link : [];
    if (typeof domain === 'string' && typeof slug === 'string') ctx.linkCache.invalidate(domain, slug);
    const [linkId, until] = Array.isArray(parsed.lockout) ? parsed.lockout : [];
    if (typeof linkId === 'string' && typeof until === 'number') ctx.passwords.guard.apply(linkId, until);
  } catch {
    ctx.log.warn('change feed: unreadable message ignored');
  }
}
