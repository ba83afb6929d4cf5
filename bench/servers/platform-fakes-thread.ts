/**
 * The platform API fakes (test/support/platform-fakes/) on a thread of their own, for the
 * benchmarks: their answers keep their timing however busy the load generator is. Messages in:
 * `{op: 'set', platform, behaviour}`, `{op: 'count', id}`; out: `{ready, env}`, `{id, events, requests, eventIds?}`.
 */
import { parentPort } from 'node:worker_threads';
import { startPlatformNetwork } from '../../test/support/platform-fakes/platform-network.js';

const port = parentPort!;
const network = await startPlatformNetwork();
port.on('message', (m: { op: 'set'; platform: never; behaviour: object } | { op: 'count'; id: number; ids?: boolean; since?: number }) => {
  if (m.op === 'set') return network.set(m.platform, m.behaviour);
  const since = m.since ?? 0;
  const events = network.events();
  let firstAt: number | null = null;
  let lastAt: number | null = null;
  for (const e of events) {
    if (e.at < since) continue;
    if (firstAt === null || e.at < firstAt) firstAt = e.at;
    if (lastAt === null || e.at > lastAt) lastAt = e.at;
  }
  port.postMessage({
    id: m.id,
    events: events.length,
    requests: network.requests.length,
    firstAt,
    lastAt,
    ...(m.ids ? { eventIds: [...new Set(events.filter((e) => e.name !== 'PageView').map((e) => e.eventId))] } : {}),
  });
});
port.postMessage({ ready: true, env: network.env });
