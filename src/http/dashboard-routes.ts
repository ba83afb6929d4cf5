import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Hono } from 'hono';
import { publicDir } from '../paths.js';

/**
 * The dashboard SPA's content security policy. No inline script or style anywhere (the bundle sets
 * styles through the CSSOM, which CSP does not restrict); the API is same-origin; QR codes and
 * CSV downloads are `data:` / `blob:` URLs made in the page.
 */
export const DASHBOARD_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** `app-3FQ2KX7A.js`: esbuild's `[name]-[hash]` (8 base32 characters) never changes content. */
const HASHED = /-[A-Z0-9]{8}\.[a-z0-9]+$/;
/** A plain file name: no path separators, no dot files, so no way out of the folder. */
const SAFE_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
};
const NOT_FOUND_HEADERS = { ...SECURITY_HEADERS, 'content-security-policy': "default-src 'none'; frame-ancestors 'none'", 'cache-control': 'no-store' };

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>Ricochet</title>
<p>The dashboard is not built. Run <code>npm run build</code> (or <code>npx tsx scripts/build-dashboard.ts</code>) and reload.
The REST API works meanwhile: <a href="/api/docs">/api/docs</a>.</p>`;

/**
 * The dashboard: `GET /` answers the SPA's index.html (`no-cache`, strict CSP) and
 * `GET /assets/dashboard/<file>` its bundle, long-cached when the name carries a content hash.
 * The SPA routes with the URL hash (`/#/links/…`) because every other single-segment path is a
 * short-link slug. Files are read per request: dashboard traffic is a handful of requests per
 * visit, and a rebuild shows up without a restart.
 *
 * @example app.route('/', dashboardRoutes());
 */
export function dashboardRoutes(dir: string = path.join(publicDir(), 'dashboard')): Hono {
  const app = new Hono();

  app.get('/', async (c) => {
    const html = await readFile(path.join(dir, 'index.html')).catch(() => null);
    return c.body(html === null ? NOT_BUILT : new Uint8Array(html), html === null ? 503 : 200, {
      ...SECURITY_HEADERS,
      'content-type': CONTENT_TYPES['.html']!,
      'cache-control': 'no-cache',
      'content-security-policy': DASHBOARD_CSP,
    });
  });

  app.get('/assets/dashboard/:file', async (c) => {
    const name = c.req.param('file');
    const type = CONTENT_TYPES[path.extname(name)];
    if (!SAFE_NAME.test(name) || name === 'index.html' || !type) return c.text('Not found', 404, NOT_FOUND_HEADERS);
    const body = await readFile(path.join(dir, name)).catch(() => null);
    if (body === null) return c.text('Not found', 404, NOT_FOUND_HEADERS);
    return c.body(new Uint8Array(body), 200, {
      ...SECURITY_HEADERS,
      'content-type': type,
      'cache-control': HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    });
  });

  return app;
}
