import { all, byStatus, rejected, retry, sent, type BatchVerdict, type DeliveryOutcome } from '../../delivery/outcome.js';
import { majorUnits } from '../money.js';
import { days, excerpt, jsonOf, type PlatformAccount, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerVisit } from '../server-event.js';

/** The Google Ads API version requests are pinned to. */
export const GOOGLE_ADS_API_VERSION = 'v22';

/**
 * Google Ads click conversion upload (docs/conversions.md §Google Ads):
 * `POST googleads.googleapis.com/<version>/customers/<customer>:uploadClickConversions` with an
 * OAuth access token (from the refresh token) and the developer token. A conversion needs the
 * click's Google click id (gclid, gbraid or wbraid) and a conversion action of type "upload
 * clicks": so only leads and sales go, and only for clicks that came from a Google ad. Up to 2,000
 * conversions a request, `partialFailure` answers per conversion, `validateOnly` tests. Google has
 * no event id to deduplicate on; the conversion's `orderId` (our conversion id, or the invoice id)
 * keeps a retried upload from counting twice.
 */
export const googleAds: PlatformApi = {
  platform: 'google_ads',
  fields: [
    { name: 'customerId', label: 'Customer id', secret: false, required: true, help: 'The Google Ads account, 10 digits without dashes.', pattern: /^\d{10}$/ },
    { name: 'loginCustomerId', label: 'Manager account id', secret: false, required: false, help: 'When the access goes through a manager (MCC) account: its 10 digits.', pattern: /^\d{10}$/ },
    { name: 'leadConversionAction', label: 'Lead conversion action id', secret: false, required: false, help: 'Goals → Conversions → the action (type "Import from clicks") → its id in the URL (`ctId=`).', pattern: /^\d{1,20}$/ },
    { name: 'purchaseConversionAction', label: 'Purchase conversion action id', secret: false, required: false, help: 'As above, for sales.', pattern: /^\d{1,20}$/ },
    { name: 'developerToken', label: 'Developer token', secret: true, required: true, help: 'Tools → API Center of the manager account.' },
    { name: 'clientId', label: 'OAuth client id', secret: true, required: true, help: 'Google Cloud console → Credentials → the OAuth client.' },
    { name: 'clientSecret', label: 'OAuth client secret', secret: true, required: true, help: 'Same place as the client id.' },
    { name: 'refreshToken', label: 'OAuth refresh token', secret: true, required: true, help: 'From the OAuth consent flow with the `adwords` scope.' },
  ],
  maxBatch: 2000,
  maxAgeMs: days(90),
  matchKeys:
    "the click's gclid, gbraid or wbraid (only clicks from Google ads convert); hashed e-mail or phone improve it.",
  testMode: '`validateOnly` (checked, not recorded)',
  accepts: (event, visit, { settings }) =>
    (event.kind === 'lead' ? !!settings.leadConversionAction : event.kind === 'purchase' ? !!settings.purchaseConversionAction : false) && googleClick(visit) !== null,
  request(items, account, mode) {
    const customer = account.settings.customerId ?? '';
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${account.secrets.accessToken ?? ''}`,
      'developer-token': account.secrets.developerToken ?? '',
    };
    if (account.settings.loginCustomerId) headers['login-customer-id'] = account.settings.loginCustomerId;
    return {
      method: 'POST',
      url: `https://googleads.googleapis.com/${GOOGLE_ADS_API_VERSION}/customers/${encodeURIComponent(customer)}:uploadClickConversions`,
      headers,
      body: JSON.stringify({ conversions: items.flatMap((item) => toConversions(item, account)), partialFailure: true, validateOnly: mode === 'test' }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    if (answer.status === 200) {
      const failure = json?.partialFailureError;
      if (!failure) return all(items.length, sent());
      const byIndex = new Map<number, string>();
      for (const detail of failure.details ?? []) {
        for (const error of detail.errors ?? []) {
          const index = error.location?.fieldPathElements?.find((f: any) => f.fieldName === 'conversions')?.index;
          if (typeof index === 'number' && !byIndex.has(index)) byIndex.set(index, excerpt(`${error.message ?? ''} (${JSON.stringify(error.errorCode ?? {})})`));
        }
      }
      const outcomes: DeliveryOutcome[] = items.map((_, i) => {
        const message = byIndex.get(i);
        return message === undefined ? sent() : rejected('invalid', message);
      });
      return { outcomes };
    }
    const error = json?.error ?? json?.[0]?.error;
    const message = excerpt(error ? `${error.message ?? ''} (${error.status ?? error.code})` : `HTTP ${answer.status}: ${answer.body}`);
    if (error?.status === 'RESOURCE_EXHAUSTED') return all(items.length, retry('rate_limited', message));
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
  token: {
    request: (account) => ({
      method: 'POST',
      url: 'https://oauth2.googleapis.com/token',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: account.secrets.clientId ?? '',
        client_secret: account.secrets.clientSecret ?? '',
        refresh_token: account.secrets.refreshToken ?? '',
      }).toString(),
    }),
    read(answer) {
      const json = jsonOf(answer.body);
      if (answer.status === 200 && typeof json?.access_token === 'string') return { token: json.access_token, expiresInMs: Number(json.expires_in ?? 3600) * 1000 };
      return { error: excerpt(json?.error_description ?? json?.error ?? `HTTP ${answer.status}`), auth: answer.status >= 400 && answer.status < 500 };
    },
  },
};

/** The Google click id of a visit, by the order Google prefers them. */
function googleClick(visit: ServerVisit): { gclid: string } | { gbraid: string } | { wbraid: string } | null {
  const c = visit.clickIds;
  return c.gclid ? { gclid: c.gclid } : c.gbraid ? { gbraid: c.gbraid } : c.wbraid ? { wbraid: c.wbraid } : null;
}

/** `yyyy-mm-dd hh:mm:ss+00:00`, the format the API requires. */
function googleTime(at: number): string {
  return `${new Date(at).toISOString().slice(0, 19).replace('T', ' ')}+00:00`;
}

function toConversions(item: PlatformItem, account: PlatformAccount): object[] {
  const { visit } = item;
  const customer = account.settings.customerId ?? '';
  return item.events.map((event) => {
    const action = event.kind === 'lead' ? account.settings.leadConversionAction : account.settings.purchaseConversionAction;
    const identifiers: object[] = [];
    if (visit.user.googleEmailSha256) identifiers.push({ hashedEmail: visit.user.googleEmailSha256 });
    if (visit.user.e164PhoneSha256) identifiers.push({ hashedPhoneNumber: visit.user.e164PhoneSha256 });
    return {
      ...googleClick(visit),
      conversionAction: `customers/${customer}/conversionActions/${action ?? ''}`,
      conversionDateTime: googleTime(visit.at),
      ...(event.value ? { conversionValue: majorUnits(event.value.amount, event.value.currency), currencyCode: event.value.currency } : {}),
      orderId: event.orderId ?? event.eventId,
      consent: { adUserData: visit.consent.adUserData ? 'GRANTED' : 'DENIED' },
      ...(identifiers.length > 0 ? { userIdentifiers: identifiers } : {}),
    };
  });
}
