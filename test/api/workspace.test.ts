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
    ['a brand colour that is not #rrggbb', { consentPrompt: { brandColor: 'teal' } }, 'VALIDATION_FAILED'],
    ['a logo that is not https', { consentPrompt: { logoUrl: 'http://brand.example/logo.png' } }, 'URL_UNSAFE'],
    ['an empty logo URL (null clears the logo)', { consentPrompt: { logoUrl: '' } }, 'URL_UNSAFE'],
    ['a language Ricochet does not speak', { consentPrompt: { language: 'xx' } }, 'VALIDATION_FAILED'],
  ])('refuses %s with 422', async (_label, body, code) => {
    const before = (await s.api('GET', '/workspace')).body;
    const res = await s.api('PATCH', '/workspace', body);
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe(code);
    expect((await s.api('GET', '/workspace')).body).toEqual(before);
  });

  it('issue 22: the consent prompt speaks the visitor’s language unless the workspace fixes one, in the brand colour with the logo', async () => {
    const pixel = (await s.api('POST', '/pixels', { platform: 'meta', tagId: '123450000012345' })).body;
    const link = (await s.api('POST', '/links', { url: 'https://shop.example/p', pixelIds: [pixel.id], consent: { policy: 'always', optInAction: 'ask' } })).body;
    const patched = await s.api('PATCH', '/workspace', { consentPrompt: { brandColor: '#0F766E', logoUrl: 'https://cdn.brand.example/logo.svg' } });
    expect(patched.body.consentPrompt).toEqual({ brandColor: '#0f766e', logoUrl: 'https://cdn.brand.example/logo.svg', language: null });
    try {
      const page = async (acceptLanguage: string) => {
        const res = await s.get(`/${link.slug}`, { headers: { 'accept-language': acceptLanguage, 'user-agent': 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36' } });
        expect(res.status).toBe(200);
        return { html: await res.text(), csp: res.headers.get('content-security-policy') ?? '' };
      };
      const de = await page('de-CH,de;q=0.9,en;q=0.5');
      expect(de.html).toContain('<html lang="de">');
      expect(de.html).toContain('>Akzeptieren</button>');
      expect(de.html).toContain('>Ablehnen</button>');
      expect(de.html).toContain('--b:#0f766e');
      expect(de.html).toContain('<img src="https://cdn.brand.example/logo.svg" alt="" height="40">');
      expect(de.csp).toMatch(/img-src [^;]*https:\/\/cdn\.brand\.example/);
      expect((await page('ja')).html).toContain('>Accept</button>');
      await s.api('PATCH', '/workspace', { consentPrompt: { language: 'fr' } });
      expect((await page('de')).html).toContain('>Accepter</button>');
    } finally {
      await s.api('PATCH', '/workspace', { consentPrompt: { brandColor: null, logoUrl: null, language: null } });
    }
  });
});
