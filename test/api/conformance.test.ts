/**
 * The checker behind declared-status and declared-header conformance (test/support/api-conformance.ts),
 * run against the real document: it must catch what it is there to catch.
 */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { conformanceProblems, findOperation, type RecordedResponse } from '../support/api-conformance.js';

const doc = JSON.parse(fs.readFileSync(new URL('../../sdk/openapi.json', import.meta.url), 'utf8'));
const response = (over: Partial<RecordedResponse>): RecordedResponse => ({ method: 'GET', url: '/api/v1/links', status: 200, headers: ['content-type', 'x-request-id'], ...over });

describe('API conformance checker', () => {
  it('matches fixed path segments before templated ones, as the router does', () => {
    expect(findOperation(doc, 'PATCH', '/api/v1/links/bulk')?.path).toBe('/links/bulk');
    expect(findOperation(doc, 'PATCH', '/api/v1/links/lnk_01kbmz3f8r9c2v6x4n7q5t8w0y')?.path).toBe('/links/{id}');
    expect(findOperation(doc, 'GET', '/api/v1/links/lookup?slug=a')?.path).toBe('/links/lookup');
    expect(findOperation(doc, 'GET', '/api/v1/links/lnk_1/stats?range=7d')?.path).toBe('/links/{id}/stats');
    expect(findOperation(doc, 'PUT', '/api/v1/links/external/cms-1')?.path).toBe('/links/external/{externalId}');
    expect(findOperation(doc, 'GET', '/api/v1/nope')).toBeNull();
    expect(findOperation(doc, 'PUT', '/api/v1/links')).toBeNull();
  });

  it('accepts declared statuses, codes and headers', () => {
    expect(
      conformanceProblems(doc, [
        response({}),
        response({ method: 'POST', status: 201, headers: ['content-type', 'x-request-id', 'location'] }),
        response({ method: 'POST', status: 409, errorCode: 'SLUG_TAKEN' }),
        response({ status: 429, errorCode: 'RATE_LIMITED', headers: ['content-type', 'x-request-id', 'retry-after'] }),
        response({ url: '/api/v1/clicks.csv', headers: ['content-type', 'x-request-id', 'content-disposition', 'cache-control', 'transfer-encoding'] }),
        response({ method: 'DELETE', url: '/api/v1/pixels/pix_1', status: 204, headers: ['x-request-id'] }),
      ]),
    ).toEqual([]);
  });

  it('reports a status the operation does not declare', () => {
    expect(conformanceProblems(doc, [response({ status: 409, errorCode: 'SLUG_TAKEN' })])).toEqual(['GET /links answered 409 SLUG_TAKEN, which it does not declare']);
    expect(conformanceProblems(doc, [response({ url: '/api/v1/links/lnk_1', method: 'GET', status: 415, errorCode: 'UNSUPPORTED_MEDIA_TYPE' })])).toHaveLength(1);
  });

  it('reports an error code outside the enum declared for its status', () => {
    expect(conformanceProblems(doc, [response({ method: 'POST', status: 404, errorCode: 'PIXEL_NOT_FOUND' })])).toEqual([
      expect.stringMatching(/^POST \/links answered 404/),
    ]);
    expect(conformanceProblems(doc, [response({ method: 'POST', status: 409, errorCode: 'DOMAIN_TAKEN' })])).toEqual([
      'POST /links answered 409 DOMAIN_TAKEN, not among the declared SLUG_TAKEN, EXTERNAL_ID_TAKEN',
    ]);
  });

  it('reports a header the response does not declare, but not HTTP’s own', () => {
    expect(conformanceProblems(doc, [response({ headers: ['content-type', 'date', 'connection', 'x-request-id', 'retry-after', 'x-powered-by'] })])).toEqual([
      'GET /links 200 sent the header retry-after, which it does not declare',
      'GET /links 200 sent the header x-powered-by, which it does not declare',
    ]);
    expect(conformanceProblems(doc, [response({ method: 'POST', status: 200 })])).toEqual(['POST /links answered 200, which it does not declare']);
  });

  it('checks JSON bodies against the declared schema, $refs, enums and formats included', () => {
    const link = { ...doc.components.schemas.Link.example };
    const get = (body: unknown) => response({ url: '/api/v1/links/lnk_1', body });
    expect(conformanceProblems(doc, [get(link)])).toEqual([]);
    expect(conformanceProblems(doc, [get({ ...link, redirectType: 303 })])).toEqual([expect.stringMatching(/^GET \/links\/\{id\} 200: the body does not match its schema: \/redirectType/)]);
    expect(conformanceProblems(doc, [get({ ...link, createdAt: 'yesterday' })])).toEqual([expect.stringContaining('/createdAt must match format "date-time"')]);
    const { humanClicks: _h, ...missing } = link;
    expect(conformanceProblems(doc, [get(missing)])).toEqual([expect.stringContaining("must have required property 'humanClicks'")]);
    const error = response({ method: 'POST', status: 409, errorCode: 'SLUG_TAKEN', body: { error: { code: 'SLUG_TAKEN', message: 'x', details: { reason: 'nope' } } } });
    expect(conformanceProblems(doc, [error])).toEqual([expect.stringContaining('/error/details/reason must be equal to one of the allowed values')]);
  });

  it('leaves requests that reach no operation to the generic 404', () => {
    expect(conformanceProblems(doc, [response({ url: '/api/v1/nope', status: 404, errorCode: 'NOT_FOUND' })])).toEqual([]);
  });
});
