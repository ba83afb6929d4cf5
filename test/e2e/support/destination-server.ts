import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A real local web server standing in for link destinations (and referring pages) when the browser
 * reaches them through a plain 30x from Ricochet. Playwright does not route requests that follow a
 * redirect (playwright-core 1.65 `crNetworkManager`: a paused request with `redirectedFrom` is
 * continued to the network without calling any route), so `routeFakeSites`' `https://*.example`
 * pages are only reachable by navigations a page starts itself; after a 302 the browser would try
 * DNS for `shop.example`. Served on `localhost` so it is another site than the server on
 * 127.0.0.1, like a real destination, and still never leaves the machine.
 */
export interface DestinationServer {
  /** `http://localhost:<port>` */
  origin: string;
  /** Request targets exactly as the browser sent them (path + raw query), in arrival order. */
  readonly requests: { target: string; method: string; headers: IncomingMessage['headers'] }[];
  /** Serve `html` at `path` (query ignored); every other path gets a page echoing its own URL. */
  page(path: string, html: string): string;
  close(): Promise<void>;
}

/**
 * @param answerMs how long every answer is held (default 150 ms, a typical first byte of a remote
 *   page): a real destination is a remote site, and the interstitial lives until the destination
 *   answers. An image, script or XHR hit handed to the browser just before leaving needs that long
 *   to reach the wire when its host has no connection yet (docs/interstitial.md "Leaving on
 *   dispatch"), longer still on a loaded test machine. 0 is a destination on the same machine,
 *   the worst case, which the benchmark measures.
 */
export async function startDestinationServer(answerMs = 150): Promise<DestinationServer> {
  const pages = new Map<string, string>();
  const requests: DestinationServer['requests'] = [];
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const target = req.url ?? '/';
    if (target === '/favicon.ico') return void res.writeHead(204).end();
    requests.push({ target, method: req.method ?? 'GET', headers: req.headers });
    const path = target.split('?')[0]!;
    const body = pages.get(path) ?? `<!doctype html><title>destination</title><p id="here">${target.replace(/[<>&"]/g, '')}</p>`;
    const answer = () => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (answerMs > 0) setTimeout(answer, answerMs);
    else answer();
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    page(path, html) {
      pages.set(path, html);
      return origin + path;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
