import { describe, expect, it } from 'vitest';
import { testEngines, useTestServer } from './helpers.js';

describe.each(testEngines())('workspace API on %s', (engine) => {
  const s = useTestServer(engine);

  it('reads the bootstrap workspace with its defaults', async () => {
    const res = await s.api('GET', '/workspace');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      name: 'default',
      consent: { policy: 'regional', optInAction: 'skip' },
      privacyPolicyUrl: null,
      timeZone: 'UTC',
      defaultDomain: s.config.defaultHost,
    });
    expect(res.body.id).toMatch(/^ws_[0-9a-z]{26}$/);
  });

  it('updates the given fields only and keeps the rest', async () => {
    const before = (await s.api('GET', '/workspace')).body;
    const res = await s.api('PATCH', '/workspace', { name: 'Acme', consent: { optInAction: 'ask' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: before.id, name: 'Acme', consent: { policy: 'regional', optInAction: 'ask' }, timeZone: before.timeZone, createdAt: before.createdAt });
    const more = await s.api('PATCH', '/workspace', { privacyPolicyUrl: 'https://acme.example/privacy', timeZone: 'Europe/Berlin', consent: { policy: 'always' } });
    expect(more.body).toMatchObject({ name: 'Acme', consent: { policy: 'always', optInAction: 'ask' }, privacyPolicyUrl: 'https://acme.example/privacy', timeZone: 'Europe/Berlin' });
    expect((await s.api('GET', '/workspace')).body).toEqual(more.body);
  });

  it('clears the privacy policy URL with null', async () => {
    await s.api('PATCH', '/workspace', { privacyPolicyUrl: 'https://acme.example/p' });
    const res = await s.api('PATCH', '/workspace', { privacyPolicyUrl: null });
    expect(res.status).toBe(200);
    expect(res.body.privacyPolicyUrl).toBeNull();
  });

  it('changes consent defaults that new redirects resolve with', async () => {
    await s.api('PATCH', '/workspace', { consent: { policy: 'never', optInAction: 'skip' } });
    const link = (await s.api('POST', '/links', { url: 'https://example.com/' })).body;
    const resolved = await s.server.ctx.stores.links.resolve('', link.slug);
    expect(resolved?.workspace.consent).toEqual({ policy: 'never', optInAction: 'skip' });
  });

  it.each([
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'VALIDATION_FAILED'],
    ['an unknown consent policy', { consent: { policy: 'sometimes' } }, 'VALIDATION_FAILED'],
    ['an empty name', { name: '' }, 'VALIDATION_FAILED'],
    ['an unknown field', { plan: 'enterprise' }, 'VALIDATION_FAILED'],
    ['an unsafe privacy URL', { privacyPolicyUrl: 'javascript:alert(1)' }, 'URL_UNSAFE'],
  ])('refuses %s with 422', async (_label, body, code) => {
    const before = (await s.api('GET', '/workspace')).body;
    const res = await s.api('PATCH', '/workspace', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe(code);
    expect((await s.api('GET', '/workspace')).body).toEqual(before);
  });
});
