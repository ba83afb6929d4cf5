import { createHmac } from 'node:crypto';
import { hashedProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

/** The X app and user credentials the fake accepts (tests configure pixels with these). */
export const X_CREDENTIALS = { consumerKey: 'x-consumer-key', consumerSecret: 'x-consumer-secret', accessToken: 'x-access-token', accessTokenSecret: 'x-access-token-secret' };

const pct = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * X Conversion API (`ads-api.x.com/<version>/measurement/conversions/<pixel>`): an OAuth 1.0a
 * signature that verifies with the app's and user's secrets (RFC 5849, recomputed here), at most
 * 500 conversions, each with an ISO `conversion_time`, an event id `tw-<pixel>-<event>` of this
 * pixel, and an identifier — twclid or a hashed e-mail or phone; address and user agent only
 * beside one of those.
 */
export const xFake: PlatformFake = {
  platform: 'x',
  hosts: ['ads-api.x.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/\d+\/measurement\/conversions\/([a-z0-9]+)$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { errors: [{ code: 'NOT_FOUND', message: 'Not found' }] } };
    if (!signatureValid(req)) return { status: 401, body: { errors: [{ code: 'UNAUTHORIZED_ACCESS', message: 'This request is not properly authenticated' }] } };
    const conversions = req.json?.conversions;
    if (!Array.isArray(conversions) || conversions.length === 0 || conversions.length > 500) return { status: 400, body: { errors: [{ code: 'INVALID_PARAMETER', message: 'conversions must hold 1 to 500 items' }] } };
    for (const [i, c] of conversions.entries()) {
      const problem = conversionProblem(c, m[1] as string);
      if (problem) return { status: 400, body: { errors: [{ code: 'INVALID_PARAMETER', message: `conversions[${i}]: ${problem}` }] } };
    }
    for (const c of conversions) accepted.push({ platform: 'x', account: c.event_id, name: c.event_id, eventId: c.conversion_id ?? null, test: false, ip: c.identifiers.find((i: any) => i.ip_address)?.ip_address ?? null, raw: c, at: req.at });
    return { status: 200, body: { data: { conversions_processed: conversions.length, debug_id: 'fake-debug' }, request: { params: { account_id: m[1] } } } };
  },
};

function signatureValid(req: FakeRequest): boolean {
  const header = req.headers.authorization ?? '';
  if (!header.startsWith('OAuth ')) return false;
  const params = Object.fromEntries([...header.slice(6).matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], decodeURIComponent(x[2] as string)]));
  if (params.oauth_consumer_key !== X_CREDENTIALS.consumerKey || params.oauth_token !== X_CREDENTIALS.accessToken || params.oauth_signature_method !== 'HMAC-SHA1') return false;
  const { oauth_signature: signature, ...rest } = params;
  const all = [...Object.entries(rest), ...[...req.query.entries()]].map(([k, v]) => [pct(k as string), pct(v as string)]).sort(([a, b], [c, d]) => (a === c ? (b! < d! ? -1 : 1) : a! < c! ? -1 : 1));
  const base = `POST&${pct(`https://${req.host}${req.path}`)}&${pct(all.map(([k, v]) => `${k}=${v}`).join('&'))}`;
  const expected = createHmac('sha1', `${pct(X_CREDENTIALS.consumerSecret)}&${pct(X_CREDENTIALS.accessTokenSecret)}`).update(base).digest('base64');
  return signature === expected;
}

function conversionProblem(c: any, pixel: string): string | null {
  if (typeof c?.conversion_time !== 'string' || Number.isNaN(Date.parse(c.conversion_time))) return 'conversion_time must be an ISO 8601 time';
  if (!new RegExp(`^tw-${pixel}-[a-z0-9]+$`).test(c.event_id ?? '')) return `event_id must be an event of pixel ${pixel}`;
  const ids = c.identifiers;
  if (!Array.isArray(ids) || ids.length === 0) return 'identifiers is required';
  const strong = ids.some((i: any) => i.twclid || i.hashed_email || i.hashed_phone_number);
  if (!strong) return 'ip_address and user_agent need a twclid, hashed_email or hashed_phone_number beside them';
  for (const i of ids) for (const key of ['hashed_email', 'hashed_phone_number']) if (i[key] !== undefined) {
    const p = hashedProblem(key, i[key]);
    if (p) return p;
  }
  return null;
}
