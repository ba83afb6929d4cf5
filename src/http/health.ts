import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';

const READY_TIMEOUT_MS = 2000;

/** `/healthz`: the process answers. `/readyz`: and the database does, within 2 s. */
export function healthRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ctx.stores.database.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), READY_TIMEOUT_MS);
        }),
      ]);
      return c.json({ status: 'ready', database: ctx.stores.database.engine });
    } catch {
      return c.json({ status: 'unavailable', database: ctx.stores.database.engine }, 503);
    } finally {
      clearTimeout(timer);
    }
  });
  return app;
}
