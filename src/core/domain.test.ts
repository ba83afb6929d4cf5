import { describe, expect, it } from 'vitest';
import { normaliseHostname } from './domain.js';

describe('normaliseHostname', () => {
  it.each([
    ['go.example.com', 'go.example.com'],
    ['Go.Example.COM', 'go.example.com'],
    ['  links.example.com  ', 'links.example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['localhost:8080', 'localhost:8080'],
    ['example.com:80', 'example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['[::1]:8443', '[::1]:8443'],
    ['a-b.c-d.example', 'a-b.c-d.example'],
    ['x'.repeat(63) + '.com', 'x'.repeat(63) + '.com'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseHostname(input)).toBe(expected);
  });

  it.each([
    '',
    '   ',
    'https://example.com',
    'example.com/path',
    'example.com?x',
    'example.com#x',
    'user@example.com',
    'exa mple.com',
    'back\\slash.com',
    '-lead.example.com',
    'trail-.example.com',
    'a..b.com',
    'under_score.example.com',
    '*.example.com',
    'x'.repeat(64) + '.com',
    'example.com:99999',
    'a'.repeat(300),
  ])('refuses %j', (input) => {
    expect(normaliseHostname(input)).toBeNull();
  });
});
