import autocannon from 'autocannon';

/**
 * One autocannon run, timed from its start to its last answer. A run of a fixed `amount` only ends
 * on autocannon's next sample tick (once a second), so its own duration — and the wall time around
 * the call — is whole seconds: over a run of 5–10 s that is an error of up to 20 %.
 */
export function timedLoad(opts: autocannon.Options): Promise<{ result: autocannon.Result; seconds: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    let last = started;
    const instance = autocannon(opts, (error: unknown, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve({ result, seconds: (last - started) / 1000 })));
    instance.on('response', () => {
      last = performance.now();
    });
  });
}
