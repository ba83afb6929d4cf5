import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TARGET_LENGTH } from '../../src/http/redirect/request-target.js';
import { testEngines } from '../support/engines.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

/** Send raw bytes and read the status line (and headers) of the answer. */
function rawRequest(port: number, payload: string | Buffer): Promise<{ status: number; head: string }> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    let data = '';
    socket.setEncoding('latin1');
    socket.on('data', (chunk: string) => {
      data += chunk;
      if (data.includes('\r\n\r\n')) socket.end();
    });
    socket.on('end', () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(data)?.[1] ?? 0), head: data.split('\r\n\r\n')[0] ?? '' }));
    socket.on('error', reject);
    socket.write(payload);
  });
}

const get = (path: string, headers = '') => `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\n${headers}Connection: close\r\n\r\n`;

// Bad input on the redirect path (issue 4): a clear 4xx, never a 500, never a header injection.
describe.each(testEngines())('redirect path under hostile input on %s', (engine) => {
  let s: TestServer;
  let port: number;
  beforeAll(async () => {
    s = await startTestServer(engine);
    port = Number(new URL(s.url).port);
    expect((await s.api('POST', '/links', { url: 'https://example.com/landing', slug: 'good', pixelIds: [] })).status).toBe(201);
  });
  afterAll(() => s.close());

  it('a valid request works over the same raw socket helper', async () => {
    const res = await rawRequest(port, get('/good?a=1'));
    expect(res.status).toBe(302);
    expect(res.head).toMatch(/\r\nlocation: https:\/\/example\.com\/landing\?a=1\r\n/i);
  });

  it.each([
    ['invalid percent-encoding in the slug', '/%E0%A4%A', 400],
    ['a lone % in the slug', '/abc%', 400],
    ['an encoded slash', '/go%2Fod', 404],
    ['an encoded NUL', '/go%00od', 404],
    ['a dot-dot path', '/../../etc/passwd', 404],
    ['a two-segment path', '/good/extra', 404],
    ['raw UTF-8 bytes (refused by the HTTP parser)', '/gööd', 400],
  ])('%s (%s) → %i', async (_name, path, status) => {
    const res = await rawRequest(port, get(path));
    expect(res.status).toBe(status);
  });

  it('a request target past 8 KB gets the handler\'s own 414 (with the bad-request page); exactly 8 KB still redirects', async () => {
    const longest = `/good?q=${'x'.repeat(MAX_TARGET_LENGTH - '/good?q='.length)}`;
    expect(longest).toHaveLength(MAX_TARGET_LENGTH);
    const ok = await rawRequest(port, get(longest));
    expect(ok.status).toBe(302);
    expect(ok.head).toMatch(/\r\nlocation: https:\/\/example\.com\/landing\?q=x{100}/i);
    const res = await rawRequest(port, get(`${longest}x`));
    expect(res.status).toBe(414);
    expect(res.head).toMatch(/\r\ncontent-type: text\/html; charset=utf-8\r\n/i);
    expect(res.head).not.toMatch(/\r\nlocation:/i);
    expect((await rawRequest(port, get(`/${'a'.repeat(10_000)}`))).status).toBe(414);
  });

  it('a request head past 16 KB gets 431 from Node\'s HTTP parser before the handler runs', async () => {
    const res = await rawRequest(port, get(`/${'a'.repeat(20_000)}`));
    expect(res.status).toBe(431);
  });

  it('absurd header sizes get 431', async () => {
    const res = await rawRequest(port, get('/good', `X-Big: ${'b'.repeat(64 * 1024)}\r\n`));
    expect(res.status).toBe(431);
  });

  it('CR/LF in the request line is a 400 from the HTTP parser', async () => {
    const res = await rawRequest(port, 'GET /good\rX HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    expect(res.status).toBe(400);
  });

  it('an encoded CR/LF in the query stays encoded in Location: no header injection', async () => {
    const res = await rawRequest(port, get('/good?x=%0d%0aSet-Cookie:%20pwned=1&y=%0AX-Injected:%201'));
    expect(res.status).toBe(302);
    expect(res.head).not.toMatch(/\r\nset-cookie:/i);
    expect(res.head).not.toMatch(/\r\nx-injected:/i);
    const location = /\r\nlocation: ([^\r\n]*)/i.exec(res.head)?.[1] ?? '';
    expect(location).toContain('%0d%0aSet-Cookie');
    expect(location).not.toMatch(/[\r\n]/);
  });

  it('invalid percent-encoding in the query of a real link still redirects, keeping the bytes', async () => {
    const res = await rawRequest(port, get('/good?fbclid=%ZZ%E0%A4&gclid=ok'));
    expect(res.status).toBe(302);
    expect(res.head).toMatch(/location: https:\/\/example\.com\/landing\?fbclid=%ZZ%E0%A4&gclid=ok/i);
  });

  it('a malformed consent cookie and TC string never cause an error page', async () => {
    const res = await rawRequest(port, get('/good?gdpr=1&gdpr_consent=%%%not-base64', 'Cookie: ricochet_consent=%E0%A4garbage; =; ricochet_consent\r\n'));
    expect(res.status).toBe(302);
  });

  it('an unsupported method on a slug goes to the app and is not a 500', async () => {
    const res = await rawRequest(port, 'DELETE /good HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
  });
});
