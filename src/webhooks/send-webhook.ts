/**
 * One webhook attempt: POST the signed body, wait for the answer within the time limit, read at
 * most a bounded part of the response, and say what happened (docs/webhooks.md "Delivery").
 * Never throws: a failure is a result.
 */
import type { Dispatcher } from 'undici';
import { refusalOf } from './address-guard.js';

/** The response bytes kept in the delivery log. */
export const RESPONSE_EXCERPT_BYTES = 1024;
/**
 * A response body is read up to this size (so the connection can be reused) and cut off beyond:
 * a receiver cannot make Ricochet read a large or endless body.
 */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * - `ok`: 2xx.
 * - `status`: another status (the receiver answered; `status` says which).
 * - `timeout`: no complete answer within WEBHOOK_TIMEOUT_MS (or no connection within
 *   WEBHOOK_CONNECT_TIMEOUT_MS).
 * - `network`: no connection, reset, TLS failure.
 * - `refused`: the address is not one webhooks may go to (docs/webhooks.md "Safety").
 */
export type AttemptKind = 'ok' | 'status' | 'timeout' | 'network' | 'refused';

export interface AttemptResult {
  kind: AttemptKind;
  status: number | null;
  latencyMs: number;
  /** The first bytes of the body (text), null when there was no answer. */
  response: string | null;
  /** What went wrong, in words (null on success). */
  error: string | null;
  /** From `Retry-After` (seconds or an HTTP date), when the receiver sent one. */
  retryAfterMs?: number;
}

export interface WebhookRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}

export async function sendWebhook(agent: Dispatcher, request: WebhookRequest, now: () => number = Date.now): Promise<AttemptResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const signal = AbortSignal.timeout(request.timeoutMs);
  const url = new URL(request.url);
  try {
    const response = await agent.request({
      origin: url.origin,
      path: `${url.pathname}${url.search}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Ricochet-Webhooks/1', ...request.headers },
      body: request.body,
      signal,
      headersTimeout: request.timeoutMs,
      bodyTimeout: request.timeoutMs,
    });
    const excerpt = await readBounded(response.body);
    const status = response.statusCode;
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], now());
    const base = { status, latencyMs: latency(), response: excerpt, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
    if (status >= 200 && status < 300) return { kind: 'ok', ...base, error: null };
    const location = status >= 300 && status < 400 ? response.headers.location : undefined;
    return { kind: 'status', ...base, error: location ? `HTTP ${status}: redirect to ${String(location)} not followed` : `HTTP ${status}` };
  } catch (error) {
    const refused = refusalOf(error);
    if (refused) return { kind: 'refused', status: null, latencyMs: latency(), response: null, error: refused.message };
    if (signal.aborted || isTimeout(error)) return { kind: 'timeout', status: null, latencyMs: latency(), response: null, error: `no answer within ${request.timeoutMs} ms` };
    return { kind: 'network', status: null, latencyMs: latency(), response: null, error: describe(error) };
  }
}

/** Read up to MAX_RESPONSE_BYTES, keep the first RESPONSE_EXCERPT_BYTES as text, drop the rest unread. */
async function readBounded(body: Dispatcher.ResponseData['body']): Promise<string> {
  const kept: Buffer[] = [];
  let keptBytes = 0;
  let read = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    if (keptBytes < RESPONSE_EXCERPT_BYTES) {
      const part = chunk.subarray(0, RESPONSE_EXCERPT_BYTES - keptBytes);
      kept.push(part);
      keptBytes += part.length;
    }
    read += chunk.length;
    if (read > MAX_RESPONSE_BYTES) {
      body.destroy();
      break;
    }
  }
  // A multi-byte character cut at the limit becomes U+FFFD.
  return Buffer.concat(kept).toString('utf8');
}

/** `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3). */
export function parseRetryAfter(header: string | string[] | undefined, now: number): number | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return undefined;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function isTimeout(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  const name = (error as { name?: string } | null)?.name;
  return code === 'UND_ERR_CONNECT_TIMEOUT' || code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT' || name === 'TimeoutError' || name === 'AbortError';
}

function describe(error: unknown): string {
  const e = error as { code?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code;
  const message = e.cause?.message ?? e.message ?? String(error);
  return code && !message.includes(code) ? `${code}: ${message}` : message;
}
