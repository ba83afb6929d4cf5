import { describe, expect, it } from 'vitest';
import { badRequestPage, blockedPage, expiredPage, limitReachedPage, notFoundPage, passwordPage } from './pages.js';
import { previewPage } from './preview-page.js';

// Issue 14: what each small page says, and what a link-preview fetcher reads, exactly.
describe('the redirect path\'s pages', () => {
  it.each([
    ['not found', notFoundPage(), 'Link not found', '<h1>This link does not exist</h1><p>Check the address for typos; short links are case-sensitive.</p>'],
    ['expired', expiredPage(), 'Link expired', '<h1>This link has expired</h1><p>The owner set it to stop working after a date.</p>'],
    ['limit reached', limitReachedPage(), 'Link unavailable', '<h1>This link is no longer available</h1><p>It reached the number of visits its owner allowed.</p>'],
    ['bad request', badRequestPage(), 'Bad request', '<h1>Bad request</h1><p>The address is malformed.</p>'],
    ['blocked', blockedPage(), 'Link disabled', '<h1>This link has been disabled</h1><p>Its destination is not allowed on this server.</p>'],
  ])('%s: its title and its words, in a self-contained page', (_name, html, title, body) => {
    expect(html).toMatch(/^<!doctype html><html lang="en"><head><meta charset="utf-8">/);
    expect(html).toContain(`<title>${title}</title>`);
    expect(html).toContain(`<main>${body}</main>`);
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/<script/);
  });

  it('the password form posts the field `password` back to the escaped request target; the error only after a wrong one', () => {
    const html = passwordPage('/s?a=1&b="x"', false);
    expect(html).toContain('<title>Password required</title>');
    expect(html).toContain('<h1>This link is protected</h1><p>Enter the password to continue.</p>');
    expect(html).toContain('<form method="post" action="/s?a=1&#38;b=&#34;x&#34;">');
    expect(html).toContain('<input id="pw" name="password" type="password" autocomplete="current-password" required autofocus>');
    expect(html).not.toContain('role="alert"');
    expect(passwordPage('/s', true)).toContain('<p class="err" role="alert">That password is not right.</p>');
  });

  it('the throttled password form says when to come back, in whole minutes rounded up', () => {
    expect(passwordPage('/s', false, 1)).toContain('<p class="err" role="alert">Too many wrong passwords. Try again in 1 minute.</p>');
    expect(passwordPage('/s', false, 60)).toContain('Try again in 1 minute.</p>');
    expect(passwordPage('/s', false, 61)).toContain('Try again in 2 minutes.</p>');
    expect(passwordPage('/s', false, 900)).toContain('Try again in 15 minutes.</p>');
    expect(passwordPage('/s', false, 0)).not.toContain('Try again');
    // The form stays, so the visitor can try again once the time is up.
    expect(passwordPage('/s', false, 61)).toContain('<form method="post" action="/s">');
  });

  it('the Open Graph page: each field present as its meta tag, escaped, a large card with an image, a link onward', () => {
    const html = previewPage({ title: 'Sale <50%>', description: 'All "shoes"', image: 'https://cdn.example/a.png' }, 'https://shop.example/?a=1&b=2');
    expect(html).toBe(
      '<!doctype html><html><head><meta charset="utf-8"><meta name="robots" content="noindex">' +
        '<title>Sale &#60;50%&#62;</title>' +
        '<meta property="og:title" content="Sale &#60;50%&#62;">' +
        '<meta property="og:description" content="All &#34;shoes&#34;">' +
        '<meta property="og:image" content="https://cdn.example/a.png">' +
        '<meta property="og:type" content="website">' +
        '<meta name="twitter:card" content="summary_large_image">' +
        '</head><body><a href="https://shop.example/?a=1&#38;b=2">Sale &#60;50%&#62;</a></body></html>',
    );
  });

  it('the Open Graph page without a title or image: no empty tags, a small card, the destination as the link text', () => {
    const html = previewPage({ description: 'Only this' }, 'https://shop.example/');
    expect(html).toContain('<title></title><meta property="og:description" content="Only this"><meta property="og:type" content="website"><meta name="twitter:card" content="summary">');
    expect(html).not.toContain('og:title');
    expect(html).not.toContain('og:image');
    expect(html).toContain('<a href="https://shop.example/">https://shop.example/</a>');
  });
});
