import http from 'node:http';
import { loadConfigOrExit, withServedAddress, type Config } from './config.js';
import { answerClientErrors } from './http/client-error.js';
import { createLogger } from './logger.js';
import { recordServedUrl } from './served-url.js';
import { buildServer, type Server } from './server.js';

/** Shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;
/**
 * A request must arrive whole (headers and body) within this, its headers within the second:
 * a client that trickles bytes cannot hold a connection open for Node's default 5 minutes.
 * Every body is small (src/http/body-limits.ts), so a real client needs a fraction of it.
 */
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 15_000;

/**
 * Start Ricochet: load config, bind the port, build, serve; on SIGTERM/SIGINT stop accepting,
 * finish in-flight requests, flush buffered clicks and close the database.
 *
 * The port is bound before the database is opened: a port already in use fails at once, and
 * with `PORT=0` the short URLs name the port really bound. Requests that arrive while the server
 * is being built get a 503.
 */
export interface ServeOptions {
  /** Called once the server answers requests (`ricochet demo` prints its banner then). */
  onListening?: (config: Readonly<Config>) => void;
}

export async function serve(options: ServeOptions = {}): Promise<void> {
  const loaded = loadConfigOrExit();
  const log = createLogger(loaded);

  const starting: http.RequestListener = (_req, res) => {
    res.writeHead(503, { 'content-type': 'application/json', 'retry-after': '1' }).end('{"status":"starting"}');
  };
  const httpServer = http.createServer({ keepAliveTimeout: 5000, requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS }, starting);
  answerClientErrors(httpServer);
  await new Promise<void>((resolve) => {
    httpServer.once('error', (error: NodeJS.ErrnoException) => {
      log.fatal({ err: error, port: loaded.port, host: loaded.host }, error.code === 'EADDRINUSE' ? `port ${loaded.port} is already in use: stop the other process or set PORT` : 'cannot listen');
      process.exit(1);
    });
    httpServer.listen(loaded.port, loaded.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : loaded.port;
  const config = withServedAddress(loaded, { port });

  let server: Server | null = null;
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    const timer = setTimeout(() => {
      log.error('shutdown took too long, exiting');
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    timer.unref();
    await new Promise<void>((resolve) => {
      httpServer.close(() => resolve());
      httpServer.closeIdleConnections();
    });
    await server?.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  server = await buildServer(config, { log });
  if (stopping) return; // a signal arrived while building: `stop` closes what was built
  httpServer.off('request', starting);
  httpServer.on('request', server.listener);
  if (server.metricsListener && config.metricsListen) {
    // METRICS_LISTEN: /metrics on an address of its own (docs/operations.md#metrics).
    const { host, port: metricsPort } = config.metricsListen;
    const metricsServer = http.createServer({ requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS }, server.metricsListener);
    metricsServer.unref();
    metricsServer.once('error', (error: NodeJS.ErrnoException) => {
      log.fatal({ err: error, host, port: metricsPort }, 'cannot listen for METRICS_LISTEN');
      process.exit(1);
    });
    metricsServer.listen(metricsPort, host, () => log.info({ host, port: metricsPort }, 'metrics listening'));
  }

  recordServedUrl(config.dataDir, { publicUrl: config.publicUrl, pid: process.pid, startedAt: new Date().toISOString() });
  log.info({ port, engine: server.ctx.stores.database.engine, publicUrl: config.publicUrl }, 'ricochet listening');
  options.onListening?.(config);
  if ((await server.ctx.stores.apiKeys.count()) === 0) {
    log.warn(
      'no API key exists yet, so nobody can sign in: create one with `npx ricochet keys create` (it prints the secret once), ' +
        'or start with INITIAL_API_KEY set; `npm run demo` creates a sample workspace and a key',
    );
  }
}
