import { bearer, DAY_MS, hashedProblem, millisProblem, REVOKED, type FakeRequest, type PlatformFake, type ReceivedEvent } from './fake-kit.js';

const ID_TYPES = ['SHA256_EMAIL', 'LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID', 'AXCIOM_ID', 'ORACLE_MOAT_ID'];

/**
 * LinkedIn Conversions API (`api.linkedin.com/rest/conversionEvents`): an OAuth token, the
 * `LinkedIn-Version` (YYYYMM) and `X-Restli-Protocol-Version: 2.0.0` headers, a `BATCH_CREATE` of
 * at most 5,000 elements, each with a conversion rule URN, `conversionHappenedAt` in milliseconds
 * (90 days), and at least one user id of a known type (a hashed e-mail hashed).
 */
export const linkedinFake: PlatformFake = {
  platform: 'linkedin',
  hosts: ['api.linkedin.com'],
  handle(req: FakeRequest, accepted: ReceivedEvent[]) {
    if (req.method !== 'POST' || req.path !== '/rest/conversionEvents') return { status: 404, body: { status: 404, message: 'Not Found' } };
    const token = bearer(req);
    if (!token || token === REVOKED) return { status: 401, body: { status: 401, serviceErrorCode: 65600, code: 'INVALID_ACCESS_TOKEN', message: 'Invalid access token' } };
    if (!/^\d{6}$/.test(req.headers['linkedin-version'] ?? '')) return { status: 400, body: { status: 400, code: 'VERSION_MISSING', message: 'A version must be present. Please specify a version by adding the LinkedIn-Version header.' } };
    if (req.headers['x-restli-protocol-version'] !== '2.0.0') return { status: 400, body: { status: 400, message: 'X-Restli-Protocol-Version 2.0.0 is required' } };
    const batch = req.headers['x-restli-method'] === 'BATCH_CREATE';
    const elements = batch ? req.json?.elements : [req.json];
    if (!Array.isArray(elements) || elements.length === 0 || elements.length > 5000) return { status: 400, body: { status: 400, message: 'elements must hold 1 to 5000 conversion events' } };
    const out = elements.map((e: any) => {
      const problem = eventProblem(e, req.at);
      if (problem) return { status: 400, error: { status: 400, message: problem } };
      accepted.push({ platform: 'linkedin', account: e.conversion, name: e.conversion.split(':').pop(), eventId: e.eventId ?? null, test: false, ip: null, raw: e, at: req.at });
      return { status: 201 };
    });
    return { status: batch ? 200 : 201, body: batch ? { elements: out } : {} };
  },
};

function eventProblem(e: any, now: number): string | null {
  if (!/^urn:lla:llaPartnerConversion:\d+$/.test(e?.conversion ?? '')) return '/conversion must be urn:lla:llaPartnerConversion:<rule id>';
  const time = millisProblem(e.conversionHappenedAt, now, 90 * DAY_MS);
  if (time) return `/conversionHappenedAt ${time}`;
  const ids = e.user?.userIds;
  if (!Array.isArray(ids) || ids.length === 0) return '/user/userIds needs at least one id';
  for (const id of ids) {
    if (!ID_TYPES.includes(id.idType)) return `/user/userIds idType ${id.idType} is not supported`;
    if (id.idType === 'SHA256_EMAIL') {
      const p = hashedProblem('SHA256_EMAIL', id.idValue);
      if (p) return p;
    }
  }
  return null;
}
