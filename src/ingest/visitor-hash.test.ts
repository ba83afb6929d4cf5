import { describe, expect, it } from 'vitest';
import { visitorHash } from './visitor-hash.js';

const salt = Buffer.alloc(32, 7);
const UA = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) Chrome/126.0.0.0';

describe('visitorHash', () => {
  it('is stable for the same salt, IP, user agent and workspace', () => {
    expect(visitorHash(salt, '203.0.113.7', UA, 'ws_a')).toBe(visitorHash(salt, '203.0.113.7', UA, 'ws_a'));
    expect(visitorHash(salt, '203.0.113.7', UA, 'ws_a')).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });

  it('differs when any input differs: salt (day), IP, user agent, workspace', () => {
    const base = visitorHash(salt, '203.0.113.7', UA, 'ws_a');
    expect(visitorHash(Buffer.alloc(32, 8), '203.0.113.7', UA, 'ws_a')).not.toBe(base);
    expect(visitorHash(salt, '203.0.113.8', UA, 'ws_a')).not.toBe(base);
    expect(visitorHash(salt, '203.0.113.7', `${UA} Edg/126`, 'ws_a')).not.toBe(base);
    expect(visitorHash(salt, '203.0.113.7', UA, 'ws_b')).not.toBe(base);
  });

  it('separates fields, so shifting text between IP and user agent changes the hash', () => {
    expect(visitorHash(salt, '1.2.3.4', '5 UA', 'ws')).not.toBe(visitorHash(salt, '1.2.3.4 5', 'UA', 'ws'));
  });

  it('never contains the IP', () => {
    expect(visitorHash(salt, '2001:db8::1234', UA, 'ws')).not.toContain('2001');
  });
});
