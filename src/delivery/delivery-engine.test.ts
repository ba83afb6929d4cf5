/**
 * The delivery engine on real SQLite and PostgreSQL, with a scripted destination at its port (the
 * platforms' own behaviour is tested against their fakes in test/conversions/): batching, back-off,
 * dead letters, age drops, halving refused batches, circuit breakers, independent lanes, leases
 * across a restart, and the memory key.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testEngines, openTestDatabase, type TestDatabase } from '../../test/support/engines.js';
import { MemorySeal } from './memory-seal.js';
import { systemRandom } from '../app/system-ports.js';
import { all, rejected, retry, sent, type BatchVerdict } from '../core/delivery/outcome.js';
import { migrateToLatest } from '../storage/migrate.js';
import { OutboxStore } from '../storage/outbox-store.js';
import { DeliveryEngine, type EngineOptions } from './delivery-engine.js';
import type { Delivery, Destination } from './port.js';

const FAST: Partial<EngineOptions> = {
  pollMs: 5,
  leaseMs: 60_000,
  refreshMs: 20,
  backoff: { baseMs: 20, capMs: 200 },
  breaker: { threshold: 3, cooldownMs: 300, maxCooldownMs: 600 },
};

interface Script {
  maxBatch?: number;
  maxAgeMs?: number | null;
  send(batch: Delivery[]): Promise<BatchVerdict> | BatchVerdict;
}

describe.each(testEngines())('delivery engine on %s', (engine) => {
  let t: TestDatabase;
  let store: OutboxStore;
  let engines: DeliveryEngine[];
  const seal = new MemorySeal();

  beforeEach(async () => {
    t = await openTestDatabase(engine);
    await migrateToLatest(t.database);
    store = new OutboxStore(t.database);
    engines = [];
  });
  afterEach(async () => {
    for (const e of engines) await e.close(100);
    await t.dispose();
  });

  /** An engine over `test:` destinations answering by `scripts[key]`; records every batch it sends. */
  function start(scripts: Record<string, Script>, opts: Partial<EngineOptions> = {}, box: MemorySeal = seal) {
    const calls: Array<{ key: string; ids: string[]; secrets: Array<string | null> }> = [];
    const e = new DeliveryEngine(
      {
        store,
        directories: [
          {
            prefix: 'test:',
            async resolve(key): Promise<Destination | null> {
              const script = scripts[key];
              if (!script) return null;
              return {
                key,
                label: 'test',
                maxBatch: script.maxBatch ?? 100,
                maxAgeMs: script.maxAgeMs === undefined ? null : script.maxAgeMs,
                async send(batch) {
                  calls.push({ key, ids: batch.map((d) => (d.payload as { n: number }).n.toString()), secrets: batch.map((d) => d.secret) });
                  return script.send(batch);
                },
              };
            },
          },
        ],
        seal: box,
        now: () => Date.now(),
        random: systemRandom,
        report: () => {},
      },
      { ...FAST, ...opts },
    );
    engines.push(e);
    e.start();
    return { engine: e, calls };
  }

  const enqueue = (destination: string, n: number, extra: { eventAt?: number; secret?: string } = {}) =>
    store.enqueue(
      Array.from({ length: n }, (_, i) => ({ destination, workspaceId: 'ws', payload: { n: i }, sealed: extra.secret ? seal.seal(extra.secret) : null, eventAt: extra.eventAt ?? Date.now() })),
      { node: 'test', now: Date.now() },
    );
  const rows = () => t.database.db.selectFrom('outbox').selectAll().execute();
  const counts = async (d: string) => (await store.counts([d])).get(d)!;
  async function until(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out: ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('sends what is queued in batches within the destination’s limit, then deletes and counts it', async () => {
    await enqueue('test:a', 25);
    const { calls } = start({ 'test:a': { maxBatch: 10, send: (b) => all(b.length, sent()) } });
    await until(async () => (await counts('test:a')).sent === 25, 'all sent');
    expect(calls.every((c) => c.ids.length <= 10)).toBe(true);
    expect(calls.flatMap((c) => c.ids).sort()).toEqual(Array.from({ length: 25 }, (_, i) => String(i)).sort());
    expect(await rows()).toEqual([]);
    expect((await counts('test:a')).pending).toBe(0);
    expect((await store.status('test:a')).lastSuccessAt).toBeGreaterThan(0);
  });

  it('tries a failed delivery again later, with back-off, and at least as late as Retry-After says', async () => {
    await enqueue('test:a', 1);
    let n = 0;
    const times: number[] = [];
    start({
      'test:a': {
        send(b) {
          times.push(Date.now());
          return ++n <= 2 ? all(b.length, retry(n === 1 ? 'server_error' : 'rate_limited', 'busy', n === 2 ? 150 : undefined)) : all(b.length, sent());
        },
      },
    });
    await until(async () => (await counts('test:a')).sent === 1, 'sent after retries');
    expect(times).toHaveLength(3);
    expect(times[2]! - times[1]!).toBeGreaterThanOrEqual(150);
    const c = await counts('test:a');
    expect(c.retried).toEqual({ server_error: 1, rate_limited: 1 });
    expect(await store.status('test:a')).toMatchObject({ lastError: 'busy', lastErrorReason: 'rate_limited' });
  });

  it('dead-letters a refused delivery with the receiver’s message and never sends it again', async () => {
    await enqueue('test:a', 1);
    const { calls } = start({ 'test:a': { send: (b) => all(b.length, rejected('invalid', 'event_time is too far in the past')) } });
    await until(async () => (await counts('test:a')).rejected.invalid === 1, 'dead-lettered');
    await new Promise((r) => setTimeout(r, 200));
    expect(calls).toHaveLength(1);
    expect(await store.dead('test:a', 10)).toEqual([expect.objectContaining({ reason: 'invalid', message: 'event_time is too far in the past' })]);
    expect((await counts('test:a')).pending).toBe(0);
  });

  it('halves a batch refused as a whole until the bad deliveries stand alone', async () => {
    await enqueue('test:a', 8);
    const { calls } = start({
      'test:a': {
        send: (b) => (b.some((d) => (d.payload as { n: number }).n === 5) && b.length > 1 ? { split: true, message: 'one bad event' } : b.some((d) => (d.payload as { n: number }).n === 5) ? all(1, rejected('invalid', 'bad')) : all(b.length, sent())),
      },
    });
    await until(async () => (await counts('test:a')).sent === 7, 'the good ones sent');
    expect((await counts('test:a')).rejected).toEqual({ invalid: 1 });
    // 8 → 4 + 4 → (2 + 2) → (1 + 1): the bad one is found in log₂(8) steps, not 8 requests.
    expect(calls.length).toBeLessThanOrEqual(7);
    expect(calls.filter((c) => c.ids.includes('5')).at(-1)!.ids).toEqual(['5']);
  });

  it('drops deliveries past the receiver’s accepted age, without sending them', async () => {
    await enqueue('test:a', 2, { eventAt: Date.now() - 8 * 86_400_000 });
    await enqueue('test:a', 1);
    const { calls } = start({ 'test:a': { maxAgeMs: 7 * 86_400_000, send: (b) => all(b.length, sent()) } });
    await until(async () => (await counts('test:a')).sent === 1, 'the fresh one sent');
    await until(async () => (await counts('test:a')).dropped.too_old === 2, 'the old ones dropped');
    expect(calls.flatMap((c) => c.ids)).toEqual(['0']);
  });

  it('drops what waits for a destination that is gone', async () => {
    await enqueue('test:gone', 3);
    start({});
    await until(async () => (await counts('test:gone')).dropped.destination_gone === 3, 'dropped');
    expect(await rows()).toEqual([]);
  });

  it('opens the breaker of a failing destination: one probe per cool-down instead of a request per delivery', async () => {
    await enqueue('test:down', 20);
    let failing = true;
    const { calls } = start({ 'test:down': { maxBatch: 1, send: (b) => (failing ? all(b.length, retry('network', 'ECONNRESET')) : all(b.length, sent())) } });
    await until(() => calls.length >= 3, 'three failures');
    await new Promise((r) => setTimeout(r, 250));
    const whileOpen = calls.length;
    expect(whileOpen).toBeLessThanOrEqual(4);
    failing = false;
    await until(async () => (await counts('test:down')).sent === 20, 'all sent once it came back', 15_000);
    expect(calls.length).toBeLessThan(20 + 10);
  });

  it('a hung destination delays nobody else', async () => {
    await enqueue('test:hung', 5);
    await enqueue('test:ok', 5);
    const { calls } = start({ 'test:hung': { send: () => new Promise<BatchVerdict>(() => {}) }, 'test:ok': { send: (b) => all(b.length, sent()) } });
    await until(async () => (await counts('test:ok')).sent === 5, 'the healthy lane delivered');
    expect(calls.some((c) => c.key === 'test:hung')).toBe(true);
    expect((await counts('test:hung')).pending).toBe(5);
  });

  it('a restart loses nothing: a dead sender’s claims run out and another sender delivers; the old memory key’s secrets do not open', async () => {
    await enqueue('test:a', 4, { secret: '198.51.100.7' });
    const first = start({ 'test:a': { send: () => new Promise<BatchVerdict>(() => {}) } }, { leaseMs: 300 });
    await until(() => first.calls.length === 1, 'the first sender took them');
    expect(first.calls[0]!.secrets).toEqual(Array(4).fill('198.51.100.7'));
    // The first process "dies": it never settles. A new one, with a new memory key, takes over when the lease ends.
    const second = start({ 'test:a': { send: (b) => all(b.length, sent()) } }, { leaseMs: 300 }, new MemorySeal());
    await until(async () => (await counts('test:a')).sent === 4, 'delivered by the second sender');
    expect(second.calls.flatMap((c) => c.ids).sort()).toEqual(['0', '1', '2', '3']);
    expect(second.calls.flatMap((c) => c.secrets)).toEqual(Array(4).fill(null));
    expect(await rows()).toEqual([]);
  });

  it('closing gives back the claims of batches still out, so the next start sends them at once', async () => {
    await enqueue('test:a', 2);
    const first = start({ 'test:a': { send: () => new Promise<BatchVerdict>(() => {}) } });
    await until(() => first.calls.length === 1, 'claimed');
    await first.engine.close(50);
    expect((await rows()).map((r) => Number(r.claimed_until))).toEqual([0, 0]);
    const second = start({ 'test:a': { send: (b) => all(b.length, sent()) } });
    await until(async () => (await counts('test:a')).sent === 2, 'sent after restart', 2000);
    expect(second.calls).toHaveLength(1);
  });
});
