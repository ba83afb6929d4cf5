/**
 * Issue 21: one webhook attempt against a real receiver — Standard Webhooks signatures (verified
 * by the `standardwebhooks` library, also during a secret rotation), time and size bounds, and
 * the address rules at connect time (SSRF: loopback, 10/8, metadata, IPv4-mapped IPv6, DNS names
 * resolving there, redirects to them).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newSigningSecret, webhookHeaders } from '../../src/app/webhooks/signing-secret.js';
import { systemRandom } from '../../src/app/system-ports.js';
import { parseAllowedNetwork } from '../../src/core/webhooks/address-policy.js';
import { createGuardedAgent } from '../../src/webhooks/guarded-agent.js';
import { MAX_RESPONSE_BYTES, sendWebhook } from '../../src/webhooks/send-webhook.js';
import { fakeLookup } from '../support/fake-dns.js';
import { startWebhookReceiver, type WebhookReceiver } from '../support/webhook-receiver.js';

const lookup = fakeLookup();

const LOCAL = [parseAllowedNetwork('127.0.0.1')];
const agentWith = (allowed = LOCAL, maxRedirects = 0) => createGuardedAgent({ lookup, allowed, connectTimeoutMs: 1000, maxRedirects, connectionsPerOrigin: 4 });

function signed(secrets: string[], body: unknown) {
  const text = JSON.stringify(body);
  return { headers: webhookHeaders(secrets, 'msg_test_1', Date.now(), text), body: text };
}

describe('sendWebhook', () => {
  let receiver: WebhookReceiver;
  const agent = agentWith();
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterEach(() => {
    receiver.received.length = 0;
    receiver.behave({ kind: 'ok' });
    receiver.trust();
  });
  afterAll(async () => {
    await agent.close();
    await receiver.close();
  });

  it('signs so that standardwebhooks verifies the message', async () => {
    const secret = newSigningSecret(systemRandom);
    receiver.trust(secret);
    const result = await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...signed([secret], { type: 'link.created', data: { id: 'lnk_1' } }) });
    expect(result).toMatchObject({ kind: 'ok', status: 204, error: null });
    expect(receiver.received[0]).toMatchObject({ id: 'msg_test_1', type: 'link.created', verifiedWith: 0 });
  });

  it('during a rotation both signatures are sent: a receiver with either secret verifies', async () => {
    const [previous, current] = [newSigningSecret(systemRandom), newSigningSecret(systemRandom)];
    const message = signed([current, previous], { type: 'click', data: { clicks: [] } });
    expect(message.headers['webhook-signature']?.split(' ')).toHaveLength(2);
    for (const secret of [previous, current]) {
      receiver.trust(secret);
      expect((await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...message })).kind).toBe('ok');
    }
    receiver.trust(newSigningSecret(systemRandom));
    const stranger = await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...message });
    expect(stranger).toMatchObject({ kind: 'status', status: 401 });
    expect(receiver.received.map((r) => r.verifiedWith)).toEqual([0, 0, null]);
  });

  it('reports an error status with the first bytes of the answer, and Retry-After', async () => {
    receiver.behave({ kind: 'status', status: 503, body: 'maintenance until 10:00', retryAfter: '7' });
    const result = await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...signed([], {}) });
    expect(result).toMatchObject({ kind: 'status', status: 503, response: 'maintenance until 10:00', error: 'HTTP 503', retryAfterMs: 7000 });
    receiver.behave({ kind: 'status', status: 429, retryAfter: new Date(Date.now() + 60_000).toUTCString() });
    const dated = await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...signed([], {}) });
    expect(dated.status).toBe(429);
    expect(dated.retryAfterMs).toBeGreaterThan(55_000);
    expect(dated.retryAfterMs).toBeLessThanOrEqual(60_000);
  });

  it('gives up on a receiver that never answers after the time limit', async () => {
    receiver.behave({ kind: 'hang' });
    const result = await sendWebhook(agent, { url: receiver.url, timeoutMs: 300, ...signed([], {}) });
    expect(result).toMatchObject({ kind: 'timeout', status: null, error: 'no answer within 300 ms' });
  });

  it('reads at most a bounded part of a huge answer and keeps the first 1 KB', async () => {
    receiver.behave({ kind: 'huge', bytes: 50 * 1024 * 1024 });
    const result = await sendWebhook(agent, { url: receiver.url, timeoutMs: 10_000, ...signed([], {}) });
    expect(result.kind).toBe('ok');
    expect(result.response).toBe('x'.repeat(1024));
    expect(MAX_RESPONSE_BYTES).toBeLessThan(1024 * 1024);
  });

  it('does not follow a redirect by default: the 3xx is a failed attempt naming where it pointed', async () => {
    receiver.behave({ kind: 'redirect', status: 307, location: 'http://10.0.0.7/steal' });
    const result = await sendWebhook(agent, { url: receiver.url, timeoutMs: 5000, ...signed([], {}) });
    expect(result).toMatchObject({ kind: 'status', status: 307, error: 'HTTP 307: redirect to http://10.0.0.7/steal not followed' });
  });

  it('when redirects are followed, each target is checked again: a redirect to a private or metadata address is refused', async () => {
    const following = agentWith(LOCAL, 3);
    try {
      for (const location of ['http://10.0.0.7/steal', 'http://169.254.169.254/latest/meta-data/', 'http://internal.example.test/x', 'http://[::ffff:a00:7]/x']) {
        receiver.behave({ kind: 'redirect', status: 307, location });
        const result = await sendWebhook(following, { url: receiver.url, timeoutMs: 5000, ...signed([], {}) });
        expect(result.kind, location).toBe('refused');
      }
      // A redirect to an allowed place is followed.
      const before = receiver.requests;
      receiver.behave((n) => (n === before + 1 ? { kind: 'redirect', status: 308, location: `${receiver.url}/moved` } : { kind: 'ok' }));
      expect((await sendWebhook(following, { url: receiver.url, timeoutMs: 5000, ...signed([], {}) })).kind).toBe('ok');
      expect(receiver.requests - before).toBe(2);
    } finally {
      await following.close();
    }
  });

  describe('refuses addresses outside the public internet at connect time (nothing reaches them)', () => {
    const strict = agentWith([]);
    afterAll(() => strict.close());

    it.each([
      ['loopback', (r: WebhookReceiver) => r.url, 'loopback'],
      ['localhost by name', (r: WebhookReceiver) => `http://localhost:${r.port}/hooks`, 'unresolvable'],
      ['IPv4-mapped loopback', (r: WebhookReceiver) => `http://[::ffff:127.0.0.1]:${r.port}/hooks`, 'loopback'],
      ['IPv4-mapped loopback, hex form', (r: WebhookReceiver) => `http://[::ffff:7f00:1]:${r.port}/hooks`, 'loopback'],
      ['a name resolving to loopback', (r: WebhookReceiver) => `http://hooks.example.test:${r.port}/hooks`, 'loopback'],
      ['a name resolving to IPv4-mapped loopback', (r: WebhookReceiver) => `http://mapped.example.test:${r.port}/hooks`, 'loopback'],
      ['a name resolving to a public and a loopback address', (r: WebhookReceiver) => `http://split.example.test:${r.port}/hooks`, 'loopback'],
      ['10/8', () => 'http://10.0.0.7/hooks', 'private'],
      ['a name resolving into 10/8', () => 'http://internal.example.test/hooks', 'private'],
      ['the metadata address', () => 'http://169.254.169.254/latest/meta-data/', 'metadata'],
      ['a name resolving to the metadata address', () => 'http://metadata.example.test/', 'metadata'],
    ])('%s', async (_name, url, reason) => {
      const before = receiver.requests;
      const result = await sendWebhook(strict, { url: url(receiver), timeoutMs: 2000, ...signed([], {}) });
      expect(result.kind).toBe('refused');
      expect(result.error).toMatch(reason === 'unresolvable' ? /does not resolve/ : /webhooks are delivered to public addresses only/);
      expect(receiver.requests).toBe(before);
    });
  });
});
