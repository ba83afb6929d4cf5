import { describe, expect, it } from 'vitest';
import { testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('health on %s', (engine) => {
  const s = useTestServer(engine);

  it('/healthz answers 200 without a key', async () => {
    const res = await s.get('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('/readyz answers 200 with the engine', async () => {
    const res = await s.get('/readyz');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ready', database: engine, clicks: { writer: 'running', writeError: null } });
  });
});

describe.each(testEngines())('readiness with the database gone on %s', (engine) => {
  const s = useTestServer(engine);

  it('/readyz answers 503 once the database is closed, /healthz still 200', async () => {
    await s.testDb.database.close();
    const ready = await s.get('/readyz');
    expect(ready.status).toBe(503);
    const body = (await ready.json()) as { problems: string[] };
    expect(body).toMatchObject({ status: 'unavailable', database: engine });
    // Issue 17: /readyz says what is wrong.
    expect(body.problems.join('\n')).toMatch(/database unreachable/);
    expect((await s.get('/healthz')).status).toBe(200);
  });
});
