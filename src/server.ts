import { getRequestListener } from '@hono/node-server';
import { Hono } from 'hono';
import { bootstrapInitialKey } from './app/bootstrap-initial-key.js';
import type { AppContext } from './app/context.js';
import type { Config } from './config.js';
import { createContext, type ContextOptions } from './context.js';
import { buildApi } from './http/api/build-api.js';
import { healthRoutes } from './http/health.js';
import { createRedirectHandler, type NodeHandler } from './http/redirect/redirect-handler.js';
import { createRequestListener } from './http/request-listener.js';

export interface Server {
  ctx: AppContext;
  /** The Hono app for everything but redirects (tests may call `app.request()`). */
  app: Hono;
  /** The `node:http` request listener: redirects on the raw fast path, the rest via Hono. */
  listener: NodeHandler;
  /** Flush what is buffered and close the database. */
  close(): Promise<void>;
}

/**
 * Build everything (migrate, bootstrap, caches, routes) without listening, so tests and
 * `main.ts` share one wiring.
 * @example const server = await buildServer(loadConfig({ PORT: '0' }));
 */
export async function buildServer(config: Readonly<Config>, options: ContextOptions = {}): Promise<Server> {
  const ctx = await createContext(config, options);
  await bootstrapInitialKey(ctx);

  const app = new Hono();
  app.route('/', healthRoutes(ctx));
  app.route('/api', buildApi(ctx));
  const listener = createRequestListener(createRedirectHandler(ctx), getRequestListener(app.fetch));

  return {
    ctx,
    app,
    listener,
    async close() {
      await ctx.stores.database.close();
    },
  };
}
