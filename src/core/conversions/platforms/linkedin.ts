import { byStatus, rejected, sent, type BatchVerdict, type DeliveryOutcome } from '../../delivery/outcome.js';
import { majorUnitsText } from '../money.js';
import { days, excerpt, jsonOf, type PlatformApi } from '../platform-api.js';
import type { PlatformItem, ServerEvent, ServerVisit } from '../server-event.js';

/** The LinkedIn Marketing API version (YYYYMM) requests are pinned to. */
export const LINKEDIN_VERSION = '202603';

const RULE_SETTING = { audience: 'audienceRuleId', lead: 'leadRuleId', purchase: 'purchaseRuleId' } as const;

/**
 * LinkedIn Conversions API (docs/conversions.md §LinkedIn): `POST api.linkedin.com/rest/conversionEvents`
 * as a `BATCH_CREATE` with an OAuth token. Each event is a conversion of a conversion rule made in
 * Campaign Manager, so an event kind goes only when its rule id is set; a member is matched by the
 * `li_fat_id` click id of a LinkedIn ad, or a hashed e-mail — LinkedIn takes no address or user
 * agent, so an anonymous click without `li_fat_id` cannot be sent. Times in milliseconds, at most
 * 90 days old. The Insight Tag on the interstitial sends only its page view (no event id), so there
 * is no browser copy to deduplicate; `eventId` is the click id anyway.
 */
export const linkedin: PlatformApi = {
  platform: 'linkedin',
  fields: [
    { name: 'accessToken', label: 'Access token', secret: true, required: true, help: 'An OAuth token of a member with the `rw_conversions` permission on the ad account.' },
    { name: 'audienceRuleId', label: 'Click conversion rule id', secret: false, required: false, help: 'Campaign Manager → Conversions → a rule with "Conversions API" as source, for the audience event.', pattern: /^\d{1,20}$/ },
    { name: 'leadRuleId', label: 'Lead conversion rule id', secret: false, required: false, help: 'As above, for leads.', pattern: /^\d{1,20}$/ },
    { name: 'purchaseRuleId', label: 'Purchase conversion rule id', secret: false, required: false, help: 'As above, for sales.', pattern: /^\d{1,20}$/ },
  ],
  maxBatch: 2500,
  maxAgeMs: days(90),
  matchKeys:
    'li_fat_id of a LinkedIn ad click, or a hashed e-mail: anonymous clicks without li_fat_id cannot be sent.',
  testMode: null,
  accepts: (event, visit, { settings }) => event.kind !== 'page_view' && !!settings[RULE_SETTING[event.kind]] && userIds(visit).length > 0,
  request(items, account) {
    const elements = items.flatMap((item) =>
      item.events.map((event) => ({
        conversion: `urn:lla:llaPartnerConversion:${account.settings[RULE_SETTING[event.kind as keyof typeof RULE_SETTING]] ?? ''}`,
        conversionHappenedAt: item.visit.at,
        eventId: event.eventId,
        user: { userIds: userIds(item.visit) },
        ...value(event),
      })),
    );
    return {
      method: 'POST',
      url: 'https://api.linkedin.com/rest/conversionEvents',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${account.secrets.accessToken ?? ''}`,
        'linkedin-version': LINKEDIN_VERSION,
        'x-restli-protocol-version': '2.0.0',
        'x-restli-method': 'BATCH_CREATE',
      },
      body: JSON.stringify({ elements }),
    };
  },
  classify(answer, items): BatchVerdict {
    const json = jsonOf(answer.body);
    if (answer.status >= 200 && answer.status < 300 && Array.isArray(json?.elements)) {
      let index = 0;
      const outcomes: DeliveryOutcome[] = (items as PlatformItem[]).map((item) => {
        let error: string | null = null;
        for (let i = 0; i < item.events.length; i++, index++) {
          const element = json.elements[index];
          if (element && element.status >= 400) error ??= excerpt(element.error?.message ?? `status ${element.status}`);
        }
        return error === null ? sent() : rejected('invalid', error);
      });
      return { outcomes };
    }
    const message = excerpt(json?.message ? `${json.message} (${json.serviceErrorCode ?? json.status})` : `HTTP ${answer.status}: ${answer.body}`);
    if (answer.status === 400 && items.length > 1) return { split: true, message };
    return byStatus(answer.status, items.length, message, answer.headers['retry-after']);
  },
};

function userIds(visit: ServerVisit): object[] {
  const ids: object[] = [];
  if (visit.clickIds.li_fat_id) ids.push({ idType: 'LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID', idValue: visit.clickIds.li_fat_id });
  if (visit.user.emailSha256) ids.push({ idType: 'SHA256_EMAIL', idValue: visit.user.emailSha256 });
  return ids;
}

function value(event: ServerEvent): object {
  return event.value ? { conversionValue: { currencyCode: event.value.currency, amount: majorUnitsText(event.value.amount, event.value.currency) } } : {};
}
