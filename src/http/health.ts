import { Hono } from 'hono';
import type { AppContext } from '../app/context.js';
import type { ClickPathHealth } from '../ingest/click-pipeline.js';

const READY_TIMEOUT_MS = 2000;

/**
 * `/healthz`: the process answers. `/readyz`: and it can do its work, saying what is wrong when
 * it cannot (docs/operations.md#health): the database answers within 2 s, the click writer
 * thread runs, click writes succeed. 503 with `problems` naming each fault; redirects of cached
 * links keep working meanwhile, and clicks stay buffered and retried (CLICK_RETRY_MAX_MS).
 */
export function healthRoutes(ctx: AppContext, clicks: { health(): ClickPathHealth }): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ status: 'ok' }));
  app.get('/readyz', async (c) => {
    const problems: string[] = [];
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        ctx.stores.database.ping(),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
        }),
      ]);
    } catch (error) {
      problems.push(`database unreachable: ${describe(error)}`);
    } finally {
      clearTimeout(timer);
    }
    const clickPath = clicks.health();
    if (clickPath.writer !== 'running') problems.push(`click writer ${clickPath.writer}`);
    if (clickPath.writeError !== null) problems.push(`click writes failing: ${clickPath.writeError}`);
    const body = {
      status: problems.length === 0 ? 'ready' : 'unavailable',
      database: ctx.stores.database.engine,
      clicks: { writer: clickPath.writer, pending: clickPath.pending, capacity: clickPath.capacity, writeError: clickPath.writeError },
      ...(problems.length > 0 ? { problems } : {}),
    };
    return c.json(body, problems.length === 0 ? 200 : 503, { 'cache-control': 'no-store' });
  });
  return app;
}

/** An error's code and message, without anything that could carry a secret (a connection string). */
function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e?.message === 'string' ? e.message.replace(/postgres(ql)?:\/\/\S+/gi, 'postgres://…') : String(error);
  return typeof e?.code === 'string' ? `${e.code}: ${message}` : message;
}
