import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { createRequire } from 'node:module';

/**
 * `/api/docs`: Swagger UI served from the `swagger-ui-dist` package on disk, never from a CDN,
 * so the docs work on an offline or locked-down host.
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
  const init = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', persistAuthorization: true });`;

  const app = new Hono();
  app.get('/', (c) => c.html(page));
  app.get('/init.js', (c) => c.body(init, 200, { 'content-type': 'text/javascript; charset=utf-8' }));
  app.get('/:file', (c) => {
    const asset = assets[c.req.param('file')];
    if (!asset) return c.notFound();
    return c.body(fs.readFileSync(asset.file), 200, { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' });
  });
  return app;
}
