import { hashedProblem, isIp, REVOKED, secondsProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

/** TikTok answers HTTP 200 with a `code`, even when it refuses. */
const tiktok = (code: number, message: string) => ({ status: 200, body: { code, message, request_id: '202601010000000000000000000000', data: {} } });

/**
 * TikTok Events API 2.0 (`business-api.tiktok.com/open_api/v1.3/event/track/`): the
 * `Access-Token` header, `event_source: web` with the pixel code, at most 1,000 events with a
 * name, `event_time` in seconds (at most 7 days old), hashed e-mail and phone, a plain IP.
 */
export const tiktokFake: PlatformFake = {
  platform: 'tiktok',
  hosts: ['business-api.tiktok.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    if (req.method !== 'POST' || req.path !== '/open_api/v1.3/event/track/') return { status: 404, body: { code: 40400, message: 'Not found' } };
    const token = req.headers['access-token'];
    if (!token) return tiktok(40104, 'Access token is empty.');
    if (token === REVOKED) return tiktok(40105, 'Access token is incorrect or has been revoked.');
    const body = req.json;
    if (body?.event_source !== 'web') return tiktok(40002, 'event_source: must be one of web, app, offline, crm.');
    if (typeof body.event_source_id !== 'string' || body.event_source_id === '') return tiktok(40002, 'event_source_id: Missing data for required field.');
    const data = body.data;
    if (!Array.isArray(data) || data.length === 0 || data.length > 1000) return tiktok(40002, 'data: Length must be between 1 and 1000.');
    for (const [i, e] of data.entries()) {
      const problem = eventProblem(e, req.at);
      if (problem) return tiktok(40002, `data.${i}.${problem}`);
    }
    const test = typeof body.test_event_code === 'string';
    for (const e of data) accepted.push({ platform: 'tiktok', account: body.event_source_id, name: e.event, eventId: e.event_id ?? null, test, ip: e.user?.ip ?? null, raw: e, at: req.at });
    return tiktok(0, 'OK');
  },
};

function eventProblem(e: any, now: number): string | null {
  if (typeof e?.event !== 'string' || e.event === '') return 'event: Missing data for required field.';
  // TikTok publishes no age limit for web events: only the unit and the future are checked.
  const time = secondsProblem(e.event_time, now, Number.POSITIVE_INFINITY);
  if (time) return `event_time: ${time}`;
  const user = e.user ?? {};
  for (const key of ['email', 'phone']) if (user[key] !== undefined) {
    const p = hashedProblem(key, user[key]);
    if (p) return `user.${p}`;
  }
  if (user.ip !== undefined && !isIp(user.ip)) return 'user.ip: must be a plain IP address';
  if (e.limited_data_use !== undefined && typeof e.limited_data_use !== 'boolean') return 'limited_data_use: must be a boolean';
  return null;
}
