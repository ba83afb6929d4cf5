import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { hashKeySecret } from '../../src/app/api-keys/key-secret.js';
import { createApiKey } from '../../src/app/api-keys/manage-api-keys.js';
import { ERRORS } from '../../src/core/errors.js';
import { OWNER_KEY, createLink, testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('error responses on %s', (engine) => {
  const s = useTestServer(engine);

  const raw = (method: string, path: string, init: { body?: string; headers?: Record<string, string> } = {}) =>
    fetch(`${s.url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${OWNER_KEY}`, ...init.headers },
      ...(init.body !== undefined ? { body: init.body } : {}),
    });

  /**
   * POST over its own connection (node:http, no keep-alive pool): the server stops reading an
   * oversized body and drops that connection, which a pooled client would then try to reuse.
   */
  function postOnFreshConnection(path: string, chunks: string[], withLength: boolean): Promise<{ status: number; body: string; connection: string | undefined }> {
    return new Promise((resolve, reject) => {
      const headers: Record<string, string | number> = { authorization: `Bearer ${OWNER_KEY}`, 'content-type': 'application/json' };
      if (withLength) headers['content-length'] = Buffer.byteLength(chunks.join(''));
      const req = http.request(`${s.url}/api/v1${path}`, { method: 'POST', headers, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, connection: res.headers.connection }));
      });
      // The server may answer and close before the whole body is sent; that is the point.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)));
      for (const chunk of chunks) req.write(chunk);
      req.end();
    });
  }

  async function expectError(res: Response, status: number, code: keyof typeof ERRORS) {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe(code);
    expect(typeof body.error.message).toBe('string');
    expect(body.error.message.length).toBeGreaterThan(0);
    return body;
  }

  it('uses the catalogue status for every code it answers with', async () => {
    const res = await s.api('GET', '/links/lnk_00000000000000000000000000');
    expect(res.body).toEqual({ error: { code: 'LINK_NOT_FOUND', message: ERRORS.LINK_NOT_FOUND.message } });
    expect(res.status).toBe(ERRORS.LINK_NOT_FOUND.status);
  });

  describe('authentication', () => {
    it('answers 401 UNAUTHENTICATED without a key', async () => {
      const res = await s.api('GET', '/links', undefined, null);
      expect(res.status).toBe(401);
      expect(res.body.error).toEqual({ code: 'UNAUTHENTICATED', message: ERRORS.UNAUTHENTICATED.message });
    });

    it.each([
      ['an unknown key', { authorization: 'Bearer rk_not_a_real_key_000000000000' }],
      ['a wrong scheme', { authorization: `Basic ${OWNER_KEY}` }],
      ['no token', { authorization: 'Bearer ' }],
      ['the key without Bearer', { authorization: OWNER_KEY }],
    ])('answers 401 for %s', async (_label, headers) => {
      const res = await fetch(`${s.url}/api/v1/links`, { headers });
      await expectError(res, 401, 'UNAUTHENTICATED');
    });

    it('accepts a lower-case bearer scheme', async () => {
      const res = await fetch(`${s.url}/api/v1/links`, { headers: { authorization: `bearer ${OWNER_KEY}` } });
      expect(res.status).toBe(200);
    });

    it('checks the key before it reads the body', async () => {
      const malformed = await fetch(`${s.url}/api/v1/links`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
      await expectError(malformed, 401, 'UNAUTHENTICATED');
      const wrongType = await fetch(`${s.url}/api/v1/links`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'x' });
      await expectError(wrongType, 401, 'UNAUTHENTICATED');
    });

    it('refuses writes without a key and creates nothing', async () => {
      const res = await s.api('POST', '/links', { url: 'https://example.com/anon', slug: 'anon-write' }, null);
      expect(res.status).toBe(401);
      expect((await s.get('/anon-write')).status).toBe(404);
    });
  });

  describe('bodies', () => {
    it('answers 400 MALFORMED_JSON for broken JSON', async () => {
      for (const body of ['{"url": ', '{url: "x"}', "{'url':'x'}", 'undefined']) {
        const res = await raw('POST', '/links', { body, headers: { 'content-type': 'application/json' } });
        await expectError(res, 400, 'MALFORMED_JSON');
      }
    });

    it('answers 415 for a body that is not JSON', async () => {
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const res = await raw('POST', '/links', { body: 'url=https://example.com/', headers: { 'content-type': type } });
        await expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
      }
      const none = await raw('POST', '/links', { body: '{"url":"https://example.com/"}' });
      expect(none.status).toBe(415);
      // No body and no type at all (found by the fuzz test as a 500): the operation's schema judges
      // it — 422 naming what is missing where a body is needed; an all-optional PATCH changes nothing.
      await expectError(await raw('POST', '/links'), 422, 'VALIDATION_FAILED');
      expect((await raw('PATCH', '/workspace')).status).toBe(200);
      await expectError(await raw('PATCH', '/workspace', { body: '', headers: { 'content-type': 'text/plain' } }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('accepts application/json with a charset and +json types', async () => {
      const a = await raw('POST', '/links', { body: '{"url":"https://example.com/cs"}', headers: { 'content-type': 'application/json; charset=utf-8' } });
      expect(a.status).toBe(201);
      const b = await raw('POST', '/links', { body: '{"url":"https://example.com/pj"}', headers: { 'content-type': 'application/merge-patch+json' } });
      expect(b.status).toBe(201);
    });

    it('answers 413 PAYLOAD_TOO_LARGE for a body over 1 MB, with or without Content-Length', async () => {
      const big = JSON.stringify({ url: 'https://example.com/', title: 'x'.repeat(1024 * 1024) });
      const sized = await postOnFreshConnection('/links', [big], true);
      expect(sized.status).toBe(413);
      expect(JSON.parse(sized.body).error.code).toBe('PAYLOAD_TOO_LARGE');
      // The unread rest of the body ends the connection, and the response says so.
      expect(sized.connection).toBe('close');
      const chunks = Array.from({ length: Math.ceil(big.length / 65536) }, (_, i) => big.slice(i * 65536, (i + 1) * 65536));
      const chunked = await postOnFreshConnection('/links', chunks, false);
      expect(chunked.status).toBe(413);
      expect(JSON.parse(chunked.body).error.code).toBe('PAYLOAD_TOO_LARGE');
      expect(chunked.connection).toBe('close');
    });

    it('accepts a body just under 1 MB (then validates it)', async () => {
      // One bulk item with an over-long title: the body is read and parsed, the item fails alone.
      const body = JSON.stringify({ links: [{ url: 'https://example.com/', title: 't'.repeat(1024 * 1024 - 100) }] });
      expect(body.length).toBeLessThan(1024 * 1024);
      const res = await raw('POST', '/links/bulk', { body, headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(200);
      const result = (await res.json()) as { created: number; failed: number; results: Array<{ error: { code: string } }> };
      expect(result).toMatchObject({ created: 0, failed: 1 });
      expect(result.results[0]?.error.code).toBe('VALIDATION_FAILED');
    });

    it('answers 422 VALIDATION_FAILED with one issue per problem for wrong types and unknown fields', async () => {
      const res = await s.api('POST', '/links', { url: 42, title: ['x'], tags: 'a', colour: 'red', extra: 1 });
      expect(res.status).toBe(422);
      expect(res.body.error.code).toBe('VALIDATION_FAILED');
      const issues = res.body.error.details.issues as Array<{ path: string; message: string; keys?: string[] }>;
      const paths = issues.map((i) => i.path);
      expect(paths).toEqual(expect.arrayContaining(['url', 'title', 'tags']));
      const unknown = issues.find((i) => i.keys);
      expect(unknown?.keys?.sort()).toEqual(['colour', 'extra']);
      for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
    });

    it('answers 422 when a required field is missing or the body is not an object', async () => {
      for (const body of [{}, [], 'just a string', null, 42]) {
        const res = await s.api('POST', '/links', JSON.stringify(body));
        expect(res.status, JSON.stringify(body)).toBe(422);
        expect(res.body.error.code).toBe('VALIDATION_FAILED');
      }
    });
  });

  describe('queries and cursors', () => {
    it('answers 400 INVALID_CURSOR for a cursor the server did not issue', async () => {
      for (const cursor of ['garbage', Buffer.from('lnk_short').toString('base64url'), Buffer.from('drop table links').toString('base64url')]) {
        const res = await s.api('GET', `/links?cursor=${encodeURIComponent(cursor)}`);
        expect(res.status, cursor).toBe(400);
        expect(res.body.error.code).toBe('INVALID_CURSOR');
      }
      for (const path of ['/pixels', '/domains', '/api-keys']) {
        expect((await s.api('GET', `${path}?cursor=nope`)).body.error.code, path).toBe('INVALID_CURSOR');
      }
    });

    it('answers 400 INVALID_QUERY for a limit out of bounds or not a number', async () => {
      for (const limit of ['0', '101', '-1', 'ten', '1.5']) {
        const res = await s.api('GET', `/links?limit=${limit}`);
        expect(res.status, limit).toBe(400);
        expect(res.body.error.code).toBe('INVALID_QUERY');
        expect(res.body.error.details.issues[0].path).toBe('limit');
      }
      expect((await s.api('GET', '/links?limit=1')).status).toBe(200);
      expect((await s.api('GET', '/links?limit=100')).status).toBe(200);
      expect((await s.api('GET', '/pixels?limit=500')).body.error.code).toBe('INVALID_QUERY');
    });

    it('accepts the cursor it issued', async () => {
      await createLink(s, { url: 'https://example.com/c1' });
      await createLink(s, { url: 'https://example.com/c2' });
      const first = await s.api('GET', '/links?limit=1');
      const second = await s.api('GET', `/links?limit=1&cursor=${first.body.nextCursor}`);
      expect(second.status).toBe(200);
      expect(second.body.data[0].id).not.toBe(first.body.data[0].id);
    });
  });

  describe('routing', () => {
    it('answers 404 NOT_FOUND as JSON for an unknown endpoint', async () => {
      const res = await s.api('GET', '/nothing-here');
      expect(res.status).toBe(404);
      expect(res.body.error.code).toBe('NOT_FOUND');
      const outside = await fetch(`${s.url}/api/v2/links`);
      await expectError(outside, 404, 'NOT_FOUND');
    });

    it('tags every API response with a request id', async () => {
      const res = await s.api('GET', '/links');
      expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
      const err = await s.api('GET', '/links', undefined, null);
      expect(err.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    });
  });
});

describe.each(testEngines())('rate limiting on %s', (engine) => {
  const s = useTestServer(engine, { API_RATE_LIMIT: '3' });

  it('answers 429 RATE_LIMITED with Retry-After on the 4th request of a burst, per key', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) statuses.push((await s.api('GET', '/links')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const limited = await s.api('GET', '/links');
    expect(limited.status).toBe(429);
    expect(limited.body.error.code).toBe('RATE_LIMITED');
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Writes count against the same budget and are refused before they run.
    const write = await s.api('POST', '/links', { url: 'https://example.com/limited', slug: 'limited-write' });
    expect(write.status).toBe(429);
    expect((await s.get('/limited-write')).status).toBe(404);
  });

  it('keeps a separate budget per key', async () => {
    // The owner key is exhausted by the test above; a fresh key of the same workspace is not.
    expect((await s.api('GET', '/links')).status).toBe(429);
    const owner = await s.server.ctx.stores.apiKeys.findByHash(hashKeySecret(OWNER_KEY));
    const { secret } = await createApiKey(s.server.ctx, owner!.workspaceId, { name: 'fresh', role: 'viewer' }, null);
    expect((await s.api('GET', '/links', undefined, secret)).status).toBe(200);
  });
});
