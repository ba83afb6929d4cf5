import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../../app/context.js';
import type { Metrics } from '../../app/metrics.js';
import { verifyPassword } from '../../app/password.js';
import type { CachedLink } from '../../app/redirect/link-cache.js';
import { readTcfSignal } from '../../app/consent/tcf.js';
import type { CountryLookup } from '../../app/geo/country-lookup.js';
import { newId } from '../../core/ids.js';
import { decide, type PasswordState } from '../../core/redirect/decide.js';
import type { Visitor } from '../../core/request/visitor.js';
import type { ClickRecorder } from '../../ingest/click-recorder.js';
import { badRequestPage } from './pages.js';
import { notFound, respond, sendPage } from './respond.js';
import { readPasswordForm } from './read-form.js';
import { requestFacts, clientIp } from './request-facts.js';
import { parseRequestTarget } from './request-target.js';
import { requestHost } from './request-host.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export interface RedirectDeps {
  ctx: AppContext;
  lookupCountry: CountryLookup;
  classify: (userAgent: string) => Visitor;
  recorder: ClickRecorder;
  metrics: Metrics;
  /** dist/public/interstitial.js, inlined into every interstitial with a fresh nonce. */
  interstitialScript: string;
}

/**
 * `GET|HEAD /:slug` (and `POST` for the password form) on raw `node:http`, outside the API
 * framework: this is the hot path (docs/architecture.md). A cache hit is answered synchronously from
 * memory; the click is recorded after the response is written, into the in-memory buffer.
 */
export function createRedirectHandler(deps: RedirectDeps): NodeHandler {
  const { ctx, metrics } = deps;
  const { config, linkCache, domains } = ctx;

  return (req, res) => {
    const target = parseRequestTarget(req.url ?? '/');
    if (target.kind === 'too_long') return sendPage(res, 414, badRequestPage());
    if (target.kind === 'bad_request') return sendPage(res, 400, badRequestPage());
    const host = requestHost(req, config.trustProxy);
    const domain = domains.lookup(host);
    if (target.kind === 'not_found') {
      metrics.redirects.inc('not_found');
      deps.recorder.drop('not_found');
      return notFound(res, domain?.notFoundUrl ?? null);
    }

    const domainKey = domain?.hostname ?? '';
    const handle = (cached: CachedLink | null, password: PasswordState) => {
      if (!cached) {
        metrics.redirects.inc('not_found');
        deps.recorder.drop('not_found');
        return notFound(res, domain?.notFoundUrl ?? null);
      }
      const ip = clientIp(req, config.trustProxy);
      const facts = requestFacts(req, host, `/${target.slug}`, target.query, deps.lookupCountry(ip, req.headers), config.trustProxy);
      const visitor = deps.classify(facts.userAgent);
      const now = ctx.clock.now();
      const decision = decide({
        link: cached.resolved,
        domain: { notFoundUrl: domain?.notFoundUrl ?? null },
        facts,
        visitor,
        // Only consent reads it, and consent is decided only for links with pixels.
        tcf: cached.resolved.pixels.length > 0 ? readTcfSignal(facts.query) : null,
        now,
        clicksSoFar: cached.storedClicks + cached.localClicks,
        password,
      });
      const clickId = newId('click', now, ctx.random);
      respond(deps, req, res, decision, clickId, cached, facts.scheme === 'https', facts.query);
      metrics.redirects.inc(decision.kind === 'redirect' ? `redirect_${decision.why}` : decision.kind);

      if (decision.record.as === 'none') return deps.recorder.drop(decision.record.reason);
      if (decision.record.as === 'human') cached.localClicks++;
      deps.recorder.record({ id: clickId, at: now, resolved: cached.resolved, facts, visitor, ip, record: decision.record });
    };

    const fail = (error: unknown) => {
      ctx.log.error({ err: error }, 'link lookup failed');
      if (!res.headersSent) sendPage(res, 503, badRequestPage());
    };

    if (req.method === 'POST') {
      // The password form posts back here; anything else is not ours to accept.
      linkCache
        .resolve(domainKey, target.slug)
        .then(async (cached) => {
          const given = await readPasswordForm(req);
          const hash = cached?.resolved.link.passwordHash;
          const state: PasswordState = !hash ? 'ok' : given && (await verifyPassword(given, hash)) ? 'ok' : 'wrong';
          handle(cached, state);
        })
        .catch(fail);
      return;
    }

    const hit = linkCache.peek(domainKey, target.slug);
    if (hit !== undefined) return handle(hit, 'none');
    linkCache.resolve(domainKey, target.slug).then((cached) => handle(cached, 'none'), fail);
  };
}
