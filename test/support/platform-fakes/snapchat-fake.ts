import { DAY_MS, hashedProblem, isIp, REVOKED, secondsProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const EVENT_NAMES = ['PAGE_VIEW', 'VIEW_CONTENT', 'SIGN_UP', 'PURCHASE', 'ADD_CART', 'START_CHECKOUT', 'CUSTOM_EVENT_1', 'CUSTOM_EVENT_2', 'CUSTOM_EVENT_3', 'CUSTOM_EVENT_4', 'CUSTOM_EVENT_5'];

/**
 * Snap Conversions API v3 (`tr.snapchat.com/v3/<pixel>/events`, `/events/validate`): the
 * `access_token` query parameter, at most 2,000 events with a known name, `event_time` in seconds
 * (37 days), an action source, and a match key — hashed e-mail or phone, or address and user agent
 * together. (The success body's exact shape is not published; the fake answers `{"status":"VALID"}`.)
 */
export const snapchatFake: PlatformFake = {
  platform: 'snapchat',
  hosts: ['tr.snapchat.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/v3\/([^/]+)\/events(\/validate)?$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { status: 'NOT_FOUND', reason: 'Unknown endpoint' } };
    const token = req.query.get('access_token');
    if (!token || token === REVOKED) return { status: 401, body: { status: 'UNAUTHORIZED', reason: 'Invalid or missing access token' } };
    const data = req.json?.data;
    if (!Array.isArray(data) || data.length === 0 || data.length > 2000) return { status: 400, body: { status: 'INVALID', reason: 'data must hold 1 to 2000 events' } };
    for (const [i, e] of data.entries()) {
      const problem = eventProblem(e, req.at);
      if (problem) return { status: 400, body: { status: 'INVALID', reason: `data[${i}]: ${problem}` } };
    }
    for (const e of data) accepted.push({ platform: 'snapchat', account: m[1] as string, name: e.event_name, eventId: e.event_id ?? null, test: m[2] !== undefined, ip: e.user_data?.client_ip_address ?? null, raw: e, at: req.at });
    return { status: 200, body: { status: 'VALID' } };
  },
};

function eventProblem(e: any, now: number): string | null {
  if (!EVENT_NAMES.includes(e?.event_name)) return `event_name ${e?.event_name} is not supported`;
  const time = secondsProblem(e.event_time, now, 37 * DAY_MS);
  if (time) return `event_time ${time}`;
  if (typeof e.action_source !== 'string') return 'action_source is required';
  const user = e.user_data ?? {};
  if (e.action_source === 'website' && !user.client_user_agent) return 'client_user_agent is required for website events';
  for (const key of ['em', 'ph']) if (user[key] !== undefined) {
    const p = hashedProblem(key, user[key]);
    if (p) return p;
  }
  if (user.client_ip_address !== undefined && !isIp(user.client_ip_address)) return 'client_ip_address must be a plain IP address';
  if (!user.em && !user.ph && !user.madid && !(user.client_ip_address && user.client_user_agent)) return 'user_data needs em, ph, madid, or client_ip_address with client_user_agent';
  return null;
}
