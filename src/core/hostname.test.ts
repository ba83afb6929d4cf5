import { describe, expect, it } from 'vitest';
import { canonicalHostname, requestHostname } from './hostname.js';

const canonical = (input: string, allowPort = false) => {
  const checked = canonicalHostname(input, { allowPort });
  return checked.ok ? checked.hostname : checked.problem;
};

describe('canonicalHostname (issue 17: one canonical hostname)', () => {
  it.each([
    ['go.example.com', 'go.example.com'],
    ['Go.Example.COM', 'go.example.com'],
    ['  links.example.com  ', 'links.example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['BÜCHER.de', 'xn--bcher-kva.de'],
    ['xn--bcher-kva.de', 'xn--bcher-kva.de'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['a-b.c-d.example', 'a-b.c-d.example'],
    ['x'.repeat(63) + '.com', 'x'.repeat(63) + '.com'],
  ])('%j → %j', (input, expected) => {
    expect(canonical(input)).toBe(expected);
  });

  it('refuses a port when registering, strips it when asked to (the configuration)', () => {
    expect(canonical('localhost:8080')).toBe('port');
    expect(canonical('example.com:80')).toBe('port');
    expect(canonical('[::1]:8443')).toBe('port');
    expect(canonical('Localhost.:8080', true)).toBe('localhost');
    expect(canonical('[::1]')).toBe('ipv6');
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['.', 'empty_label'],
    ['https://example.com', 'characters'],
    ['example.com/path', 'characters'],
    ['example.com?x', 'characters'],
    ['user@example.com', 'characters'],
    ['exa mple.com', 'characters'],
    ['back\\slash.com', 'characters'],
    ['-lead.example.com', 'label'],
    ['trail-.example.com', 'label'],
    ['a..b.com', 'empty_label'],
    ['.example.com', 'empty_label'],
    ['example.com..', 'empty_label'],
    ['under_score.example.com', 'label'],
    ['*.example.com', 'label'],
    ['x'.repeat(64) + '.com', 'label'],
    ['a'.repeat(301), 'too_long'],
    [`${'a'.repeat(60)}.`.repeat(5) + 'com', 'too_long'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(canonical(input)).toBe(problem);
  });
});

describe('requestHostname', () => {
  it.each([
    ['go.example.com', 'go.example.com'],
    ['Go.Example.COM', 'go.example.com'],
    ['go.example.com.', 'go.example.com'],
    ['go.example.com:8443', 'go.example.com'],
    ['GO.example.com.:80', 'go.example.com'],
    ['[::1]:8080', ''],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['', ''],
    ['bad host', ''],
  ])('%j → %j', (header, expected) => {
    expect(requestHostname(header)).toBe(expected);
  });
});
