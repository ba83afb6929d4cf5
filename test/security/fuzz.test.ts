/**
 * Issue 17, proof: property-based fuzzing of every API operation (generated from the OpenAPI
 * document) and of the redirect, consent, password and beacon paths, over real HTTP against real
 * databases. At least 10,000 generated requests per run (FUZZ_REQUESTS), and:
 * - no answer is a 5xx (503 only for a prefetch, which is its documented answer),
 * - nothing is thrown uncaught in the server process,
 * - every 4xx of the API, the beacon and any 413 is in the catalogue's shape, its status the
 *   code's; the redirect path's own 4xx are its small HTML pages, each with CSP, nosniff and a
 *   referrer policy,
 * - every API response is one its operation declares (the conformance recorder of the test server).
 * The sample is fixed by FUZZ_SEED (printed), so a failure can be replayed.
 */
import http from 'node:http';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_COOKIE_NAME } from '../../src/core/consent/cookie.js';
import { ERRORS } from '../../src/core/errors.js';
import { createLink, createPixel, freshSlug, keyWithRole, OWNER_KEY, testEngines } from '../api/helpers.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { schemaArbitrary } from './openapi-arbitrary.js';

const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const CONCURRENCY = 8;

interface FuzzRequest {
  kind: 'api' | 'redirect' | 'password' | 'beacon';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const UAS = [
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1',
  'Googlebot/2.1 (+http://www.google.com/bot.html)',
  'facebookexternalhit/1.1',
  'Slackbot-LinkExpanding 1.0',
  '',
  'x'.repeat(3000),
];

function send(base: string, agent: http.Agent, r: FuzzRequest): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method: r.method, path: r.path, headers: r.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

/** What one answer must look like; a string describing the problem, or null. */
function problemWith(r: FuzzRequest, res: { status: number; headers: http.IncomingHttpHeaders; body: string }): string | null {
  const prefetch = /prefetch|prerender/i.test(`${r.headers['sec-purpose'] ?? ''}${r.headers.purpose ?? ''}`);
  if (res.status >= 500) return res.status === 503 && prefetch && r.kind !== 'api' && r.kind !== 'beacon' ? null : `answered ${res.status}`;
  if (res.status < 400 || r.method === 'HEAD') return null;
  const type = String(res.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    let parsed: any;
    try {
      parsed = JSON.parse(res.body);
    } catch {
      return `${res.status} with a body that is not JSON`;
    }
    const code = parsed?.error?.code as keyof typeof ERRORS;
    if (!code || !(code in ERRORS) || typeof parsed.error.message !== 'string') return `${res.status} not in the catalogue's shape: ${res.body.slice(0, 200)}`;
    if (ERRORS[code].status !== res.status) return `${code} answered with ${res.status}, the catalogue says ${ERRORS[code].status}`;
    return null;
  }
  if (r.kind === 'api' || r.kind === 'beacon') return `${res.status} from ${r.kind} is not JSON (${type})`;
  if (!type.startsWith('text/html')) return `${res.status} is neither JSON nor an HTML page (${type})`;
  for (const h of ['content-security-policy', 'x-content-type-options', 'referrer-policy']) if (!res.headers[h]) return `${res.status} HTML page without ${h}`;
  return null;
}

describe.each(testEngines())('fuzzing the API and the click paths on %s', (engine) => {
  let s: TestServer;
  let fixtures: { slugs: string[]; passwordSlug: string; ids: Record<string, string[]>; viewer: string };
  const uncaught: unknown[] = [];
  const onUncaught = (error: unknown) => uncaught.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onUncaught);
    process.on('unhandledRejection', onUncaught);
    s = await startTestServer(engine, { TRUST_PROXY: '1', API_AUTH_FAILURES: '0', LINK_CREATE_RATE_LIMIT: '0', PASSWORD_CLIENT_ATTEMPTS: '10000', PASSWORD_LINK_ATTEMPTS: '1000000', CLICK_FLUSH_INTERVAL_MS: '100' });
    const meta = await createPixel(s);
    const google = await createPixel(s, { platform: 'google_ads', tagId: 'AW-123456789' });
    const links = [
      await createLink(s, { url: 'https://example.com/plain', pixelIds: [] }),
      await createLink(s, { url: 'https://example.com/pixels', pixelIds: [meta.id, google.id], consent: { policy: 'always', optInAction: 'ask' }, event: { name: 'read', params: { topic: 'x' } } }),
      await createLink(s, { url: 'https://example.com/regional', pixelIds: [meta.id, google.id] }),
      await createLink(s, { url: 'https://example.com/rules', pixelIds: [], rules: [{ when: { country: ['DE'], device: ['mobile'] }, url: 'https://example.com/de' }], og: { title: 'OG' } }),
      await createLink(s, { url: 'https://example.com/expired', pixelIds: [], expiresAt: '2020-01-01T00:00:00Z' }),
      await createLink(s, { url: 'https://example.com/limit', pixelIds: [], maxClicks: 1 }),
    ];
    const password = await createLink(s, { url: 'https://example.com/pw', pixelIds: [meta.id], password: 'sesame' });
    const domain = (await s.api('POST', '/domains', { hostname: `${freshSlug('fz')}.example.net` })).body;
    const viewer = await keyWithRole(s, 'viewer');
    const keys = (await s.api('GET', '/api-keys')).body.data.map((k: any) => k.id).filter((id: string) => id !== (s as any).ownerKeyId);
    fixtures = {
      slugs: links.map((l) => l.slug),
      passwordSlug: password.slug,
      ids: { link: [...links.map((l) => l.id), password.id], pixel: [meta.id, google.id], domain: [domain.id], apiKey: keys.slice(0, 1) },
      viewer,
    };
  }, 60_000);

  afterAll(async () => {
    process.off('uncaughtException', onUncaught);
    process.off('unhandledRejection', onUncaught);
    await s?.close();
  });

  it(`answers ${TOTAL} generated requests with no 5xx, nothing uncaught, every 4xx in the catalogue's shape`, async () => {
    const doc = await (await fetch(`${s.url}/api/openapi.json`)).json() as any;
    const operations: Array<{ method: string; path: string; op: any }> = [];
    for (const [path, methods] of Object.entries<any>(doc.paths)) for (const [method, op] of Object.entries<any>(methods)) operations.push({ method: method.toUpperCase(), path, op });
    // The owner key's own id is never a target: deleting it would end the run early.
    const ownKeyIds = new Set((await s.api('GET', '/api-keys')).body.data.filter((k: any) => k.name === 'initial owner key' || k.role === 'owner').map((k: any) => k.id));
    fixtures.ids.apiKey = fixtures.ids.apiKey!.filter((id) => !ownKeyIds.has(id));

    const idFor = (name: string): fc.Arbitrary<string> => {
      const pool = /link|id$/i.test(name) ? [...fixtures.ids.link!, ...fixtures.ids.pixel!, ...fixtures.ids.domain!, ...fixtures.ids.apiKey!] : [];
      return fc.oneof({ weight: 4, arbitrary: pool.length ? fc.constantFrom(...pool) : fc.constant('lnk_01kbmz3f8r9c2v6x4n7q5t8w0y') }, { weight: 1, arbitrary: fc.string({ maxLength: 80 }) }, { weight: 1, arbitrary: fc.constantFrom('bulk', 'lookup', '%00', '..', 'lnk_01kbmz3f8r9c2v6x4n7q5t8w0y', 'x'.repeat(200)) });
    };
    const auth = fc.oneof(
      { weight: 16, arbitrary: fc.constant<Record<string, string>>({ authorization: `Bearer ${OWNER_KEY}` }) },
      { weight: 2, arbitrary: fc.constant<Record<string, string>>({ authorization: `Bearer ${fixtures.viewer}` }) },
      { weight: 1, arbitrary: fc.constantFrom<Record<string, string>>({}, { authorization: 'Bearer rk_nope' }, { authorization: 'Basic Zm9vOmJhcg==' }, { authorization: 'Bearer' }) },
    );
    const apiRequest: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...operations).chain(({ method, path, op }) => {
      const params: any[] = op.parameters ?? [];
      const pathParams = params.filter((p) => p.in === 'path');
      const queryParams = params.filter((p) => p.in === 'query');
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      return fc.record({
        pathValues: fc.tuple(...pathParams.map((p) => idFor(p.name))),
        query: fc.tuple(...queryParams.map((p) => fc.option(schemaArbitrary(doc, p.schema), { freq: 2 }))),
        extra: fc.option(fc.tuple(fc.string({ maxLength: 10 }), fc.string({ maxLength: 20 })), { freq: 6 }),
        body: bodySchema ? fc.oneof({ weight: 10, arbitrary: schemaArbitrary(doc, bodySchema).map((v) => JSON.stringify(v) ?? 'null') }, { weight: 1, arbitrary: fc.constantFrom('{', '', '[]', 'null', '{"a":', '\u0000') }) : fc.constant(undefined),
        type: fc.oneof({ weight: 12, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/vnd.api+json; charset=utf-8', '') }),
        auth,
      }).map(({ pathValues, query, extra, body, type, auth: authHeaders }) => {
        let p = path;
        pathParams.forEach((param, i) => (p = p.replace(`{${param.name}}`, encodeURIComponent(pathValues[i] as string))));
        const qs = new URLSearchParams();
        queryParams.forEach((param, i) => {
          const v = query[i];
          if (v !== null && v !== undefined) qs.append(param.name, typeof v === 'string' ? v : JSON.stringify(v));
        });
        if (extra) qs.append(extra[0], extra[1]);
        const headers: Record<string, string> = { ...authHeaders };
        if (body !== undefined) headers['content-type'] = type;
        const search = qs.toString();
        return { kind: 'api' as const, method, path: `/api/v1${p}${search ? `?${search}` : ''}`, headers, ...(body !== undefined ? { body } : {}) };
      });
    });

    const queryArb = fc.array(
      fc.oneof(
        fc.tuple(fc.constantFrom('utm_source', 'utm_campaign', 'fbclid', 'gclid', 'ScCid', 'gdpr', 'ref', 'a'), fc.string({ maxLength: 30 })),
        fc.tuple(fc.constant('gdpr_consent'), fc.oneof(fc.base64String({ maxLength: 200 }), fc.constantFrom('CQabc', '%%%', 'CPXxRfAPXxRfAAfKABENB-CgAP_AAH_AAAqIHWtf_X_fb39j-_59_9t0eY1f9_7_v-0zjhfdt-8N2f_X_L8X42M7vF36pq4KuR4Eu3LBIQdlHOHcTUmw6okVrzPsbk2Mr7NKJ7PEmnMbO2dYGH9_n93TuZKY7__8___z__-v_v____f_r-3_3__59X---_e_V399zLv9____39nN___9v-_9_____4IhgEmGpeQBdmWODJtGlUKIEYVhIdAKACigGFoisIHVwU7K4CfUELABCagJwIgQYgowYBAAIJAEhEQEgB4IBEARAIAAQAqQEIACNgEFgBYGAQACgGhYgRQBCBIQZHBUcpgQESLRQTyVgCUXexhhCGUUANAg4AA'))),
        fc.tuple(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 })),
      ),
      { maxLength: 6 },
    ).map((pairs) => pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&'));
    const visitorHeaders = fc.record({
      'user-agent': fc.constantFrom(...UAS),
      'accept-language': fc.oneof(fc.constantFrom('de-DE,de;q=0.9', 'en', '*', ';;;q=x', ''), fc.string({ maxLength: 40 })),
      cookie: fc.oneof(fc.constant(''), fc.string({ maxLength: 40 }).map((v) => `${CONSENT_COOKIE_NAME}=${encodeURIComponent(v)}`), fc.constantFrom(`${CONSENT_COOKIE_NAME}=accept`, `${CONSENT_COOKIE_NAME}=decline`, `${CONSENT_COOKIE_NAME}=1.a.b.c`)),
      'sec-gpc': fc.constantFrom('', '1', '0', 'x'),
      'sec-purpose': fc.oneof({ weight: 10, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('prefetch', 'prefetch;prerender') }),
      'x-forwarded-for': fc.oneof(fc.ipV4(), fc.ipV6(), fc.constantFrom('unknown', '', '1.2.3.4, 5.6.7.8', 'x'.repeat(300))),
      host: fc.oneof({ weight: 8, arbitrary: fc.constant(s.host) }, { weight: 1, arbitrary: fc.constantFrom('LOCALHOST.', 'evil.example:80', '[::1]:1', 'bücher.de', 'a..b', '-x-') }),
    }).map((h) => Object.fromEntries(Object.entries(h).filter(([, v]) => v !== '')));
    const slugArb = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...fixtures.slugs) }, { weight: 2, arbitrary: fc.string({ maxLength: 30 }).map(encodeURIComponent) }, { weight: 1, arbitrary: fc.constantFrom('%ZZ', '%00', 'a/b', 'x'.repeat(200), '..%2F..', '%E2%82%AC', 'api', '_r') });
    const redirectRequest: fc.Arbitrary<FuzzRequest> = fc.record({ slug: slugArb, query: queryArb, method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD'), headers: visitorHeaders }).map(({ slug, query, method, headers }) => ({ kind: 'redirect' as const, method, path: `/${slug}${query ? `?${query}` : ''}`, headers }));
    const passwordRequest: fc.Arbitrary<FuzzRequest> = fc.record({
      body: fc.oneof(fc.string({ maxLength: 300 }).map((p) => new URLSearchParams({ password: p }).toString()), fc.constantFrom('password=sesame', 'password=', '%%%', 'a=b', ''), fc.string({ maxLength: 100 })),
      type: fc.constantFrom('application/x-www-form-urlencoded', 'text/plain', 'multipart/form-data; boundary=x'),
      headers: visitorHeaders,
      target: fc.oneof({ weight: 4, arbitrary: fc.constant(fixtures.passwordSlug) }, { weight: 1, arbitrary: slugArb }),
    }).map(({ body, type, headers, target }) => ({ kind: 'password' as const, method: 'POST', path: `/${target}`, headers: { ...headers, 'content-type': type }, body }));
    const beaconRequest: fc.Arbitrary<FuzzRequest> = fc.oneof(
      fc.record({ c: fc.oneof(fc.constant('clk_01kbmz3f8r9c2v6x4n7q5t8w0y'), fc.string({ maxLength: 40 })), ok: fc.array(fc.oneof(fc.constantFrom(...fixtures.ids.pixel!), fc.string({ maxLength: 30 })), { maxLength: 60 }), ch: fc.constantFrom('accept', 'decline', 'x', undefined) }).map((b) => JSON.stringify(b)),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
      fc.string({ maxLength: 200 }),
    ).map((body) => ({ kind: 'beacon' as const, method: 'POST', path: '/_r/beacon', headers: { 'content-type': 'text/plain' }, body }));

    const requests = fc.sample(
      fc.oneof({ weight: 6, arbitrary: apiRequest }, { weight: 4, arbitrary: redirectRequest }, { weight: 1, arbitrary: passwordRequest }, { weight: 1, arbitrary: beaconRequest }),
      { numRuns: TOTAL, seed: SEED },
    );
    for (const r of requests) if (r.body !== undefined) r.headers['content-length'] = String(Buffer.byteLength(r.body));

    const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
    const failures: string[] = [];
    const byKind: Record<string, number> = {};
    const byStatus: Record<number, number> = {};
    const started = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const r = requests[next++] as FuzzRequest;
          let res;
          try {
            res = await send(s.url, agent, r);
          } catch (error) {
            failures.push(`${r.method} ${r.path.slice(0, 120)}: no answer (${String(error)})`);
            continue;
          }
          byKind[r.kind] = (byKind[r.kind] ?? 0) + 1;
          byStatus[res.status] = (byStatus[res.status] ?? 0) + 1;
          const problem = problemWith(r, res);
          if (problem && failures.length < 20) failures.push(`${r.method} ${r.path.slice(0, 160)} ${JSON.stringify(r.headers).slice(0, 200)} ${r.body?.slice(0, 200) ?? ''}: ${problem}`);
        }
      }),
    );
    agent.destroy();
    const seconds = (performance.now() - started) / 1000;
    console.info(`[fuzz ${engine}] seed ${SEED}: ${requests.length} requests in ${seconds.toFixed(1)} s; ${JSON.stringify(byKind)}; statuses ${JSON.stringify(byStatus)}`);
    expect(requests.length).toBeGreaterThanOrEqual(Math.min(TOTAL, 10_000));
    expect(failures, `FUZZ_SEED=${SEED}`).toEqual([]);
    expect(uncaught).toEqual([]);
    // The answers reached the use cases, not only validation: some requests succeeded.
    expect((byStatus[200] ?? 0) + (byStatus[201] ?? 0) + (byStatus[204] ?? 0) + (byStatus[302] ?? 0)).toBeGreaterThan(TOTAL / 10);
  }, 300_000);
});
