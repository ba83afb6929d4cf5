import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Prometheus, RouteClass } from '../app/prometheus.js';
import type { NodeHandler } from './redirect/redirect-handler.js';

/** Which class a non-redirect path belongs to, by its first segment (request-listener.ts routes the rest). */
function classOf(url: string): RouteClass {
  if (url.startsWith('/api/') || url === '/api') return 'api';
  if (url.startsWith('/_r/')) return 'beacon';
  if (url.startsWith('/healthz') || url.startsWith('/readyz') || url.startsWith('/metrics')) return 'ops';
  return 'dashboard';
}

function timed(prometheus: Prometheus, handler: NodeHandler, route: (req: IncomingMessage) => RouteClass): NodeHandler {
  return (req: IncomingMessage, res: ServerResponse) => {
    res.on('finish', prometheus.timer(route(req)));
    handler(req, res);
  };
}

/**
 * The redirect handler and the app, each timed into `ricochet_http_request_duration_seconds`
 * from arrival to the last byte handed to the socket. The redirect class costs one clock read,
 * one listener and one histogram update per request.
 */
export function timedHandlers(prometheus: Prometheus, redirect: NodeHandler, app: NodeHandler): { redirect: NodeHandler; app: NodeHandler } {
  return {
    redirect: timed(prometheus, redirect, () => 'redirect'),
    app: timed(prometheus, app, (req) => classOf(req.url ?? '/')),
  };
}
