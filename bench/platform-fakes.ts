import { Worker } from 'node:worker_threads';

export interface FakeCounts {
  events: number;
  requests: number;
  /** First and last arrival of an event at or after `since`. */
  firstAt: number | null;
  lastAt: number | null;
  eventIds?: string[];
}

/** The platform fakes on their own thread (bench/servers/platform-fakes-thread.ts). */
export async function startFakePlatforms(): Promise<{ env: string; set(platform: string, behaviour: object): void; counts(ids?: boolean, since?: number): Promise<FakeCounts>; close(): Promise<void> }> {
  const entry = new URL('./servers/platform-fakes-thread.ts', import.meta.url);
  const worker = new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`, { eval: true });
  const pending = new Map<number, (c: FakeCounts) => void>();
  let next = 0;
  const env = await new Promise<string>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (m: { ready?: true; env?: string; id?: number } & FakeCounts) => {
      if (m.ready) resolve(m.env as string);
      else if (m.id !== undefined) pending.get(m.id)?.(m);
    });
  });
  return {
    env,
    set: (platform, behaviour) => worker.postMessage({ op: 'set', platform, behaviour }),
    counts: (ids = false, since = 0) =>
      new Promise((resolve) => {
        const id = ++next;
        pending.set(id, (c) => {
          pending.delete(id);
          resolve(c);
        });
        worker.postMessage({ op: 'count', id, ids, since });
      }),
    close: async () => {
      await worker.terminate();
    },
  };
}
