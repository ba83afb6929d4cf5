import { bearer, hashedProblem, isIp, REVOKED, secondsProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const EVENT_NAMES = ['add_to_cart', 'checkout', 'custom', 'lead', 'page_visit', 'search', 'signup', 'view_category', 'watch_video'];
const ACTION_SOURCES = ['app_android', 'app_ios', 'web', 'offline'];

/**
 * Pinterest Conversions API v5 (`api.pinterest.com/v5/ad_accounts/<id>/events`): a Bearer token,
 * at most 1,000 events, each with a known name and action source, `event_time` in seconds within
 * 7 days, an `event_id`, and a match key — a hashed e-mail, or address and user agent together.
 * Valid requests are answered per event.
 */
export const pinterestFake: PlatformFake = {
  platform: 'pinterest',
  hosts: ['api.pinterest.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/v5\/ad_accounts\/(\d+)\/events$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { code: 3, message: 'Resource not found.' } };
    const token = bearer(req);
    if (!token || token === REVOKED) return { status: 401, body: { code: 2, message: 'Authentication failed.' } };
    const data = req.json?.data;
    if (!Array.isArray(data) || data.length === 0 || data.length > 1000) return { status: 400, body: { code: 1, message: "data: must contain between 1 and 1000 items" } };
    const test = req.query.get('test') === 'true';
    const events = data.map((e: any) => {
      const problem = eventProblem(e, req.at);
      if (problem) return { status: 'failed', error_message: problem, warning_message: null };
      accepted.push({ platform: 'pinterest', account: m[1] as string, name: e.event_name, eventId: e.event_id ?? null, test, ip: e.user_data?.client_ip_address ?? null, raw: e, at: req.at });
      return { status: 'processed', error_message: null, warning_message: null };
    });
    const processed = events.filter((e: any) => e.status === 'processed').length;
    return { status: 200, body: { num_events_received: data.length, num_events_processed: processed, events } };
  },
};

function eventProblem(e: any, now: number): string | null {
  if (!EVENT_NAMES.includes(e?.event_name)) return `'${e?.event_name}' is not a valid event_name`;
  if (!ACTION_SOURCES.includes(e.action_source)) return 'action_source is not valid';
  // No age limit is published: only the unit and the future are checked.
  const time = secondsProblem(e.event_time, now, Number.POSITIVE_INFINITY);
  if (time) return `event_time ${time}`;
  if (typeof e.event_id !== 'string' || e.event_id === '') return 'event_id is required';
  const user = e.user_data ?? {};
  for (const key of ['em', 'ph', 'external_id']) if (user[key] !== undefined) {
    const p = hashedProblem(key, user[key]);
    if (p) return p;
  }
  if (user.client_ip_address !== undefined && !isIp(user.client_ip_address)) return 'client_ip_address must be a plain IP address';
  if (!user.em && !user.hashed_maids && !(user.client_ip_address && user.client_user_agent)) return 'user_data needs em, hashed_maids, or client_ip_address together with client_user_agent';
  return null;
}
