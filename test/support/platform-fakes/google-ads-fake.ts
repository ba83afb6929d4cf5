import { bearer, REVOKED, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const issued = new Set<string>();
let nextToken = 1;

/** Google's JSON error envelope. */
const googleError = (status: number, code: string, message: string) => ({ status, body: { error: { code: status, message, status: code } } });

/**
 * Google Ads click conversion upload and Google's OAuth token endpoint:
 * `oauth2.googleapis.com/token` trades a refresh token for an access token (a revoked refresh
 * token is `invalid_grant`); `googleads.googleapis.com/v<N>/customers/<id>:uploadClickConversions`
 * needs an issued access token and a `developer-token`, `partialFailure: true`, at most 2,000
 * conversions, and per conversion a Google click id, the action's resource name of this customer
 * and `conversionDateTime` as `yyyy-mm-dd hh:mm:ss+hh:mm` — failures answered per index in
 * `partialFailureError`, as Google does.
 */
export const googleAdsFake: PlatformFake = {
  platform: 'google_ads',
  hosts: ['googleads.googleapis.com', 'oauth2.googleapis.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    if (req.host === 'oauth2.googleapis.com') {
      const form = new URLSearchParams(req.body);
      if (req.path !== '/token' || form.get('grant_type') !== 'refresh_token') return { status: 400, body: { error: 'unsupported_grant_type' } };
      if (!form.get('client_id') || !form.get('client_secret')) return { status: 401, body: { error: 'invalid_client', error_description: 'The OAuth client was not found.' } };
      if (!form.get('refresh_token') || form.get('refresh_token') === REVOKED) return { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } };
      const token = `ya29.fake-${nextToken++}`;
      issued.add(token);
      return { status: 200, body: { access_token: token, expires_in: 3599, scope: 'https://www.googleapis.com/auth/adwords', token_type: 'Bearer' } };
    }
    const m = /^\/v\d+\/customers\/(\d{10}):uploadClickConversions$/.exec(req.path);
    if (req.method !== 'POST' || !m) return googleError(404, 'NOT_FOUND', 'Requested entity was not found.');
    const token = bearer(req);
    if (!token || !issued.has(token)) return googleError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials. Expected OAuth 2 access token.');
    if (!req.headers['developer-token']) return googleError(401, 'UNAUTHENTICATED', 'The developer token is not valid.');
    const body = req.json;
    if (body?.partialFailure !== true) return googleError(400, 'INVALID_ARGUMENT', 'Request contains an invalid argument: partial_failure must be true.');
    const conversions = body.conversions;
    if (!Array.isArray(conversions) || conversions.length === 0) return googleError(400, 'INVALID_ARGUMENT', 'conversions is required.');
    if (conversions.length > 2000) return googleError(400, 'INVALID_ARGUMENT', 'TOO_MANY_CONVERSIONS_IN_REQUEST');
    const errors: any[] = [];
    const results = conversions.map((c: any, index: number) => {
      const problem = conversionProblem(c, m[1] as string);
      if (problem) {
        errors.push({ errorCode: { conversionUploadError: problem.code }, message: problem.message, location: { fieldPathElements: [{ fieldName: 'conversions', index }] } });
        return {};
      }
      accepted.push({ platform: 'google_ads', account: c.conversionAction, name: c.conversionAction.split('/').pop(), eventId: c.orderId ?? null, test: body.validateOnly === true, ip: null, raw: c, at: req.at });
      return { gclid: c.gclid, conversionAction: c.conversionAction, conversionDateTime: c.conversionDateTime };
    });
    return {
      status: 200,
      body: {
        results,
        ...(errors.length > 0 ? { partialFailureError: { code: 3, message: errors.map((e) => e.message).join(', '), details: [{ '@type': 'type.googleapis.com/google.ads.googleads.v22.errors.GoogleAdsFailure', errors }] } } : {}),
      },
    };
  },
};

function conversionProblem(c: any, customer: string): { code: string; message: string } | null {
  const ids = ['gclid', 'gbraid', 'wbraid'].filter((k) => typeof c?.[k] === 'string' && c[k] !== '');
  if (ids.length !== 1) return { code: 'CLICK_NOT_FOUND', message: 'Exactly one of gclid, gbraid or wbraid is required.' };
  if (!new RegExp(`^customers/${customer}/conversionActions/\\d+$`).test(c.conversionAction ?? '')) return { code: 'INVALID_CONVERSION_ACTION', message: 'The conversion action is not a resource of this customer.' };
  if (!/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(c.conversionDateTime ?? '')) return { code: 'INVALID_DATE_TIME', message: 'conversionDateTime must be yyyy-mm-dd hh:mm:ss+|-hh:mm.' };
  if (Date.parse(c.conversionDateTime.replace(' ', 'T')) < Date.now() - 90 * 86_400_000) return { code: 'EXPIRED_EVENT', message: 'The conversion is older than the 90-day click window.' };
  if (c.conversionValue !== undefined && typeof c.currencyCode !== 'string') return { code: 'INVALID_CURRENCY_CODE', message: 'A value needs its currency code.' };
  return null;
}
