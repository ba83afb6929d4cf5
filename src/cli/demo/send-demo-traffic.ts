import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { isOptInRegion } from '../../core/consent/regions.js';
import type { Server } from '../../server.js';
import type { PlannedClick } from './demo-plan.js';
import type { MovableClock } from './seed-demo.js';

/** The header the demo server reads the visitor's country from (GEO_COUNTRY_HEADER). */
export const DEMO_COUNTRY_HEADER = 'x-demo-country';
const CONCURRENCY = 8;

export interface TrafficResult {
  /** Responses by status. */
  statuses: Map<number, number>;
  /** Pixel-yield beacons sent for interstitial pages. */
  beacons: number;
}

/**
 * Play the planned clicks against `server` over real HTTP, the way browsers would reach it: it
 * runs with TRUST_PROXY and the country header, and the clock is set to each click's time before
 * its request, so the clicks land on their days. Every interstitial page gets the pixel-yield
 * beacon a browser would send (with the visitor's answer to the consent prompt, remembered in
 * its cookie for the next clicks). Nothing else is written to the database directly.
 */
export async function sendDemoTraffic(server: Server, clock: MovableClock, plan: readonly PlannedClick[]): Promise<TrafficResult> {
  const httpServer = http.createServer(server.listener);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map<number, number>();
  const answers = new Map<string, 'accept' | 'decline'>();
  let beacons = 0;

  const request = (method: string, path: string, headers: Record<string, string>, body?: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });

  const play = async (click: PlannedClick) => {
    const visitor = click.visitor;
    const headers: Record<string, string> = {
      'user-agent': click.botAgent ?? visitor!.userAgent,
      'x-forwarded-for': visitor?.ip ?? '10.255.0.1',
      [DEMO_COUNTRY_HEADER]: visitor?.country ?? 'US',
    };
    if (visitor) headers['accept-language'] = visitor.language;
    if (visitor?.gpc) headers['sec-gpc'] = '1';
    if (click.referrer) headers.referer = click.referrer;
    const answer = visitor ? answers.get(visitor.ip) : undefined;
    if (answer) headers.cookie = `ricochet_consent=${answer}`;
    clock.set(click.at);
    const res = await request('GET', click.path, headers);
    statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);

    // An interstitial carries the click id and the ids of the pixels it fires.
    const clickId = res.status === 200 ? /clk_[0-9a-z]{26}/.exec(res.body)?.[0] : undefined;
    if (!visitor || !clickId) return;
    const pixels = [...new Set(res.body.match(/pix_[0-9a-z]{26}/g) ?? [])];
    // The demo workspace asks in opt-in regions (demo-content.ts), so that is where the prompt shows.
    const prompted = !answer && isOptInRegion(visitor.country);
    const choice = prompted ? (visitor.accepts ? 'accept' : 'decline') : null;
    if (choice) answers.set(visitor.ip, choice);
    const fired = choice === 'decline' ? [] : click.allPixelsDispatched ? pixels : pixels.slice(1);
    const beacon = JSON.stringify({ c: clickId, ok: fired, ...(choice ? { ch: choice } : {}) });
    await request('POST', '/_r/beacon', { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': headers['user-agent']! }, beacon);
    beacons++;
  };

  try {
    let next = 0;
    const worker = async () => {
      while (next < plan.length) await play(plan[next++]!);
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    clock.set(null);
    agent.destroy();
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  }
  return { statuses, beacons };
}
