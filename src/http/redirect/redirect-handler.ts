import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AppContext } from '../../app/context.js';
import type { Metrics } from '../../app/metrics.js';
import { verifyPassword } from '../../app/password.js';
import type { CachedLink } from '../../app/redirect/link-cache.js';
import { readTcfSignal } from '../../app/consent/tcf.js';
import type { CountryLookup } from '../../app/geo/country-lookup.js';
import { newId } from '../../core/ids.js';
import { utmOf } from '../../core/clicks/query-facts.js';
import { CONSENT_COOKIE_MAX_AGE_S, CONSENT_COOKIE_NAME } from '../../core/consent/cookie.js';
import { audienceEvent } from '../../core/redirect/audience-event.js';
import { decide, type PasswordState } from '../../core/redirect/decide.js';
import type { Decision } from '../../core/redirect/decision.js';
import type { Visitor } from '../../core/request/visitor.js';
import type { ClickRecorder } from '../../ingest/click-recorder.js';
import { EN_STRINGS, renderInterstitial } from '../interstitial/render-page.js';
import { badRequestPage, expiredPage, limitReachedPage, notFoundPage, PAGE_CSP, passwordPage } from './pages.js';
import { previewPage } from './preview-page.js';
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

export const BEACON_PATH = '/_r/beacon';

const DIRECT_HEADERS = { 'cache-control': 'private, max-age=0' } as const;

/**
 * `GET|HEAD /:slug` (and `POST` for the password form) on raw `node:http`, outside the API
 * framework: this is the hot path (DESIGN.md §2). A cache hit is answered synchronously from
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
      return notFound(res, domain?.notFoundUrl ?? null);
    }

    const domainKey = domain?.hostname ?? '';
    const handle = (cached: CachedLink | null, password: PasswordState) => {
      if (!cached) {
        metrics.redirects.inc('not_found');
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
        tcf: readTcfSignal(facts.query),
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

function respond(
  deps: RedirectDeps,
  req: IncomingMessage,
  res: ServerResponse,
  decision: Decision,
  clickId: string,
  cached: CachedLink,
  secure: boolean,
  query: string,
): void {
  switch (decision.kind) {
    case 'redirect': {
      // After the password form (a POST) the browser must GET the destination: 303, because a
      // 307/308 would re-send the password to a third party.
      res.writeHead(req.method === 'POST' ? 303 : decision.status, { location: decision.location, ...DIRECT_HEADERS });
      res.end();
      return;
    }
    case 'interstitial': {
      const nonce = randomBytes(16).toString('base64');
      const { link } = cached.resolved;
      const { html, csp } = renderInterstitial({
        nonce,
        script: deps.interstitialScript,
        destination: decision.destination,
        timeoutMs: deps.ctx.config.pixelTimeoutMs,
        clickId,
        pixels: decision.prompt ? [...decision.pixels, ...decision.askPixels] : decision.pixels,
        event: audienceEvent(link, utmOf(query)),
        googleConsent: decision.googleConsent,
        beaconUrl: BEACON_PATH,
        prompt: decision.prompt
          ? {
              privacyPolicyUrl: cached.resolved.workspace.privacyPolicyUrl,
              cookieName: CONSENT_COOKIE_NAME,
              cookieMaxAgeSeconds: CONSENT_COOKIE_MAX_AGE_S,
              secure,
              strings: EN_STRINGS,
            }
          : null,
        lang: 'en',
      });
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'x-robots-tag': 'noindex',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'content-security-policy': csp,
      });
      res.end(req.method === 'HEAD' ? undefined : html);
      return;
    }
    case 'preview':
      return sendPage(res, 200, previewPage(decision.og, decision.destination));
    case 'password':
      return sendPage(res, decision.status, passwordPage(req.url ?? '/', decision.wrong));
    case 'expired':
    case 'limit_reached':
    case 'not_found':
      if (decision.location) {
        res.writeHead(302, { location: decision.location, ...DIRECT_HEADERS });
        res.end();
        return;
      }
      return sendPage(res, decision.status, decision.kind === 'expired' ? expiredPage() : decision.kind === 'limit_reached' ? limitReachedPage() : notFoundPage());
    case 'prefetch_declined':
      res.writeHead(503, { 'cache-control': 'no-store', 'content-length': '0' });
      res.end();
      return;
  }
}

function notFound(res: ServerResponse, notFoundUrl: string | null): void {
  if (notFoundUrl) {
    res.writeHead(302, { location: notFoundUrl, ...DIRECT_HEADERS });
    res.end();
    return;
  }
  sendPage(res, 404, notFoundPage());
}

export function sendPage(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'content-security-policy': PAGE_CSP,
    'x-robots-tag': 'noindex',
  });
  res.end(res.req.method === 'HEAD' ? undefined : html);
}
