import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../../app/context.js';
import type { Metrics } from '../../app/metrics.js';
import { verifyPassword } from '../../app/password.js';
import { AppError } from '../../core/errors.js';
import { requestHostname } from '../../core/hostname.js';
import { BODY_LIMITS, readBody, sendPayloadTooLarge } from '../body-limits.js';
import type { ProxyTrust } from '../proxy-trust.js';
import type { CachedLink } from '../../app/redirect/link-cache.js';
import type { VisitorClassifier } from '../../app/redirect/visitor-cache.js';
import { readTcfSignal } from '../../app/consent/tcf.js';
import type { CountryLookup } from '../../app/geo/country-lookup.js';
import type { DropReason } from '../../core/clicks/click.js';
import { newId } from '../../core/ids.js';
import { decide, notFound, type PasswordState } from '../../core/redirect/decide.js';
import { tagDestination } from '../../core/redirect/click-param.js';
import type { Decision } from '../../core/redirect/decision.js';
import type { ClickFacts } from '../../ingest/click-handover.js';
import { badRequest, buildResponse, type RedirectResponse } from './respond.js';
import { readPasswordForm } from './read-form.js';
import { requestFacts } from './request-facts.js';
import { parseRequestTarget } from './request-target.js';
import { requestHost } from './request-host.js';

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Where the redirect hands clicks over (ClickPipeline), and counts requests that are not clicks. */
export interface ClickRecorder {
  record(click: ClickFacts): void;
  drop(reason: DropReason): void;
}

export interface RedirectDeps {
  ctx: AppContext;
  lookupCountry: CountryLookup;
  classify: VisitorClassifier;
  recorder: ClickRecorder;
  metrics: Metrics;
  /** Which proxies' `X-Forwarded-*` are believed (TRUST_PROXY). */
  proxy: ProxyTrust;
  /** dist/public/interstitial.js, inlined into every interstitial with a fresh nonce. */
  interstitialScript: string;
}

const nonce = () => randomBytes(16).toString('base64');

/**
 * `GET|HEAD /:slug` (and `POST` for the password form) on raw `node:http`, outside the API
 * framework: this is the hot path (docs/architecture.md). On a cache hit the event loop does only the
 * host and slug lookup, the bot and prefetch class (from a cache), `decide`, the response, and
 * the append of the click's raw facts to the hand-over; everything else about the click is
 * derived by the click writer thread (src/ingest/click-ingest.ts).
 */
export function createRedirectHandler(deps: RedirectDeps): NodeHandler {
  const { ctx, metrics, recorder, proxy } = deps;
  const { config, linkCache, domains } = ctx;
  const interstitial = { script: deps.interstitialScript, timeoutMs: config.pixelTimeoutMs, nonce };
  const headerCountry = config.geoCountryHeader !== null;

  const send = (req: IncomingMessage, res: ServerResponse, response: RedirectResponse) => {
    res.writeHead(response.status, response.headers);
    res.end(response.body ?? undefined);
  };

  /** Every request ends here: one response, one redirect counter, one click recorded or dropped. */
  const finish = (req: IncomingMessage, res: ServerResponse, decision: Decision, response: RedirectResponse, click: ClickFacts | null) => {
    send(req, res, response);
    metrics.redirects.inc(decision.kind === 'redirect' ? `redirect_${decision.why}` : decision.kind);
    if (decision.record.as === 'none') recorder.drop(decision.record.reason);
    else if (click) recorder.record(click);
  };

  return (req, res) => {
    const url = req.url ?? '/';
    const target = parseRequestTarget(url);
    if (target.kind === 'too_long' || target.kind === 'bad_request') return send(req, res, badRequest(target.kind === 'too_long' ? 414 : 400, req.method ?? 'GET'));
    const host = requestHost(req, proxy);
    const domain = domains.lookup(requestHostname(host));
    const notFoundUrl = domain?.notFoundUrl ?? null;
    const method = req.method === 'HEAD' ? 'HEAD' : req.method === 'POST' ? 'POST' : 'GET';
    const slug = target.kind === 'slug' ? target.slug : '';
    const query = target.kind === 'slug' ? target.query : '';

    const handle = (cached: CachedLink | null, password: PasswordState, retryAfterSeconds = 0) => {
      if (!cached) {
        const decision = notFound(notFoundUrl);
        return finish(req, res, decision, buildResponse(decision, { method, url, secure: false, link: null, clickId: '', query: '', interstitial }), null);
      }
      const resolved = cached.resolved;
      const { link } = resolved;
      const rules = link.rules;
      const families = rules.length > 0 && rules.some((r) => r.when.device || r.when.os || r.when.browser);
      // The country only when the answer depends on it (consent for pixels, country rules), or
      // when a trusted header carries it; otherwise the writer looks the address up.
      const needsCountry = resolved.pixels.length > 0 || (rules.length > 0 && rules.some((r) => r.when.country));
      const ip = proxy.clientAddress(req);
      const country = needsCountry || headerCountry ? deps.lookupCountry(ip, req.headers) : undefined;
      const facts = requestFacts(req, host, `/${slug}`, query, country ?? null, proxy);
      const visitor = deps.classify(facts.userAgent, families);
      const now = ctx.clock.now();
      const decided = decide({
        link: resolved,
        domain: { notFoundUrl },
        facts,
        visitor,
        // Only consent reads it, and consent is decided only for links with pixels.
        tcf: resolved.pixels.length > 0 ? readTcfSignal(facts.query) : null,
        now,
        clicksSoFar: cached.storedClicks + cached.localClicks,
        password,
        retryAfterSeconds,
        blocked: cached.blocked,
      });
      // The click id is made here when the answer shows it: the interstitial (the pixels' dedup
      // key) or a link that tracks conversions (the destination gets it); the writer names the rest.
      const tracks = decided.record.as === 'human' && (link.conversionTracking ?? resolved.workspace.conversionTracking);
      const clickId = decided.kind === 'interstitial' || tracks ? newId('click', now, ctx.random) : '';
      const decision = tracks ? tagDestination(decided, clickId) : decided;
      const response = buildResponse(decision, { method, url, secure: facts.scheme === 'https', link: resolved, clickId, query, interstitial }, (error) =>
        ctx.log.error({ err: error, linkId: link.id }, 'interstitial not rendered; redirecting directly'),
      );
      const record = decision.record;
      if (record.as === 'human') cached.localClicks++;
      const click: ClickFacts | null =
        record.as === 'none'
          ? null
          : {
              id: clickId,
              at: now,
              workspaceId: resolved.workspace.id,
              linkId: link.id,
              bot: record.as === 'bot',
              consent: record.as === 'human' ? record.consent : 'bot',
              pixels: record.as === 'human' ? (record.pixels as ClickFacts['pixels']) : [],
              address: ip,
              userAgent: facts.userAgent,
              referer: facts.referer ?? '',
              query,
              country,
            };
      finish(req, res, decision, response, click);
    };

    const fail = (error: unknown) => {
      if (error instanceof AppError && error.code === 'PAYLOAD_TOO_LARGE') return sendPayloadTooLarge(res, BODY_LIMITS.passwordForm);
      if (!(error instanceof AppError)) ctx.log.error({ err: error }, 'link lookup failed');
      if (!res.headersSent) send(req, res, { ...badRequest(400, method), status: error instanceof AppError && error.status < 500 ? error.status : 503 });
    };

    if (target.kind === 'not_found') return handle(null, 'none');
    const domainKey = domain?.hostname ?? '';
    if (method === 'POST') {
      // The password form posts back here: at most BODY_LIMITS.passwordForm bytes are read, and
      // the attempt limits are checked before any hash is computed (docs/security.md).
      const { guard, hasher } = ctx.passwords;
      Promise.all([linkCache.resolve(domainKey, slug), readBody(req, BODY_LIMITS.passwordForm)])
        .then(async ([cached, body]) => {
          const link = cached?.resolved.link;
          const hash = link?.passwordHash;
          if (!link || !hash || cached.blocked) return handle(cached, 'ok');
          const client = proxy.clientAddress(req);
          const wait = guard.wait(link.id, client, ctx.clock.now());
          if (wait > 0) return handle(cached, 'throttled', wait);
          const given = readPasswordForm(body);
          if (given !== null && (await verifyPassword(hasher, given, hash))) return handle(cached, 'ok');
          guard.failed(link, client, ctx.clock.now());
          handle(cached, 'wrong');
        })
        .catch(fail);
      return;
    }
    const hit = linkCache.peek(domainKey, slug);
    if (hit !== undefined) return handle(hit, 'none');
    linkCache.resolve(domainKey, slug).then((cached) => handle(cached, 'none'), fail);
  };
}
