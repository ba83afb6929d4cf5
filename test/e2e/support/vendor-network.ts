/**
 * The fake ad vendors (./vendor-fakes.ts) as a real network service, shared by the Chromium tests
 * and the interstitial benchmark (bench/interstitial.ts): an HTTP/2 server with TLS on 127.0.0.1
 * and a random port (./vendor-server.ts, on a thread of its own), and Chromium's resolver mapping
 * every vendor host to it and every other name to nothing. A vendor request costs what a request
 * costs (socket, TLS and HTTP are real, one connection per host as with real vendors; DNS is
 * skipped), nothing goes through Playwright's request interception (a round trip to Node per
 * request, which also delays the moment a hit reaches the wire), and nothing can reach the internet.
 *
 * A request is recorded once its headers and body have reached the server: that is what "the hit
 * arrived" means, whatever the page did afterwards. Requests are told apart per browser context by
 * a tag at the end of the context's user agent (`VendorSession.userAgent`), which every request
 * carries, whatever its transport.
 *
 * @example
 * const vendors = await startVendorNetwork();
 * const browser = await launchChromium(vendors.chromiumArgs);
 * const fakes = vendors.session({ holdHits: true });
 * const context = await browser.newContext({ userAgent: fakes.userAgent(HUMAN_UA) });
 * await fakes.attach(context);
 */
import { Worker } from 'node:worker_threads';
import type { BrowserContext } from 'playwright-core';
import type { Platform } from '../../../src/core/pixels/platform.js';
import { CALL_BINDING, NAVIGATE, NAVIGATION_REPORTER, SENT } from './fakes/prelude.js';
import { VENDOR_HOST_SUFFIXES, type GlobalCall, type PageEvent, type VendorFakeOptions, type VendorFakes, type VendorRequest } from './vendor-fakes.js';
import type { FromServer, ToServer } from './vendor-server.js';

export interface VendorSession extends VendorFakes {
  /** `base` with this session's tag appended: the user agent of the context the session watches. */
  userAgent(base: string): string;
  /** Records the vendor globals' calls and the page's navigations in `context` (once, before any page). */
  attach(context: BrowserContext): Promise<void>;
}

export interface VendorNetwork {
  /** Chromium switches: vendor hosts resolve to the fake server, nothing else resolves, its certificate is accepted. */
  chromiumArgs: string[];
  /** A recorder, with its own behaviour (hung platforms, held hits), for the requests of one context. */
  session(options?: VendorFakeOptions): VendorSession;
  close(): Promise<void>;
}

const ENTRY = new URL('./vendor-server.ts', import.meta.url);

export async function startVendorNetwork(): Promise<VendorNetwork> {
  // The entry is TypeScript: the thread registers tsx's loader first (as src/ingest/click-pipeline.ts does).
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(ENTRY.href)}); })`, { eval: true });
  const post = (m: ToServer) => worker.postMessage(m);
  const sessions = new Map<number, VendorSession & { requests: VendorRequest[] }>();
  const acks = new Map<number, () => void>();
  let seq = 0;
  let nextId = 0;

  const ready = new Promise<{ port: number; spki: string }>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: FromServer) => {
      if (m.type === 'ready') resolve(m);
      else if (m.type === 'request') sessions.get(m.session)?.requests.push({ seq: seq++, ...m.request });
      else acks.get(m.ack)?.();
    });
  });
  const { port, spki } = await ready;

  const target = `127.0.0.1:${port}`;
  const maps = VENDOR_HOST_SUFFIXES.flatMap((suffix) => [`MAP ${suffix} ${target}`, `MAP *.${suffix} ${target}`]);
  return {
    // Only this server's certificate is accepted (by its public key), not every invalid one.
    chromiumArgs: [`--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`, `--ignore-certificate-errors-spki-list=${spki}`],
    session(options = {}) {
      const id = ++nextId;
      const requests: VendorRequest[] = [];
      const calls: GlobalCall[] = [];
      const timeline: PageEvent[] = [];
      post({ type: 'session', id, options });
      const session = {
        requests,
        calls,
        timeline,
        userAgent: (base: string) => `${base} rcv/${id}`,
        async attach(context: BrowserContext) {
          await context.exposeBinding(CALL_BINDING, (_source, global: string, args: unknown[], target: string | null) => {
            if (global === SENT) timeline.push({ seq: seq++, kind: 'sent', url: String(args[0]), transport: String(args[1]), body: args[2] == null ? null : String(args[2]), pageMs: Number(args[3]) });
            else if (global === NAVIGATE) timeline.push({ seq: seq++, kind: 'navigate', url: String(args[0]), pageMs: Number(args[1]) });
            else calls.push({ seq: seq++, global, args, target });
          });
          await context.addInitScript(NAVIGATION_REPORTER);
        },
        hits: (platform?: Platform) => requests.filter((r) => r.kind === 'hit' && (platform === undefined || r.platform === platform)),
        callsOf: (global: string, target?: string) =>
          calls.filter((c) => c.global === global && (target === undefined || c.target === target)).map((c) => c.args),
        release: () =>
          new Promise<void>((resolve) => {
            if (!sessions.delete(id)) return resolve();
            const ack = ++nextId;
            acks.set(ack, () => {
              acks.delete(ack);
              resolve();
            });
            post({ type: 'release', id, ack });
          }),
      };
      sessions.set(id, session);
      return session;
    },
    async close() {
      await Promise.all([...sessions.values()].map((s) => s.release()));
      await worker.terminate();
    },
  };
}
