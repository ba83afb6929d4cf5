import { Hono } from 'hono';
import { isIdOf } from '../core/ids.js';
import type { ClickBuffer } from '../ingest/click-buffer.js';

const MAX_BEACON_BYTES = 4096;

/**
 * `POST /_r/beacon`: the interstitial's pixel-yield report, sent with `navigator.sendBeacon`
 * just before it leaves (`{ c: clickId, ok: [pixel ids], ch?: 'accept'|'decline' }`). It is
 * only buffered here; the writer applies it once per click, and only for pixels that click
 * could fire. Always 204: a beacon has nobody to read an error.
 */
export function beaconRoutes(buffer: ClickBuffer): Hono {
  const app = new Hono();
  app.post('/_r/beacon', async (c) => {
    const text = await c.req.text().catch(() => '');
    if (text.length > MAX_BEACON_BYTES) return c.body(null, 204);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return c.body(null, 204);
    }
    const { c: clickId, ok, ch } = (body ?? {}) as { c?: unknown; ok?: unknown; ch?: unknown };
    if (typeof clickId !== 'string' || !isIdOf('click', clickId) || !Array.isArray(ok) || ok.length > 50) return c.body(null, 204);
    const confirmed = ok.filter((id): id is string => typeof id === 'string' && isIdOf('pixel', id));
    buffer.confirm({ clickId, confirmed, choice: ch === 'accept' || ch === 'decline' ? ch : null });
    return c.body(null, 204);
  });
  return app;
}
