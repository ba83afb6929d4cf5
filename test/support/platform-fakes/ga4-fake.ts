import { DAY_MS, REVOKED, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
const RESERVED = ['ad_activeview', 'ad_click', 'ad_exposure', 'ad_query', 'ad_reward', 'adunit_exposure', 'app_clear_data', 'app_exception', 'app_install', 'app_remove', 'app_store_refund', 'app_update', 'app_upgrade', 'dynamic_link_app_open', 'error', 'first_open', 'first_visit', 'in_app_purchase', 'notification_dismiss', 'notification_foreground', 'notification_open', 'notification_receive', 'os_update', 'session_start', 'user_engagement'];

/**
 * GA4 Measurement Protocol (`www.google-analytics.com/mp/collect`, `/debug/mp/collect`): the
 * `measurement_id` and `api_secret` parameters, a `client_id`, at most 25 events with valid names
 * (not reserved) and params, `timestamp_micros` in microseconds no older than 72 hours, consent
 * values GRANTED/DENIED. Like GA4, the collection endpoint answers 204 whatever it got — but the
 * fake only records what the validation server would accept; the debug endpoint answers
 * `validationMessages`.
 */
export const ga4Fake: PlatformFake = {
  platform: 'ga4',
  hosts: ['www.google-analytics.com', 'region1.google-analytics.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const debug = req.path === '/debug/mp/collect';
    if (req.method !== 'POST' || (req.path !== '/mp/collect' && !debug)) return { status: 404, body: '' };
    const problems = requestProblems(req);
    if (problems.length === 0) {
      for (const e of req.json.events) {
        accepted.push({ platform: 'ga4', account: req.query.get('measurement_id') as string, name: e.name, eventId: e.params?.transaction_id ?? null, test: debug, ip: null, raw: { ...e, client_id: req.json.client_id, consent: req.json.consent }, at: req.at });
      }
    }
    if (debug) return { status: 200, body: { validationMessages: problems.map(([fieldPath, description]) => ({ fieldPath, description, validationCode: 'VALUE_INVALID' })) } };
    return { status: 204 };
  },
};

function requestProblems(req: FakeRequest): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  if (!/^G-[A-Z0-9]+$/.test(req.query.get('measurement_id') ?? '')) out.push(['measurement_id', 'measurement_id is missing or malformed']);
  if (!req.query.get('api_secret')) out.push(['api_secret', 'api_secret is required']);
  // GA4 drops hits of an unknown secret silently (the collection endpoint still answers 2xx).
  if (req.query.get('api_secret') === REVOKED) out.push(['api_secret', 'unknown api_secret']);
  const body = req.json;
  if (!body || typeof body.client_id !== 'string' || body.client_id === '') out.push(['client_id', 'client_id is required']);
  const micros = body?.timestamp_micros;
  if (micros !== undefined) {
    if (!Number.isInteger(micros) || micros < 1e15) out.push(['timestamp_micros', 'timestamp_micros must be in microseconds']);
    else if (micros / 1000 < req.at - 3 * DAY_MS) out.push(['timestamp_micros', 'timestamp_micros is more than 72 hours in the past']);
  }
  for (const key of ['ad_user_data', 'ad_personalization']) {
    const v = body?.consent?.[key];
    if (v !== undefined && v !== 'GRANTED' && v !== 'DENIED') out.push([`consent.${key}`, 'must be GRANTED or DENIED']);
  }
  const events = body?.events;
  if (!Array.isArray(events) || events.length === 0 || events.length > 25) {
    out.push(['events', 'events must hold 1 to 25 events']);
    return out;
  }
  for (const [i, e] of events.entries()) {
    if (!NAME.test(e?.name ?? '') || RESERVED.includes(e.name)) out.push([`events[${i}].name`, `${e?.name} is not a valid event name`]);
    for (const [k, v] of Object.entries(e?.params ?? {})) {
      if (!NAME.test(k)) out.push([`events[${i}].params.${k}`, 'invalid parameter name']);
      if (typeof v === 'string' && v.length > 100) out.push([`events[${i}].params.${k}`, 'value longer than 100 characters']);
      if (typeof v === 'object') out.push([`events[${i}].params.${k}`, 'parameter values must be strings or numbers']);
    }
  }
  return out;
}
