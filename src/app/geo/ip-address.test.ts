import { describe, expect, it } from 'vitest';
import { publicAddress } from './ip-address.js';

describe('publicAddress', () => {
  it.each([
    ['8.8.8.8', { version: 4, address: '8.8.8.8' }],
    ['::ffff:8.8.8.8', { version: 4, address: '8.8.8.8' }], // Node's dual-stack form
    ['::FFFF:808:808', { version: 4, address: '8.8.8.8' }], // same, hex spelling
    ['0:0:0:0:0:ffff:8.8.8.8', { version: 4, address: '8.8.8.8' }],
    ['2001:4860:4860::8888', { version: 6, address: '2001:4860:4860::8888' }],
    ['[2001:4860:4860::8888]', { version: 6, address: '2001:4860:4860::8888' }],
    [' 1.1.1.1 ', { version: 4, address: '1.1.1.1' }],
  ])('%s is public', (ip, expected) => {
    expect(publicAddress(ip)).toEqual(expected);
  });

  it.each([
    '127.0.0.1', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.0.1', '100.64.0.1', '169.254.1.1',
    '0.0.0.0', '192.0.2.1', '198.51.100.7', '203.0.113.9', '198.18.0.1', '224.0.0.1', '255.255.255.255', '240.0.0.1',
    '::1', '::', 'fe80::1', 'fe80::1%eth0', 'fc00::1', 'fd12:3456::1', 'ff02::1', '2001:db8::1',
    '::ffff:127.0.0.1', '::ffff:c0a8:1', '::ffff:10.0.0.1',
  ])('%s is not public → null', (ip) => {
    expect(publicAddress(ip)).toBeNull();
  });

  it.each(['', 'localhost', '1.2.3', '1.2.3.4.5', '256.1.1.1', '::g', '1::2::3', 'x'.repeat(10_000), '8.8.\r\n8.8', '2001:4860:4860::8888:1:2:3:4'])(
    'not an IP (%j) → null, no exception',
    (ip) => {
      expect(publicAddress(ip)).toBeNull();
    },
  );

  it('keeps public neighbours of private ranges', () => {
    expect(publicAddress('172.32.0.1')).not.toBeNull();
    expect(publicAddress('100.128.0.1')).not.toBeNull();
    expect(publicAddress('11.0.0.1')).not.toBeNull();
  });
});
