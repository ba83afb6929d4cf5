import { bearer, hashedProblem, isIp, REVOKED, secondsProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

/**
 * Microsoft UET Conversions API (`capi.uet.microsoft.com/v1/<tag>/events`): a Bearer token, at most
 * 1,000 events with `eventType` pageLoad or custom (custom with a name), `eventTime` in seconds,
 * ad storage consent G/D, hashed e-mail and phone; with `continueOnValidationError` the bad events
 * are named by index and the rest are taken.
 */
export const microsoftFake: PlatformFake = {
  platform: 'microsoft',
  hosts: ['capi.uet.microsoft.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/v1\/([^/]+)\/events$/.exec(req.path);
    if (req.method !== 'POST' || !m) return { status: 404, body: { error: { code: 'NotFound', message: 'Not found' } } };
    const token = bearer(req);
    if (!token || token === REVOKED) return { status: 401, body: { error: { code: 'Unauthorized', message: 'Invalid or missing token' } } };
    const data = req.json?.data;
    if (!Array.isArray(data) || data.length === 0 || data.length > 1000) return { status: 400, body: { error: { code: 'InvalidRequest', message: 'data must hold 1 to 1000 events' } } };
    const details: any[] = [];
    data.forEach((e: any, index: number) => {
      const problem = eventProblem(e, req.at);
      if (problem) details.push({ index, propertyName: problem[0], errorMessage: problem[1] });
      else accepted.push({ platform: 'microsoft', account: m[1] as string, name: e.eventType === 'custom' ? e.eventName : e.eventType, eventId: e.eventId ?? null, test: false, ip: e.userData?.clientIpAddress ?? null, raw: e, at: req.at });
    });
    if (details.length > 0 && req.json.continueOnValidationError !== true) return { status: 400, body: { eventsReceived: 0, error: { code: 'ValidationError', message: 'Invalid events', details } } };
    return { status: 200, body: { eventsReceived: data.length - details.length, ...(details.length > 0 ? { error: { code: 'PartialSuccess', message: 'Some events were invalid', details } } : {}), traceId: 'fake-trace' } };
  },
};

function eventProblem(e: any, now: number): [string, string] | null {
  if (e?.eventType !== 'pageLoad' && e?.eventType !== 'custom') return ['eventType', 'must be pageLoad or custom'];
  if (e.eventType === 'custom' && !e.eventName) return ['eventName', 'is required for custom events'];
  // No age limit is published: only the unit and the future are checked.
  const time = secondsProblem(e.eventTime, now, Number.POSITIVE_INFINITY);
  if (time) return ['eventTime', time];
  if (e.adStorageConsent !== undefined && e.adStorageConsent !== 'G' && e.adStorageConsent !== 'D') return ['adStorageConsent', 'must be G or D'];
  const user = e.userData ?? {};
  for (const key of ['em', 'ph']) if (user[key] !== undefined) {
    const p = hashedProblem(key, user[key]);
    if (p) return [`userData.${key}`, p];
  }
  if (user.clientIpAddress !== undefined && !isIp(user.clientIpAddress)) return ['userData.clientIpAddress', 'must be an IP address'];
  return null;
}
