/**
 * A webhook receiver for tests and benchmarks: a real HTTP server on 127.0.0.1 that checks what a
 * real receiver checks — the Standard Webhooks signature, verified with the `standardwebhooks`
 * library (the spec's reference implementation) against the secrets it was given — and answers as
 * told: 2xx, an error status, 429 with `Retry-After`, a redirect, a 410, a huge body, or never.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type Behaviour =
  | { kind: 'ok'; delayMs?: number }
  | { kind: 'status'; status: number; retryAfter?: string; body?: string }
  | { kind: 'redirect'; status: number; location: string }
  | { kind: 'hang' }
  | { kind: 'huge'; bytes: number };

export interface Received {
  id: string;
  timestamp: string;
  signature: string;
  type: string;
  body: any;
  /** Whether `standardwebhooks` verified it with one of the receiver's secrets, and with which (index). */
  verifiedWith: number | null;
}

export interface WebhookReceiver {
  url: string;
  port: number;
  /** Every request that arrived, in order (verified or not). */
  received: Received[];
  /** Requests that arrived, including ones answered with an error. */
  requests: number;
  behave(b: Behaviour | ((n: number) => Behaviour)): void;
  /** The secrets to verify with (as a real receiver holds them: `whsec_…`). */
  trust(...secrets: string[]): void;
  close(): Promise<void>;
}

export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  let behaviour: (n: number) => Behaviour = () => ({ kind: 'ok' });
  let secrets: string[] = [];
  const received: Received[] = [];
  let requests = 0;
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests++;
      const raw = Buffer.concat(chunks).toString('utf8');
      const headers = { 'webhook-id': String(req.headers['webhook-id'] ?? ''), 'webhook-timestamp': String(req.headers['webhook-timestamp'] ?? ''), 'webhook-signature': String(req.headers['webhook-signature'] ?? '') };
      let verifiedWith: number | null = null;
      for (const [i, secret] of secrets.entries()) {
        try {
          new Webhook(secret).verify(raw, headers);
          verifiedWith = i;
          break;
        } catch {
          // Not this secret.
        }
      }
      let body: any = null;
      try {
        body = JSON.parse(raw);
      } catch {
        body = raw;
      }
      received.push({ id: headers['webhook-id'], timestamp: headers['webhook-timestamp'], signature: headers['webhook-signature'], type: body?.type, body, verifiedWith });
      const b = behaviour(requests);
      if (b.kind === 'ok') {
        const answer = () => res.writeHead(secrets.length > 0 && verifiedWith === null ? 401 : 204).end();
        if (b.delayMs) setTimeout(answer, b.delayMs);
        else answer();
      } else if (b.kind === 'status') {
        res.writeHead(b.status, b.retryAfter ? { 'retry-after': b.retryAfter } : {}).end(b.body ?? '');
      } else if (b.kind === 'redirect') {
        res.writeHead(b.status, { location: b.location }).end();
      } else if (b.kind === 'hang') {
        hanging.add(res);
        res.on('close', () => hanging.delete(res));
      } else {
        res.writeHead(200, { 'content-type': 'text/plain' });
        const block = Buffer.alloc(64 * 1024, 'x');
        let left = b.bytes;
        const write = () => {
          while (left > 0) {
            left -= block.length;
            if (!res.write(block)) return void res.once('drain', write);
          }
          res.end();
        };
        res.on('error', () => {});
        write();
      }
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}/hooks`,
    port: actual,
    received,
    get requests() {
      return requests;
    },
    behave(b) {
      behaviour = typeof b === 'function' ? b : () => b;
    },
    trust(...given) {
      secrets = given;
    },
    async close() {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
