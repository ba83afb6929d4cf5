import { bearer, DAY_MS, hashedProblem, isIp, millisProblem, REVOKED, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const TRACKING_TYPES = ['PAGE_VISIT', 'VIEW_CONTENT', 'SEARCH', 'ADD_TO_CART', 'ADD_TO_WISHLIST', 'PURCHASE', 'LEAD', 'SIGN_UP', 'CUSTOM'];

/**
 * Reddit Conversions API v3 (`ads-api.reddit.com/api/v3/pixels/<pixel>/conversion_events`): a
 * Bearer token, at most 1,000 events, `event_at` in milliseconds (7 days old, 5 minutes ahead at
 * most), a known tracking type (`CUSTOM` with its name), `metadata.conversion_id`, hashed e-mail.
 */
export const redditFake: PlatformFake = {
  platform: 'reddit',
  hosts: ['ads-api.reddit.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/api\/v3\/pixels\/([^/]+)\/conversion_events$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { error: { code: 404, message: 'Not Found' } } };
    const token = bearer(req);
    if (!token || token === REVOKED) return { status: 401, body: { error: { code: 401, message: 'Unauthorized' } } };
    const events = req.json?.data?.events;
    if (!Array.isArray(events) || events.length === 0 || events.length > 1000) return { status: 400, body: { error: { code: 400, message: 'data.events must hold 1 to 1000 events' } } };
    for (const [i, e] of events.entries()) {
      const problem = eventProblem(e, req.at);
      if (problem) return { status: 400, body: { error: { code: 400, message: `data.events[${i}]: ${problem}` } } };
    }
    const test = typeof req.json.data.test_id === 'string';
    for (const e of events) {
      const name = e.type.tracking_type === 'CUSTOM' ? e.type.custom_event_name : e.type.tracking_type;
      accepted.push({ platform: 'reddit', account: m[1] as string, name, eventId: e.metadata?.conversion_id ?? null, test, ip: e.user?.ip_address ?? null, raw: e, at: req.at });
    }
    return { status: 200, body: { data: { message: 'Successfully processed' } } };
  },
};

function eventProblem(e: any, now: number): string | null {
  const time = millisProblem(e?.event_at, now, 7 * DAY_MS, 5 * 60_000);
  if (time) return `event_at ${time}`;
  if (!TRACKING_TYPES.includes(e.type?.tracking_type)) return 'type.tracking_type is invalid';
  if (e.type.tracking_type === 'CUSTOM' && !e.type.custom_event_name) return 'type.custom_event_name is required for CUSTOM';
  if (e.action_source !== 'WEBSITE' && e.action_source !== 'APP' && e.action_source !== 'PHYSICAL_STORE') return 'action_source is invalid';
  const user = e.user ?? {};
  if (user.email !== undefined) {
    const p = hashedProblem('user.email', user.email);
    if (p) return p;
  }
  if (user.ip_address !== undefined && !isIp(user.ip_address)) return 'user.ip_address must be an IP address';
  return null;
}
