import fs from 'node:fs';
import { Agent, buildConnector, request } from 'undici';
import type { HttpAnswer, HttpRequest } from '../core/conversions/platform-api.js';

/** Where outbound requests go in tests and benchmarks (OUTBOUND_TEST_NETWORK): one local TLS server and its CA. */
export interface TestNetwork {
  address: string;
  port: number;
  caFile: string;
}

export type HttpResult = HttpAnswer | { error: 'network' | 'timeout'; message: string };

export interface HttpClient {
  send(req: HttpRequest): Promise<HttpResult>;
  close(): Promise<void>;
}

/** Most of an answer that is read: platforms answer in bytes, and a runaway body must not fill memory. */
const MAX_ANSWER_BYTES = 64 * 1024;

/**
 * The delivery engine's HTTP client (undici): keep-alive connections per origin, a hard timeout per
 * request, bounded answers, and never an exception — a failure is a value (`network`, `timeout`).
 * Error messages never carry the URL (it can hold an access token in its query).
 *
 * With a test network (OUTBOUND_TEST_NETWORK, tests and benchmarks only; docs/delivery.md) every
 * connection goes to that address and port instead of the vendor's, while the TLS server name and
 * the `Host` header stay the vendor's and the certificate must chain to the given CA: the request
 * is exactly the one production sends, only the wire ends at the platform fakes.
 */
export function createHttpClient(options: { timeoutMs: number; testNetwork: TestNetwork | null; connections?: number }): HttpClient {
  const connect = options.testNetwork ? testConnector(options.testNetwork) : undefined;
  const agent = new Agent({
    connections: options.connections ?? 16,
    keepAliveTimeout: 30_000,
    headersTimeout: options.timeoutMs,
    bodyTimeout: options.timeoutMs,
    ...(connect ? { connect } : {}),
  });
  return {
    async send(req) {
      const signal = AbortSignal.timeout(options.timeoutMs);
      try {
        const res = await request(req.url, { method: req.method, headers: req.headers, body: req.body, dispatcher: agent, signal });
        const chunks: Buffer[] = [];
        let size = 0;
        for await (const chunk of res.body) {
          if (size < MAX_ANSWER_BYTES) chunks.push(chunk as Buffer);
          size += (chunk as Buffer).length;
        }
        const headers: Record<string, string> = {};
        for (const [name, value] of Object.entries(res.headers)) if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
        return { status: res.statusCode, headers, body: Buffer.concat(chunks).toString('utf8').slice(0, MAX_ANSWER_BYTES) };
      } catch (error) {
        const e = error as Error & { code?: string; cause?: { code?: string } };
        const timeout = e.name === 'TimeoutError' || e.name === 'AbortError' || /Timeout/.test(e.code ?? '');
        return { error: timeout ? 'timeout' : 'network', message: timeout ? `no answer within ${options.timeoutMs} ms` : (e.code ?? e.cause?.code ?? e.name) };
      }
    },
    close: () => agent.close(),
  };
}

function testConnector(network: TestNetwork): buildConnector.connector {
  const base = buildConnector({ ca: fs.readFileSync(network.caFile, 'utf8') });
  return (opts, callback) =>
    base({ ...opts, hostname: network.address, port: String(network.port), servername: opts.servername || opts.hostname }, callback);
}
