import type { Domain } from '../../core/domain.js';
import type { AppContext } from '../context.js';
import type { DnsAnswer, DomainProbe } from './domain-probe.js';
import { getDomainOrThrow } from './manage-domains.js';

/** The path every Ricochet answers on any of its domains with that domain's token (src/http/domain-check.ts). */
export const DOMAIN_CHECK_PATH = '/_r/domain-check';

export interface DomainCheck {
  domain: Domain;
  dns: DnsAnswer;
}

/**
 * Verify a custom domain: a request to `http(s)://<hostname>/_r/domain-check?token=…` must reach
 * this Ricochet (any node of it) and come back with the domain's token. That proves the DNS (and
 * any proxy in front) sends the domain's visitors here, which a DNS lookup alone cannot. The
 * outcome is stored (verified since, or why not) and DNS answers are returned to help fix it.
 */
export async function checkDomain(ctx: AppContext, probe: DomainProbe, workspaceId: string, id: string): Promise<DomainCheck> {
  const domain = await getDomainOrThrow(ctx, workspaceId, id);
  const host = domain.hostname;
  const [answer, result] = await Promise.all([probe.dns(host), probe.get(host, `${DOMAIN_CHECK_PATH}?token=${encodeURIComponent(domain.verifyToken)}`)]);
  let error: string | null = null;
  if ('error' in result) {
    error =
      answer.cname.length === 0 && answer.addresses.length === 0
        ? `${host} does not resolve yet (no CNAME, A or AAAA record): add the DNS record shown here; changes can take a while to spread.`
        : `${host} resolves (${[...answer.cname, ...answer.addresses].join(', ')}) but no connection could be made (${result.error}): check that it points at this server and that ports 80/443 are open.`;
  } else if (result.status !== 200 || result.body.trim() !== domain.verifyToken) {
    error = `${host} answered, but not as this Ricochet (HTTP ${result.status} at ${DOMAIN_CHECK_PATH}): it points at another server, or a proxy in front does not pass requests on.`;
  }
  const now = ctx.clock.now();
  const verifiedAt = error ? null : (domain.verifiedAt ?? now);
  await ctx.stores.domains.recordCheck(workspaceId, id, { checkedAt: now, verifiedAt, error });
  return { domain: { ...domain, checkedAt: now, verifiedAt, checkError: error }, dns: answer };
}
