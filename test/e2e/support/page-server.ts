import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ServedPage {
  html: string;
  csp: string;
}

export interface PageServer {
  origin: string;
  /** Serves `page` at a fresh path and returns its absolute URL. */
  serve(page: ServedPage): string;
  /** Bodies POSTed to `beaconPath` from the page at `pageUrl` (told by the Referer), parsed, in arrival order. */
  beaconsFor(pageUrl: string): unknown[];
  /** Requests the server saw, with their `Sec-Purpose` header (prerender checks). */
  readonly requests: { path: string; purpose: string | null }[];
  close(): Promise<void>;
}

/**
 * A real `node:http` server on 127.0.0.1:0 that serves rendered interstitials with the headers the
 * production server sends (docs/architecture.md) and collects the yield beacons.
 */
export async function startPageServer(beaconPath = '/_r/beacon'): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const beacons: { page: string | null; body: unknown }[] = [];
  const requests: { path: string; purpose: string | null }[] = [];
  let next = 0;

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ path, purpose: (req.headers['sec-purpose'] as string | undefined) ?? null });
    if (req.method === 'POST' && path === beaconPath) {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch {
          body = { unparsable: text };
        }
        const referer = req.headers.referer;
        beacons.push({ page: referer ? new URL(referer).pathname : null, body });
        res.writeHead(204).end();
      });
      return;
    }
    const page = pages.get(path);
    if (!page) return void res.writeHead(path === '/favicon.ico' ? 204 : 404).end();
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': page.csp,
      'cache-control': 'no-store',
      'x-robots-tag': 'noindex',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    res.end(page.html);
  };

  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    serve(page) {
      const path = `/s/${++next}`;
      pages.set(path, page);
      return origin + path;
    },
    beaconsFor: (pageUrl) => beacons.filter((b) => b.page === new URL(pageUrl).pathname).map((b) => b.body),
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
