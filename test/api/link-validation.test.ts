import { describe, expect, it } from 'vitest';
import { freshSlug, testEngines, useTestServer } from './helpers.js';

const LONG = `https://example.com/${'a'.repeat(8200)}`;

describe.each(testEngines())('link input validation on %s', (engine) => {
  const s = useTestServer(engine);

  it.each([
    ['javascript:', 'javascript:alert(1)', 'scheme'],
    ['JAVASCRIPT: upper case', 'JAVASCRIPT:alert(document.cookie)', 'scheme'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD4=', 'scheme'],
    ['file:', 'file:///etc/passwd', 'scheme'],
    ['vbscript:', 'vbscript:msgbox(1)', 'scheme'],
    ['credentials', 'https://user:pw@x.com', 'credentials'],
    ['a control character', 'https://example.com/\u0001', 'control_chars'],
    ['CR/LF', 'https://example.com/\r\nLocation: https://evil.example', 'control_chars'],
    ['LF', 'https://example.com/a\nb', 'control_chars'],
    ['a space', 'https://example.com/a b', 'whitespace'],
    ['an ideographic space', 'https://example.com/\u3000', 'whitespace'],
    ['over 8 KB', LONG, 'too_long'],
    ['a relative path', '/relative', 'not_absolute'],
    ['no scheme', 'example.com/page', 'not_absolute'],
    ['scheme-relative', '//example.com/x', 'not_absolute'],
    ['https:example.com', 'https:example.com', 'not_absolute'],
    ['an empty string', '', 'empty'],
  ])('refuses a url with %s: 422 URL_UNSAFE, nothing created', async (_label, url, reason) => {
    const slug = freshSlug('unsafe');
    const res = await s.api('POST', '/links', { url, slug });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('URL_UNSAFE');
    expect(res.body.error.details).toEqual({ field: 'url', reason });
    expect(res.body.error.message).toMatch(/^url: /);
    expect((await s.get(`/${slug}`)).status).toBe(404);
  });

  it.each([
    ['expiredUrl', { expiredUrl: 'javascript:alert(1)' }],
    ['limitUrl', { limitUrl: 'data:,x' }],
    ['rules[1].url', { rules: [{ when: { country: ['DE'] }, url: 'https://ok.example/' }, { when: { device: ['mobile'] }, url: 'file:///x' }] }],
    ['og.image', { og: { image: 'vbscript:x' } }],
  ])('checks every destination field: %s', async (field, extra) => {
    const res = await s.api('POST', '/links', { url: 'https://example.com/', ...extra });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('URL_UNSAFE');
    expect(res.body.error.details.field).toBe(field);
  });

  it.each(['api', 'API', '_r', 'assets', 'Assets', 'healthz', 'metrics'])('refuses reserved slug %j with 422 SLUG_RESERVED', async (slug) => {
    const res = await s.api('POST', '/links', { url: 'https://example.com/', slug });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('SLUG_RESERVED');
    expect(res.body.error.details).toEqual({ field: 'slug' });
  });

  it.each(['has space', 'a/b', 'dot.ted', '-dash-first', 'ünicode', 'q?x'])('refuses slug %j with 422 SLUG_INVALID', async (slug) => {
    const res = await s.api('POST', '/links', { url: 'https://example.com/', slug });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('SLUG_INVALID');
  });

  it('refuses a slug over 100 characters', async () => {
    const res = await s.api('POST', '/links', { url: 'https://example.com/', slug: 'a'.repeat(101) });
    expect(res.status).toBe(422);
    expect(['SLUG_INVALID', 'VALIDATION_FAILED']).toContain(res.body.error.code);
  });

  it.each([
    ['redirectType', { redirectType: 303 }],
    ['redirectType', { redirectType: '302' }],
    ['forwardQuery', { forwardQuery: 'yes' }],
    ['expiresAt', { expiresAt: 'next tuesday' }],
    ['maxClicks', { maxClicks: 0 }],
    ['maxClicks', { maxClicks: 1.5 }],
    ['tags', { tags: 'one,two' }],
    ['tags.0', { tags: [''] }],
    ['consent.policy', { consent: { policy: 'sometimes' } }],
    ['event.name', { event: { name: 'has space' } }],
    ['rules.0.when.device.0', { rules: [{ when: { device: ['fridge'] }, url: 'https://example.com/' }] }],
  ])('refuses a bad %s with 422 VALIDATION_FAILED naming the field', async (path, extra) => {
    const res = await s.api('POST', '/links', { url: 'https://example.com/', ...extra });
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('VALIDATION_FAILED');
    expect(res.body.error.details.issues.map((i: any) => i.path)).toContain(path);
  });

  it('issue 22: refuses a link created with expiresAt in the past (422 EXPIRES_IN_PAST), nothing created; a live link can still be expired later', async () => {
    const slug = freshSlug('past');
    const res = await s.api('POST', '/links', { url: 'https://example.com/', slug, expiresAt: '2020-01-01T00:00:00Z' });
    expect(res.status).toBe(422);
    expect(res.body.error).toMatchObject({ code: 'EXPIRES_IN_PAST', details: { field: 'expiresAt' } });
    expect((await s.get(`/${slug}`)).status).toBe(404);
    const upsert = await s.api('PUT', `/links/external/${freshSlug('ext-past')}`, { url: 'https://example.com/', expiresAt: '2020-01-01T00:00:00Z' });
    expect(upsert.body.error.code).toBe('EXPIRES_IN_PAST');
    const live = await s.api('POST', '/links', { url: 'https://example.com/', slug, expiresAt: '2099-01-01T00:00:00Z' });
    expect(live.status).toBe(201);
    expect((await s.api('PATCH', `/links/${live.body.id}`, { expiresAt: '2020-01-01T00:00:00Z' })).status).toBe(200);
    expect((await s.get(`/${slug}`)).status).toBe(410);
  });
});
