import { createHmac, randomBytes } from 'node:crypto';

/** RFC 3986 percent-encoding, as OAuth 1.0a requires (RFC 5849 §3.6). */
const pct = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * The `Authorization` header of an OAuth 1.0a request signed with HMAC-SHA1 (RFC 5849 §3.4), as
 * the X Ads API requires. A JSON body is not part of the signature (only form bodies are); the
 * URL's query parameters are. `nonce` and `timestamp` are injectable for tests.
 * @example oauth1Header('POST', url, { consumerKey, consumerSecret, token, tokenSecret })
 */
export function oauth1Header(
  method: string,
  url: string,
  keys: { consumerKey: string; consumerSecret: string; token: string; tokenSecret: string },
  at: { nonce?: string; timestamp?: number } = {},
): string {
  const u = new URL(url);
  const oauth: Record<string, string> = {
    oauth_consumer_key: keys.consumerKey,
    oauth_nonce: at.nonce ?? randomBytes(16).toString('hex'),
    oauth_signature_method: 'HMAC-SHA1',
    oauth_timestamp: String(at.timestamp ?? Math.floor(Date.now() / 1000)),
    oauth_token: keys.token,
    oauth_version: '1.0',
  };
  const params: Array<[string, string]> = [...Object.entries(oauth), ...[...u.searchParams.entries()]];
  const normalized = params
    .map(([k, v]) => [pct(k), pct(v)] as const)
    .sort(([ak, av], [bk, bv]) => (ak === bk ? (av < bv ? -1 : 1) : ak < bk ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const base = `${method.toUpperCase()}&${pct(`${u.origin}${u.pathname}`)}&${pct(normalized)}`;
  const signature = createHmac('sha1', `${pct(keys.consumerSecret)}&${pct(keys.tokenSecret)}`).update(base).digest('base64');
  return `OAuth ${Object.entries({ ...oauth, oauth_signature: signature })
    .map(([k, v]) => `${pct(k)}="${pct(v)}"`)
    .join(', ')}`;
}
