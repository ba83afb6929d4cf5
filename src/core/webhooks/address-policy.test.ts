import { describe, expect, it } from 'vitest';
import { addressVerdict, parseAllowedNetwork } from './address-policy.js';

describe('addressVerdict (issue 21: where webhooks may go)', () => {
  it.each([
    ['93.184.215.14', null],
    ['8.8.8.8', null],
    ['2606:4700:4700::1111', null],
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'private'],
    ['fd12:3456::1', 'private'],
    ['169.254.169.254', 'metadata'],
    ['fd00:ec2::254', 'metadata'],
    ['100.100.100.200', 'metadata'],
    ['168.63.129.16', 'metadata'],
    ['169.254.1.1', 'link_local'],
    ['fe80::1', 'link_local'],
    ['fe80::1%eth0', 'link_local'],
    ['0.0.0.0', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['224.0.0.1', 'reserved'],
    ['::', 'reserved'],
    // IPv4 inside IPv6: judged by the IPv4 address it leads to.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:169.254.169.254', 'metadata'],
    ['::ffff:8.8.8.8', null],
    ['64:ff9b::a00:1', 'private'],
    ['64:ff9b::808:808', null],
    ['2002:a00:1::1', 'private'],
    ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'reserved'],
    ['localhost', 'not_an_address'],
  ])('%s → %s', (address, reason) => {
    expect(addressVerdict(address, [])).toEqual(reason === null ? { allowed: true } : { allowed: false, reason });
  });

  it('lets the operator allow networks, also through an IPv4-mapped address', () => {
    const allowed = ['10.1.0.0/16', '127.0.0.1'].map(parseAllowedNetwork);
    expect(addressVerdict('10.1.2.3', allowed)).toEqual({ allowed: true });
    expect(addressVerdict('::ffff:10.1.2.3', allowed)).toEqual({ allowed: true });
    expect(addressVerdict('127.0.0.1', allowed)).toEqual({ allowed: true });
    expect(addressVerdict('127.0.0.2', allowed)).toEqual({ allowed: false, reason: 'loopback' });
    expect(addressVerdict('10.2.0.1', allowed)).toEqual({ allowed: false, reason: 'private' });
  });

  it('refuses a bad allow-list entry', () => {
    expect(() => parseAllowedNetwork('10.0.0.0/33')).toThrow();
    expect(() => parseAllowedNetwork('intranet')).toThrow();
  });
});
