import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { publicDir } from '../paths.js';

/** How long browsers and CDNs may keep the script (it changes only with a release). */
const MAX_AGE_SECONDS = 3600;

/**
 * `GET /_r/track.js`: the conversion-tracking script for destination sites (web/tracker/track.ts,
 * docs/conversions.md), with the attribution window written in, so the cookie lives as long as
 * a click can be credited. Read once at start.
 */
export function trackerRoutes(attributionWindowMs: number): Hono {
  const file = path.join(publicDir(), 'track.js');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first.`);
  const days = Math.round(attributionWindowMs / 86_400_000);
  const script = fs.readFileSync(file, 'utf8').replace('"__RC_WINDOW_DAYS__"', `"${days}"`).replace("'__RC_WINDOW_DAYS__'", `'${days}'`);
  const app = new Hono();
  app.get('/_r/track.js', (c) =>
    c.body(script, 200, {
      'content-type': 'text/javascript; charset=utf-8',
      'cache-control': `public, max-age=${MAX_AGE_SECONDS}`,
      'x-content-type-options': 'nosniff',
      // Loaded by other sites' pages: let them.
      'cross-origin-resource-policy': 'cross-origin',
    }),
  );
  return app;
}
