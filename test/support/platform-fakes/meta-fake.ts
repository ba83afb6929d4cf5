import { DAY_MS, hashedProblem, isIp, REVOKED, secondsProblem, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const ACTION_SOURCES = ['email', 'website', 'app', 'phone_call', 'chat', 'physical_store', 'system_generated', 'business_messaging', 'other'];
const HASHED = ['em', 'ph', 'fn', 'ln', 'ge', 'db', 'ct', 'st', 'zp', 'country'];

/** A Graph API error, as Meta answers it. */
function graphError(status: number, code: number, message: string, subcode?: number) {
  return {
    status,
    body: {
      error: { message, type: code === 190 || code === 104 ? 'OAuthException' : 'GraphMethodException', code, ...(subcode ? { error_subcode: subcode, error_user_msg: message } : {}), fbtrace_id: 'AbCdEfGhIjK' },
    },
  };
}

/**
 * Meta Conversions API (`graph.facebook.com/<version>/<pixel>/events`): the token (query or body),
 * at most 1,000 events, each with a name, `event_time` in seconds no older than 7 days, an action
 * source, for `website` a user agent and a source URL, hashed identifiers, a plain IP, `fbc` in its
 * format. One bad event refuses the whole request, as Meta does.
 */
export const metaFake: PlatformFake = {
  platform: 'meta',
  hosts: ['graph.facebook.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    const m = /^\/v\d+\.\d+\/(\d+)\/events$/.exec(req.path);
    if (req.method !== 'POST' || !m) return graphError(400, 100, 'Unsupported post request. Object does not exist or does not support this operation', 33);
    const token = req.query.get('access_token') ?? req.json?.access_token;
    if (!token) return graphError(400, 104, 'An access token is required to request this resource.');
    if (token === REVOKED || !/^EAA/.test(token)) return graphError(400, 190, 'Invalid OAuth access token - Cannot parse access token');
    const data = req.json?.data;
    if (!Array.isArray(data) || data.length === 0) return graphError(400, 100, 'The parameter data is required');
    if (data.length > 1000) return graphError(400, 100, '(#100) param data must be an array of at most 1000 elements', 2804019);
    for (const [i, e] of data.entries()) {
      const problem = eventProblem(e, req.at);
      if (problem) return graphError(400, 100, `Invalid parameter: event ${i}: ${problem}`, 2804050);
    }
    const test = typeof req.json.test_event_code === 'string';
    for (const e of data) {
      accepted.push({ platform: 'meta', account: m[1] as string, name: e.event_name, eventId: e.event_id ?? null, test, ip: e.user_data.client_ip_address ?? null, raw: e, at: req.at });
    }
    return { status: 200, body: { events_received: data.length, messages: [], fbtrace_id: 'AbCdEfGhIjK' } };
  },
};

function eventProblem(e: any, now: number): string | null {
  if (!e || typeof e !== 'object') return 'not an object';
  if (typeof e.event_name !== 'string' || e.event_name === '') return 'event_name is required';
  const time = secondsProblem(e.event_time, now, 7 * DAY_MS);
  if (time) return `event_time ${time}`;
  if (!ACTION_SOURCES.includes(e.action_source)) return 'action_source is invalid';
  const user = e.user_data;
  if (!user || typeof user !== 'object') return 'user_data is required';
  if (e.action_source === 'website') {
    if (typeof user.client_user_agent !== 'string' || user.client_user_agent === '') return 'client_user_agent is required for website events';
    if (typeof e.event_source_url !== 'string' || !/^https?:\/\//.test(e.event_source_url)) return 'event_source_url is required for website events';
  }
  for (const key of HASHED) if (user[key] !== undefined) {
    const p = hashedProblem(key, user[key]);
    if (p) return p;
  }
  if (user.client_ip_address !== undefined && !isIp(user.client_ip_address)) return 'client_ip_address must be a plain IP address (not hashed)';
  if (user.fbc !== undefined && !/^fb\.\d\.\d{13}\..+$/.test(user.fbc)) return 'fbc must be fb.<subdomain index>.<creation time ms>.<fbclid>';
  if (e.data_processing_options !== undefined && !Array.isArray(e.data_processing_options)) return 'data_processing_options must be an array';
  if (Array.isArray(e.data_processing_options) && e.data_processing_options.includes('LDU') && (e.data_processing_options_country === undefined || e.data_processing_options_state === undefined)) {
    return 'LDU needs data_processing_options_country and data_processing_options_state';
  }
  return null;
}
