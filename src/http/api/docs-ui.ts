import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { createRequire } from 'node:module';

/**
 * The docs page's policy: its own scripts only, no framing (a framed page could be used to trick
 * someone into pasting a key: issue 17), requests to this origin only. Swagger UI sets inline
 * styles, hence `'unsafe-inline'` for styles alone.
 */
export const DOCS_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS = {
  'content-security-policy': DOCS_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * `/api/docs`: Swagger UI served from the `swagger-ui-dist` package on disk, never from a CDN,
 * so the docs work on an offline or locked-down host. The key typed into "Authorize" stays in
 * the page's memory: `persistAuthorization` is off, so nothing is written to `localStorage`.
 */
export function docsUi(): Hono {
  const dir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  const assets: Record<string, { file: string; type: string }> = {
    'swagger-ui.css': { file: path.join(dir, 'swagger-ui.css'), type: 'text/css; charset=utf-8' },
    'swagger-ui-bundle.js': { file: path.join(dir, 'swagger-ui-bundle.js'), type: 'text/javascript; charset=utf-8' },
  };
  const page = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Ricochet API</title><link rel="stylesheet" href="/api/docs/swagger-ui.css"></head>
<body><div id="ui"></div><script src="/api/docs/swagger-ui-bundle.js"></script><script src="/api/docs/init.js"></script></body></html>`;
  const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', persistAuthorization: false });`;

  const app = new Hono();
  app.get('/', (c) => c.html(page, 200, { ...HEADERS, 'cache-control': 'no-cache' }));
  app.get('/init.js', (c) => c.body(init, 200, { ...HEADERS, 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/:file', (c) => {
    const asset = assets[c.req.param('file')];
    if (!asset) return c.notFound();
    return c.body(fs.readFileSync(asset.file), 200, { ...HEADERS, 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
