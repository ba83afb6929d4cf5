import http from 'node:http';
import { loadConfigOrExit } from './config.js';
import { createLogger } from './logger.js';
import { buildServer } from './server.js';

/** Shutdown must finish within this, or the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * Start Ricochet: load config, build, listen, and on SIGTERM/SIGINT stop accepting, finish
 * in-flight requests, flush buffered clicks and close the database.
 */
export async function serve(): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config);
  const server = await buildServer(config, { log });
  const httpServer = http.createServer({ keepAliveTimeout: 5000 }, server.listener);

  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log.info({ port, engine: server.ctx.stores.database.engine, publicUrl: config.publicUrl }, 'ricochet listening');

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
    await server.close();
    log.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
