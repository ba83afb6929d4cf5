import { describe, expect, it } from 'vitest';
import { utmOf, withUtm } from './link-utm.js';

describe('utmOf', () => {
  it('reads the UTM parameters of a URL, decoded, null when absent or empty', () => {
    expect(utmOf('https://e.com/a?utm_source=news%20letter&x=1&utm_campaign=spring+sale&utm_term=#top')).toEqual({
      source: 'news letter', medium: null, campaign: 'spring sale', term: null, content: null,
    });
    expect(utmOf('https://e.com/a')).toEqual({ source: null, medium: null, campaign: null, term: null, content: null });
  });

  it('takes the first of repeated parameters and ignores look-alikes', () => {
    expect(utmOf('https://e.com/?utm_source=a&utm_source=b&utm_sources=c&xutm_medium=d').source).toBe('a');
    expect(utmOf('https://e.com/?utm_medium=%E0%A4%A').medium).toBe('%E0%A4%A');
  });
});

describe('withUtm', () => {
  it('appends new parameters and keeps the rest of the query byte for byte', () => {
    expect(withUtm('https://e.com/a?q=a%20b&x=1', { source: 'news', campaign: 'spring sale' })).toBe('https://e.com/a?q=a%20b&x=1&utm_source=news&utm_campaign=spring%20sale');
  });

  it('replaces a parameter in place, drops its repeats, and keeps the fragment after the query', () => {
    expect(withUtm('https://e.com/?utm_source=old&a=1&utm_source=older#frag', { source: 'new' })).toBe('https://e.com/?utm_source=new&a=1#frag');
  });

  it('removes parameters set to null and the `?` when nothing is left', () => {
    expect(withUtm('https://e.com/p?utm_source=a&utm_medium=b', { source: null, medium: null })).toBe('https://e.com/p');
    expect(withUtm('https://e.com/p?k=v&utm_medium=b', { medium: null, term: null })).toBe('https://e.com/p?k=v');
  });

  it('leaves the URL alone when the patch names nothing', () => {
    const url = 'https://e.com/p?a=%7e&utm_source=x';
    expect(withUtm(url, {})).toBe(url);
  });

  it('reads back what it wrote', () => {
    const url = withUtm('https://e.com/', { source: 'a&b=c', medium: 'ü', campaign: '100%', term: 'x+y', content: '#1' });
    expect(utmOf(url)).toEqual({ source: 'a&b=c', medium: 'ü', campaign: '100%', term: 'x+y', content: '#1' });
  });
});
