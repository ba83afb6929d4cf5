/**
 * The platform API fakes (test/support/platform-fakes/) on a thread of their own, for the
 * benchmarks: their answers keep their timing however busy the load generator is. Messages in:
 * `{op: 'set', platform, behaviour}`, `{op: 'count', id}`; out: `{ready, env}`, `{id, events, requests, eventIds?}`.
 */
import { parentPort } from 'node:worker_threads';
import { startPlatformNetwork } from '../../test/support/platform-fakes/platform-network.js';

const port = parentPort!;
const network = await startPlatformNetwork();
port.on('message', (m: { op: 'set'; platform: never; behaviour: object } | { op: 'count'; id: number; ids?: boolean }) => {
  if (m.op === 'set') return network.set(m.platform, m.behaviour);
  const events = network.events();
  const times = events.map((e) => e.at);
  port.postMessage({
    id: m.id,
    events: events.length,
    requests: network.requests.length,
    firstAt: times.length ? Math.min(...times) : null,
    lastAt: times.length ? Math.max(...times) : null,
    ...(m.ids ? { eventIds: [...new Set(events.filter((e) => e.name !== 'PageView').map((e) => e.eventId))] } : {}),
  });
});
port.postMessage({ ready: true, env: network.env });
