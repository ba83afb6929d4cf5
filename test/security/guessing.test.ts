/**
 * Issue 17, finding "Medium — guessing": a password-protected link took unlimited wrong
 * passwords (40–50 a second from one client), each scrypt on the shared thread pool slowed the
 * dashboard to 7–10 s, and wrong API keys were not limited either. Now (docs/security.md):
 * per-client and per-link attempt limits with 429 + Retry-After, a lockout the owner can see and
 * clear, hashing in its own bounded pool, and a per-client limit on failed API keys.
 * The server trusts one proxy hop, so each test client picks its address in X-Forwarded-For.
 */
import { describe, expect, it } from 'vitest';
import { createLink, testEngines, useTestServer } from '../api/helpers.js';
import { rawRequest } from '../analytics/support.js';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

function tryPassword(url: string, slug: string, password: string, from: string) {
  return rawRequest(url, `/${slug}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'user-agent': UA, 'x-forwarded-for': from },
    body: new URLSearchParams({ password }).toString(),
  });
}

describe.each(testEngines())('guessing limits on %s', (engine) => {
  const s = useTestServer(engine, { TRUST_PROXY: '1', PASSWORD_CLIENT_ATTEMPTS: '3', PASSWORD_LINK_ATTEMPTS: '6', PASSWORD_LOCKOUT_MINUTES: '15', API_AUTH_FAILURES: '4' });

  it('locks a link after too many wrong passwords from many clients; the owner sees the lock, clears it, and it is audited', async () => {
    const link = await createLink(s, { url: 'https://example.com/vault', pixelIds: [], password: 'right horse battery' });
    // Six clients, one wrong guess each: no client is over its own limit, the link is over its.
    for (let i = 1; i <= 6; i++) expect((await tryPassword(s.url, link.slug, `guess-${i}`, `203.0.113.${i}`)).status).toBe(403);
    const locked = await tryPassword(s.url, link.slug, 'right horse battery', '203.0.113.99');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(60);
    expect(locked.headers['content-type']).toMatch(/^text\/html/);
    expect(locked.body).toMatch(/Too many wrong passwords/);

    await expect.poll(async () => (await s.api('GET', `/password-lockouts/${link.id}`)).body.locked).toBe(true);
    const seen = (await s.api('GET', `/password-lockouts/${link.id}`)).body;
    expect(seen).toMatchObject({ locked: true, failures: 6 });
    expect(Date.parse(seen.lockedUntil) - Date.parse(seen.lockedAt)).toBe(15 * 60_000);

    expect((await s.api('DELETE', `/password-lockouts/${link.id}`)).status).toBe(204);
    expect((await s.api('GET', `/password-lockouts/${link.id}`)).body).toEqual({ locked: false, failures: null, lockedAt: null, lockedUntil: null });
    expect((await tryPassword(s.url, link.slug, 'right horse battery', '203.0.113.99')).status).toBe(303);
    const events = (await s.api('GET', `/audit-log?action=link.unlock&targetId=${link.id}`)).body.data;
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ action: 'link.unlock', target: { type: 'link', id: link.id }, actor: { type: 'key' }, details: { wasLocked: true } });
  });

  it('a lockout is invisible to another workspace', async () => {
    const link = await createLink(s, { url: 'https://example.com/private', pixelIds: [], password: 'x' });
    const { otherWorkspace } = await import('../api/helpers.js');
    const stranger = await otherWorkspace(s, `lockout-${Date.now()}`);
    expect((await s.api('GET', `/password-lockouts/${link.id}`, undefined, stranger.key)).status).toBe(404);
    expect((await s.api('DELETE', `/password-lockouts/${link.id}`, undefined, stranger.key)).status).toBe(404);
  });

  it('limits one client over all links, before any hash is computed', async () => {
    const a = await createLink(s, { url: 'https://example.com/a', pixelIds: [], password: 'a' });
    const b = await createLink(s, { url: 'https://example.com/b', pixelIds: [], password: 'b' });
    const me = '198.51.100.7';
    expect((await tryPassword(s.url, a.slug, 'x', me)).status).toBe(403);
    expect((await tryPassword(s.url, b.slug, 'x', me)).status).toBe(403);
    expect((await tryPassword(s.url, a.slug, 'y', me)).status).toBe(403);
    const throttled = await tryPassword(s.url, b.slug, 'b', me);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not affected.
    expect((await tryPassword(s.url, b.slug, 'b', '198.51.100.8')).status).toBe(303);
  });

  it('limits failed API keys per client address: 429 AUTH_RATE_LIMITED with Retry-After, others unaffected', async () => {
    const call = (key: string, from: string) => fetch(`${s.url}/api/v1/links`, { headers: { authorization: `Bearer ${key}`, 'x-forwarded-for': from } });
    for (let i = 0; i < 4; i++) expect((await call(`rk_wrong_${i}`, '192.0.2.50')).status).toBe(401);
    const limited = await call('rk_wrong_again', '192.0.2.50');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(((await limited.json()) as { error: { code: string } }).error.code).toBe('AUTH_RATE_LIMITED');
    // Until the wait is over the address gets nothing, not even with a valid key…
    const { OWNER_KEY } = await import('../api/helpers.js');
    expect((await call(OWNER_KEY, '192.0.2.50')).status).toBe(429);
    // …while the same key from elsewhere works.
    expect((await call(OWNER_KEY, '192.0.2.51')).status).toBe(200);
  });
});

describe.each(testEngines())('password hashing in its own pool on %s', (engine) => {
  const s = useTestServer(engine, { TRUST_PROXY: '1', PASSWORD_CLIENT_ATTEMPTS: '10000', PASSWORD_LINK_ATTEMPTS: '1000000', PASSWORD_HASH_THREADS: '1' });

  it('a guessing storm neither queues without bound nor holds up redirects and the API', async () => {
    const vault = await createLink(s, { url: 'https://example.com/storm', pixelIds: [], password: 'p' });
    const open = await createLink(s, { url: 'https://example.com/open', pixelIds: [] });
    let lastGuessDone = 0;
    const guesses = Array.from({ length: 150 }, (_, i) =>
      tryPassword(s.url, vault.slug, `wrong-${i}`, `10.9.${Math.floor(i / 250)}.${i % 250}`).then((r) => {
        lastGuessDone = performance.now();
        return r.status;
      }),
    );
    // While 150 hashes are asked for on one thread, redirects and the API answer at once:
    // all of these finish before the storm does (an order, not a timing).
    const others: number[] = [];
    for (let i = 0; i < 5; i++) {
      others.push((await fetch(`${s.url}/${open.slug}`, { redirect: 'manual' })).status);
      others.push((await s.api('GET', `/links/${open.id}`)).status);
    }
    const othersDone = performance.now();
    const statuses = await Promise.all(guesses);
    expect(others.every((status) => status === 302 || status === 200)).toBe(true);
    expect(othersDone).toBeLessThan(lastGuessDone);
    // The pool's queue is bounded: beyond it, guesses are turned away at once (503), not queued.
    expect(statuses.filter((st) => st === 403).length).toBeGreaterThan(0);
    expect(statuses.filter((st) => st === 503).length).toBeGreaterThan(0);
    expect(statuses.every((st) => st === 403 || st === 503)).toBe(true);
  });
});
