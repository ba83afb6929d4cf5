import { describe, expect, it } from 'vitest';
import { referrerHost } from './referrer.js';

describe('referrerHost', () => {
  it.each([
    ['https://www.Google.com/search?q=private+terms', 'www.google.com'],
    ['http://news.example:8080/a/b?c=d#e', 'news.example'],
    ['https://user:secret@forum.example/t/1', 'forum.example'],
    ['android-app://com.google.android.gm/', 'com.google.android.gm'],
    ['http://[2001:db8::1]:8080/page', '[2001:db8::1]'],
    ['https://203.0.113.5/x', '203.0.113.5'],
    ['https://example.com', 'example.com'],
  ])('%s → %s', (referer, host) => {
    expect(referrerHost(referer)).toBe(host);
  });

  it.each([[undefined], [null], [''], ['not a url'], ['/relative/path'], ['//no-scheme.example/'], ['http://[broken/'], [`https://${'a'.repeat(254)}/`]])(
    'no host for %j',
    (referer) => {
      expect(referrerHost(referer)).toBeNull();
    },
  );

  it('never keeps a path, query, fragment, port or credentials', () => {
    const host = referrerHost('https://me:pw@shop.example:444/orders/42?email=a@b.example#top') as string;
    expect(host).toBe('shop.example');
    for (const part of ['me', 'pw', '444', 'orders', 'email', 'top']) expect(host).not.toContain(part);
  });
});
