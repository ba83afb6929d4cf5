import type { IncomingMessage } from 'node:http';
import { Hono } from 'hono';
import type { PixelConfirmation } from '../core/clicks/click.js';
import { isIdOf } from '../core/ids.js';
import { BODY_LIMITS, readBody } from './body-limits.js';
import type { ProxyTrust } from './proxy-trust.js';

/**
 * `POST /_r/beacon`: the interstitial's pixel-yield report, sent with `navigator.sendBeacon`
 * just before it leaves (`{ c: clickId, ok: [pixel ids], ch?: 'accept'|'decline' }`). At most
 * BODY_LIMITS.beacon bytes are read (a larger body gets the 413 of src/http/body-limits.ts and
 * its connection closed, unread). Parsed here (`readBeacon`, the one place that knows the wire
 * format) and handed to the click writer, which applies it once per click and only for pixels
 * that click could fire. The sender's address and user agent go along in memory: after an Accept
 * the visitor joins the audiences of the pixels that then fired. Otherwise always 204: a beacon
 * has nobody to read an error.
 */
export function beaconRoutes(confirm: (confirmation: PixelConfirmation) => void, proxy: ProxyTrust): Hono<{ Bindings: { incoming?: IncomingMessage } }> {
  const app = new Hono<{ Bindings: { incoming?: IncomingMessage } }>();
  app.post('/_r/beacon', async (c) => {
    const incoming = c.env?.incoming;
    const text = incoming ? (await readBody(incoming, BODY_LIMITS.beacon)).toString('utf8') : await c.req.text();
    const report = readBeacon(text);
    if (report) confirm({ ...report, address: incoming ? proxy.clientAddress(incoming) : '', userAgent: c.req.header('user-agent') ?? '' });
    return c.body(null, 204);
  });
  return app;
}

/** The beacon's body, or null when it is not one (too big, not JSON, wrong shape). */
export function readBeacon(text: string): Pick<PixelConfirmation, 'clickId' | 'confirmed' | 'choice'> | null {
  if (text.length > BODY_LIMITS.beacon) return null;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  const { c: clickId, ok, ch } = (body ?? {}) as { c?: unknown; ok?: unknown; ch?: unknown };
  if (typeof clickId !== 'string' || !isIdOf('click', clickId) || !Array.isArray(ok) || ok.length > 50) return null;
  const confirmed = ok.filter((id): id is string => typeof id === 'string' && isIdOf('pixel', id));
  return { clickId, confirmed, choice: ch === 'accept' || ch === 'decline' ? ch : null };
}
