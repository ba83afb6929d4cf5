import { describe, expect, it } from 'vitest';
import { emptyLinkForm, linkToForm, localProblems, toCreateBody, toUpdateBody } from '../../web/dashboard/lib/link-form-model.js';
import type { Link } from '../../web/dashboard/lib/types.js';

const DEFAULT_DOMAIN = 'rc.example';

function link(over: Partial<Link> = {}): Link {
  return {
    id: 'lnk_1',
    url: 'https://example.com/a',
    slug: 'spring',
    domain: DEFAULT_DOMAIN,
    shortUrl: 'https://rc.example/spring',
    externalId: null,
    title: 'Spring',
    tags: ['a', 'b'],
    pixelIds: ['pix_1'],
    utm: { source: null, medium: null, campaign: null, term: null, content: null },
    redirectType: 302,
    forwardQuery: true,
    expiresAt: null,
    expiredUrl: null,
    maxClicks: null,
    limitUrl: null,
    hasPassword: false,
    rules: [],
    consent: null,
    event: null,
    og: null,
    serverOnly: false,
    conversionTracking: null,
    humanClicks: 3,
    clicks: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

describe('dashboard link form model', () => {
  it('a minimal create sends only the URL and the chosen pixels (defaults preselected)', () => {
    const state = { ...emptyLinkForm(['pix_default']), url: ' https://example.com/x ' };
    expect(toCreateBody(state)).toEqual({ url: 'https://example.com/x', pixelIds: ['pix_default'] });
  });

  it('a full create maps every section', () => {
    const state = {
      ...emptyLinkForm(),
      url: 'https://example.com/x',
      slug: 'sale',
      domain: 'go.example',
      title: 'Sale',
      tags: 'a, b, a,',
      consentPolicy: 'always' as const,
      consentAction: '' as const,
      rules: [{ conditions: [{ kind: 'country' as const, values: 'de, at' }, { kind: 'device' as const, values: 'Mobile' }], url: 'https://example.com/de' }],
      expiresAt: '2030-01-02T03:04',
      expiredUrl: 'https://example.com/over',
      password: 'pw',
      maxClicks: '10',
      limitUrl: 'https://example.com/full',
      redirectType: '308' as const,
      forwardQuery: false,
      eventName: 'lead',
      eventParams: [{ key: 'campaign', value: 'spring' }, { key: '', value: 'ignored' }],
      ogTitle: 'T',
      ogDescription: '',
      ogImage: 'https://example.com/i.png',
    };
    const body = toCreateBody(state);
    expect(body).toMatchObject({
      url: 'https://example.com/x',
      slug: 'sale',
      domain: 'go.example',
      title: 'Sale',
      tags: ['a', 'b'],
      consent: { policy: 'always' },
      rules: [{ when: { country: ['DE', 'AT'], device: ['mobile'] }, url: 'https://example.com/de' }],
      expiredUrl: 'https://example.com/over',
      password: 'pw',
      maxClicks: 10,
      limitUrl: 'https://example.com/full',
      redirectType: 308,
      forwardQuery: false,
      event: { name: 'lead', params: { campaign: 'spring' } },
      og: { title: 'T', image: 'https://example.com/i.png' },
    });
    expect(body.expiresAt).toBe(new Date('2030-01-02T03:04').toISOString());
  });

  it('an unchanged edit leaves slug, domain and password out and clears nothing that was set', () => {
    const original = link({ hasPassword: true, maxClicks: 5, consent: { optInAction: 'ask' }, event: { name: 'x', params: { a: '1' } } });
    const body = toUpdateBody(linkToForm(original, DEFAULT_DOMAIN), original, DEFAULT_DOMAIN);
    expect(body).not.toHaveProperty('slug');
    expect(body).not.toHaveProperty('domain');
    expect(body).not.toHaveProperty('password');
    expect(body).toMatchObject({ maxClicks: 5, consent: { optInAction: 'ask' }, event: { name: 'x', params: { a: '1' } }, title: 'Spring', tags: ['a', 'b'] });
  });

  it('an edit clears emptied fields with null and sends a changed slug, a domain change and a password removal', () => {
    const original = link({ title: 'Old', maxClicks: 5, hasPassword: true, og: { title: 'x' }, domain: 'go.example' });
    const state = { ...linkToForm(original, DEFAULT_DOMAIN), title: '', maxClicks: '', ogTitle: '', slug: 'new-slug', domain: '', removePassword: true };
    const body = toUpdateBody(state, original, DEFAULT_DOMAIN);
    expect(body).toMatchObject({ title: null, maxClicks: null, og: null, slug: 'new-slug', domain: DEFAULT_DOMAIN, password: null });
  });

  it('round-trips multi-condition rules', () => {
    const original = link({ rules: [{ when: { country: ['DE'], os: ['iOS'] }, url: 'https://example.com/de-ios' }] });
    const state = linkToForm(original, DEFAULT_DOMAIN);
    expect(state.rules[0]!.conditions).toEqual([
      { kind: 'country', values: 'DE' },
      { kind: 'os', values: 'iOS' },
    ]);
    expect(toUpdateBody(state, original, DEFAULT_DOMAIN).rules).toEqual(original.rules);
  });

  it('catches what the browser can tell before asking the API', () => {
    const problems = localProblems({
      ...emptyLinkForm(),
      maxClicks: '0',
      rules: [{ conditions: [{ kind: 'device', values: 'phone' }], url: '' }],
      eventParams: [{ key: '1bad', value: 'x' }],
    });
    expect(Object.keys(problems).sort()).toEqual(['event.params.0', 'maxClicks', 'rules.0.url', 'rules.0.when.0', 'url']);
  });
});
