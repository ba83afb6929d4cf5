/**
 * The ad platforms' server-side APIs, faked at the network boundary (docs/delivery.md "Platform
 * fakes"): one HTTPS server on 127.0.0.1 with a throwaway certificate for every vendor host name.
 * Ricochet reaches it through OUTBOUND_TEST_NETWORK (`env`): its HTTP client connects here while
 * keeping the vendor's host name for TLS and `Host`, and trusts only this certificate. So the
 * requests are byte for byte what production sends; no test can reach the internet.
 *
 * Each platform's fake (./*-fake.ts) checks what the real API checks and answers with its error
 * shapes; `set` makes a platform fail on purpose (down, an error status, slow).
 *
 * @example
 * const platforms = await startPlatformNetwork();
 * const server = await startTestServer('sqlite', { OUTBOUND_TEST_NETWORK: platforms.env });
 * await platforms.waitFor((e) => e.platform === 'meta' && e.eventId === clickId);
 */
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo, Socket } from 'node:net';
import selfsigned from 'selfsigned';
import type { Platform } from '../../../src/core/pixels/platform.js';
import type { FakeAnswer, FakeRequest, PlatformFake, ReceivedEvent } from './fake-kit.js';
import { ga4Fake } from './ga4-fake.js';
import { googleAdsFake } from './google-ads-fake.js';
import { linkedinFake } from './linkedin-fake.js';
import { metaFake } from './meta-fake.js';
import { microsoftFake } from './microsoft-fake.js';
import { pinterestFake } from './pinterest-fake.js';
import { redditFake } from './reddit-fake.js';
import { snapchatFake } from './snapchat-fake.js';
import { tiktokFake } from './tiktok-fake.js';
import { xFake } from './x-fake.js';

export type { ReceivedEvent } from './fake-kit.js';

export const PLATFORM_FAKES: readonly PlatformFake[] = [metaFake, tiktokFake, pinterestFake, snapchatFake, redditFake, ga4Fake, googleAdsFake, linkedinFake, microsoftFake, xFake];

/** How a platform misbehaves, on purpose. */
export interface Behaviour {
  /** Close the connection without an answer (a network error). */
  down?: boolean;
  /** Answer every request with this status (429, 500, 503) and the platform's transient error body. */
  status?: number;
  /** Hold every answer this long. */
  answerMs?: number;
}

export interface PlatformNetwork {
  /** The OUTBOUND_TEST_NETWORK value that routes Ricochet's outbound requests here. */
  env: string;
  /** Events the fakes accepted, in arrival order. */
  events(platform?: Platform): ReceivedEvent[];
  /** Every request that arrived (headers and body as sent). */
  requests: Array<FakeRequest & { platform: Platform | null; status: number }>;
  set(platform: Platform, behaviour: Behaviour): void;
  /** Clear recordings and behaviours. */
  reset(): void;
  /** Resolve with the accepted events once `predicate` holds for `count` of them. */
  waitFor(predicate: (e: ReceivedEvent) => boolean, options?: { count?: number; timeoutMs?: number }): Promise<ReceivedEvent[]>;
  close(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

export async function startPlatformNetwork(): Promise<PlatformNetwork> {
  const hosts = PLATFORM_FAKES.flatMap((f) => f.hosts);
  const pems = await selfsigned.generate([{ name: 'commonName', value: 'ricochet platform fakes' }], {
    keyType: 'ec',
    curve: 'P-256',
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true },
      { name: 'keyUsage', digitalSignature: true, keyCertSign: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: hosts.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-platforms-'));
  const caFile = path.join(dir, 'ca.pem');
  fs.writeFileSync(caFile, pems.cert);

  const accepted: ReceivedEvent[] = [];
  const requests: PlatformNetwork['requests'] = [];
  const behaviours = new Map<Platform, Behaviour>();
  const sockets = new Set<Socket>();
  const byHost = new Map(PLATFORM_FAKES.flatMap((f) => f.hosts.map((h) => [h, f] as const)));

  const server = https.createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      const host = String(req.headers.host ?? '').replace(/:\d+$/, '');
      const url = new URL(req.url ?? '/', `https://${host}`);
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        json = null;
      }
      const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
      const fake = byHost.get(host) ?? null;
      const request: FakeRequest = { method: req.method ?? 'GET', host, path: url.pathname, query: url.searchParams, headers, body, json, at: Date.now() };
      const behaviour = fake ? (behaviours.get(fake.platform) ?? {}) : {};
      if (behaviour.down) {
        requests.push({ ...request, platform: fake?.platform ?? null, status: 0 });
        req.socket.destroy();
        return;
      }
      const answer: FakeAnswer = !fake
        ? { status: 404, body: { error: 'no such platform host' } }
        : behaviour.status
          ? transient(fake.platform, behaviour.status)
          : fake.handle(request, accepted);
      requests.push({ ...request, platform: fake?.platform ?? null, status: answer.status });
      const reply = () => {
        const text = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
        res.writeHead(answer.status, { 'content-type': 'application/json', ...(answer.headers ?? {}) });
        res.end(text);
      };
      if (behaviour.answerMs) setTimeout(reply, behaviour.answerMs);
      else reply();
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;

  return {
    env: `127.0.0.1:${port},${caFile}`,
    events: (platform) => accepted.filter((e) => platform === undefined || e.platform === platform),
    requests,
    set: (platform, behaviour) => behaviours.set(platform, behaviour),
    reset() {
      accepted.length = 0;
      requests.length = 0;
      behaviours.clear();
    },
    async waitFor(predicate, options = {}) {
      const count = options.count ?? 1;
      const deadline = Date.now() + (options.timeoutMs ?? 15_000);
      for (;;) {
        const found = accepted.filter(predicate);
        if (found.length >= count) return found;
        if (Date.now() > deadline) throw new Error(`platform fakes: ${found.length} of ${count} expected events arrived (${accepted.length} accepted in all, ${requests.length} requests: ${requests.slice(-3).map((r) => `${r.host}${r.path} ${r.status}`).join('; ')})`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The transient error each platform answers when it is overloaded or down. */
function transient(platform: Platform, status: number): FakeAnswer {
  const retryAfter = status === 429 ? { 'retry-after': '1' } : undefined;
  const body =
    platform === 'meta'
      ? { error: { message: status === 429 ? 'User request limit reached' : 'An unexpected error has occurred. Please retry your request later.', type: 'OAuthException', code: status === 429 ? 17 : 2, is_transient: true, fbtrace_id: 'AbCdEfGhIjK' } }
      : platform === 'tiktok'
        ? { code: status === 429 ? 40100 : 50000, message: status === 429 ? 'Too many requests' : 'System error', request_id: 'x' }
        : { error: { code: status, message: status === 429 ? 'Too Many Requests' : 'Service Unavailable' } };
  // TikTok answers HTTP 200 with a code even when throttling.
  return { status: platform === 'tiktok' && status === 429 ? 200 : status, body, ...(retryAfter ? { headers: retryAfter } : {}) };
}
