import { describe, expect, it } from 'vitest';
import { Blocklist } from './blocklist.js';

describe('Blocklist (issue 17: destination blocklist)', () => {
  const { list, invalid } = Blocklist.parse(['# comment', '', 'bad.example', '*.Wild.Example.', '.dot.example', 'https://Evil.Example/phish?x=1', 'bücher.de', 'not a host', 'x..y'].join('\n'));

  it('reads names, wildcards, URLs and IDNs, and reports the lines that are none', () => {
    expect(list.size).toBe(5);
    expect(invalid).toEqual([{ line: 8, text: 'not a host' }, { line: 9, text: 'x..y' }]);
  });

  it.each([
    ['bad.example', true],
    ['www.bad.example', true],
    ['a.b.bad.example', true],
    ['notbad.example', false],
    ['bad.example.com', false],
    ['wild.example', true],
    ['x.wild.example', true],
    ['dot.example', true],
    ['evil.example', true],
    ['xn--bcher-kva.de', true],
    ['good.example', false],
    ['example', false],
  ])('%s → %s', (host, blocked) => {
    expect(list.blocksHost(host)).toBe(blocked);
  });

  it('checks a URL by its host, whatever its case, port or trailing dot', () => {
    expect(list.blocksUrl('https://WWW.Bad.Example:8443/x')).toBe(true);
    expect(list.blocksUrl('https://bad.example./x')).toBe(true);
    expect(list.blocksUrl('https://good.example/bad.example')).toBe(false);
    expect(new Blocklist([]).blocksUrl('https://bad.example/')).toBe(false);
  });
});
