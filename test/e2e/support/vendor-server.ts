/**
 * The thread behind ./vendor-network.ts: an HTTP/2 server with TLS that answers as the fake
 * vendors do (./vendor-fakes.ts). It runs on a thread of its own so that its answers keep their
 * timing however busy the test's own event loop is (Playwright, the Ricochet server under test).
 *
 * Messages in: `session` (id, options), `release` (id, ack). Out: `ready` (port, certificate's
 * public-key hash), `request` (session id, the recorded request), `released` (ack).
 */
import { createHash, X509Certificate } from 'node:crypto';
import http2 from 'node:http2';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parentPort } from 'node:worker_threads';
import selfsigned from 'selfsigned';
import { answerVendorRequest, corsHeaders, type VendorFakeOptions, type VendorRequest } from './vendor-fakes.js';

export type ToServer = { type: 'session'; id: number; options: VendorFakeOptions } | { type: 'release'; id: number; ack: number };
export type FromServer =
  | { type: 'ready'; port: number; spki: string }
  | { type: 'request'; session: number; request: Omit<VendorRequest, 'seq'> }
  | { type: 'released'; ack: number };

type Res = ServerResponse | http2.Http2ServerResponse;

/** The tag `VendorSession.userAgent` appends to a context's user agent. */
export const SESSION_TAG = / rcv\/(\d+)$/;
/** The fake libraries' pause between their last round trip and their hits ("a beat after load"). */
export const DEFAULT_HIT_DELAY_MS = 25;
const MAX_BODY = 256 * 1024;

const port = parentPort!;
const send = (m: FromServer) => port.postMessage(m);
const sessions = new Map<number, { options: VendorFakeOptions; held: Res[] }>();

port.on('message', (m: ToServer) => {
  if (m.type === 'session') sessions.set(m.id, { options: m.options, held: [] });
  else {
    for (const res of sessions.get(m.id)?.held ?? []) abort(res);
    sessions.delete(m.id);
    send({ type: 'released', ack: m.ack });
  }
});

function handle(req: IncomingMessage | http2.Http2ServerRequest, res: Res): void {
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size <= MAX_BODY) chunks.push(c);
  });
  req.on('end', () => {
    const at = performance.timeOrigin + performance.now();
    const headers = req.headers;
    const host = String(headers[':authority'] ?? headers.host ?? '').replace(/:\d+$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const id = Number(SESSION_TAG.exec(String(headers['user-agent'] ?? ''))?.[1]);
    const session = sessions.get(id);
    const options = session?.options ?? {};
    const dest = String(headers['sec-fetch-dest'] ?? '');
    const answer = answerVendorRequest(url, dest, options.hitDelayMs ?? DEFAULT_HIT_DELAY_MS);
    const origin = headers.origin as string | undefined;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...corsHeaders(origin), 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': '*' });
      return void res.end();
    }
    if (session) {
      const body = chunks.length ? Buffer.concat(chunks).toString('utf8') : null;
      const method = req.method ?? 'GET';
      send({ type: 'request', session: id, request: { platform: answer.platform, kind: answer.kind, url: url.href, method, body, dest, at } });
    }
    if (session && (answer.platforms.some((p) => options.hang?.includes(p)) || (answer.kind === 'hit' && options.holdHits))) {
      session.held.push(res);
      return;
    }
    const reply = () => {
      res.writeHead(200, { ...corsHeaders(origin), 'content-type': answer.contentType, 'cache-control': 'no-store' });
      res.end(answer.body);
    };
    if (options.answerMs) setTimeout(reply, options.answerMs);
    else reply();
  });
}

function abort(res: Res): void {
  if ('stream' in res) res.stream.close(http2.constants.NGHTTP2_CANCEL);
  else res.destroy();
}

// ECDSA keys: cheap handshakes, so a page with eleven vendors does not queue on this thread's CPU.
const pems = await selfsigned.generate([{ name: 'commonName', value: 'vendor-fakes' }], { keyType: 'ec', curve: 'P-256', algorithm: 'sha256' });
const server = http2.createSecureServer({ key: pems.private, cert: pems.cert, allowHTTP1: true }, handle);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const spkiDer = new X509Certificate(pems.cert).publicKey.export({ type: 'spki', format: 'der' });
send({ type: 'ready', port: (server.address() as { port: number }).port, spki: createHash('sha256').update(spkiDer).digest('base64') });
// The thread ends with its parent (`worker.terminate()`); the sockets go with it.
