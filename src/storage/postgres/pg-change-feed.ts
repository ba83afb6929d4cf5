import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Logger } from 'pino';
import type { ChangeFeed } from '../change-feed.js';

const CHANNEL = 'ricochet_changes';
const RECONNECT_MAX_MS = 30_000;

/**
 * LISTEN/NOTIFY over one dedicated connection, reconnected with back-off when it drops.
 * Publishing goes through the pool (`pg_notify`), fire-and-forget: a lost notification only
 * delays a change by the cache TTL.
 */
export function pgChangeFeed(options: { url: string; schema?: string; pool: pg.Pool; log: Logger }): ChangeFeed {
  let client: pg.Client | null = null;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let reconnecting = false;
  // Every node hears its own NOTIFYs too; tagging them with a random node id lets it skip its own
  // (it has already updated its caches, and an echo arriving late would evict fresh entries).
  const origin = randomBytes(8).toString('hex');
  const channel = options.schema ? `${CHANNEL}_${options.schema}` : CHANNEL;

  const connect = async (onMessage: (m: string) => void, onReset: () => void, delay: number): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: 5000 });
    try {
      await c.connect();
      await c.query(`LISTEN ${channel}`);
    } catch (error) {
      await c.end().catch(() => {});
      options.log.warn({ err: error }, 'change feed: cannot LISTEN; retrying');
      timer = setTimeout(() => void connect(onMessage, onReset, Math.min(RECONNECT_MAX_MS, delay * 2)), delay);
      timer.unref();
      return;
    }
    client = c;
    c.on('notification', (n) => {
      const payload = n.payload ?? '';
      const space = payload.indexOf(' ');
      if (space > 0 && payload.slice(0, space) !== origin) onMessage(payload.slice(space + 1));
    });
    // Notifications sent while we were away are lost: reset once we listen again. Not at the
    // moment the connection drops: while the database is down, cached links (stale ones
    // included) are exactly what keeps redirects working.
    if (reconnecting) onReset();
    c.on('error', () => {
      client = null;
      void c.end().catch(() => {});
      if (closed) return;
      reconnecting = true;
      timer = setTimeout(() => void connect(onMessage, onReset, 500), 500);
      timer.unref();
    });
  };

  return {
    publish(message) {
      options.pool.query('select pg_notify($1, $2)', [channel, `${origin} ${message}`]).catch((error: unknown) => {
        options.log.warn({ err: error }, 'change feed: NOTIFY failed');
      });
    },
    subscribe(onMessage, onReset) {
      return connect(onMessage, onReset, 500);
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await client?.end().catch(() => {});
    },
  };
}
