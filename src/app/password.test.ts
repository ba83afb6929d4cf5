import { scryptSync } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { PasswordHasher } from './password-hasher.js';
import { hashPassword as hashWith, verifyPassword as verifyWith } from './password.js';

// The real hashing pool (one thread), as the server uses it.
const hasher = new PasswordHasher(1);
afterAll(() => hasher.close());
const hashPassword = (password: string) => hashWith(hasher, password);
const verifyPassword = (password: string, stored: string) => verifyWith(hasher, password, stored);

const b64 = (hex: string) => Buffer.from(hex.replace(/\s+/g, ''), 'hex').toString('base64');
const stored = (n: number, r: number, p: number, salt: string, keyHex: string) => ['scrypt', n, r, p, Buffer.from(salt).toString('base64'), b64(keyHex)].join('$');

/**
 * RFC 7914 §12, the scrypt test vectors: a stored hash carries its parameters, so a vector written
 * in the stored format must verify, which proves both the KDF and that the parameters are read
 * from the stored string (the second vector uses this module's own N=16384, r=8, p=1).
 */
const RFC_7914 = [
  {
    password: 'password',
    salt: 'NaCl',
    n: 1024,
    r: 8,
    p: 16,
    key: `fd ba be 1c 9d 34 72 00 78 56 e7 19 0d 01 e9 fe 7c 6a d7 cb c8 23 78 30 e7 73 76 63 4b 37 31 62
          2e af 30 d9 2e 22 a3 88 6f f1 09 27 9d 98 30 da c7 27 af b9 4a 83 ee 6d 83 60 cb df a2 cc 06 40`,
  },
  {
    password: 'pleaseletmein',
    salt: 'SodiumChloride',
    n: 16384,
    r: 8,
    p: 1,
    key: `70 23 bd cb 3a fd 73 48 46 1c 06 cd 81 fd 38 eb fd a8 fb ba 90 4f 8e 3e a9 b5 43 f6 54 5d a1 f2
          d5 43 29 55 61 3f 0f cf 62 d4 97 05 24 2a 9a f9 e6 1e 85 dc 0d 65 1e 40 df cf 01 7b 45 57 58 87`,
  },
];

describe('link password hashing (scrypt)', () => {
  it.each(RFC_7914)('verifies the RFC 7914 vector for $password (N=$n, r=$r, p=$p)', async ({ password, salt, n, r, p, key }) => {
    const hash = stored(n, r, p, salt, key);
    expect(await verifyPassword(password, hash)).toBe(true);
    expect(await verifyPassword(`${password}x`, hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
  });

  it('the same vector with another N, r or p no longer verifies (each parameter is used)', async () => {
    const { password, salt, key } = RFC_7914[1] as (typeof RFC_7914)[number];
    expect(await verifyPassword(password, stored(8192, 8, 1, salt, key))).toBe(false);
    expect(await verifyPassword(password, stored(16384, 4, 1, salt, key))).toBe(false);
    expect(await verifyPassword(password, stored(16384, 8, 2, salt, key))).toBe(false);
    expect(await verifyPassword(password, stored(16384, 8, 1, 'Sodiumchloride', key))).toBe(false);
    // …and a name other than scrypt in front of it is not scrypt.
    expect(await verifyPassword(password, stored(16384, 8, 1, salt, key).replace(/^scrypt/, 'bcrypt'))).toBe(false);
  });

  it('hashes as scrypt$16384$8$1$<16-byte salt>$<32-byte key>, with a fresh salt each time', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    const parts = a.split('$');
    expect(parts.slice(0, 4)).toEqual(['scrypt', '16384', '8', '1']);
    expect(Buffer.from(parts[4] as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(parts[5] as string, 'base64')).toHaveLength(32);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('a hash verifies its own password and no other', async () => {
    const hash = await hashPassword('p@ss wörd 😀');
    expect(await verifyPassword('p@ss wörd 😀', hash)).toBe(true);
    expect(await verifyPassword('p@ss wörd', hash)).toBe(false);
    expect(await verifyPassword('P@ss wörd 😀', hash)).toBe(false);
    expect(await verifyPassword('', hash)).toBe(false);
    const empty = await hashPassword('');
    expect(await verifyPassword('', empty)).toBe(true);
    expect(await verifyPassword(' ', empty)).toBe(false);
  });

  it.each([
    ['another algorithm', 'bcrypt$16384$8$1$c2FsdA==$aGFzaA=='],
    ['missing fields', 'scrypt$16384$8$1$c2FsdA=='],
    ['an empty salt', 'scrypt$16384$8$1$$aGFzaA=='],
    ['an empty N', 'scrypt$$8$1$c2FsdA==$aGFzaA=='],
    ['an empty r', 'scrypt$16384$$1$c2FsdA==$aGFzaA=='],
    ['an empty p', 'scrypt$16384$8$$c2FsdA==$aGFzaA=='],
    ['an empty string', ''],
  ])('a stored value with %s never verifies (and does not throw)', async (_name, value) => {
    expect(await verifyPassword('anything', value)).toBe(false);
  });

  it.each([
    ['N=1', 'scrypt$1$8$1$c2FsdA==$aGFzaA=='],
    ['N not a number', 'scrypt$x$8$1$c2FsdA==$aGFzaA=='],
    ['N not an integer', 'scrypt$16384.5$8$1$c2FsdA==$aGFzaA=='],
    ['N=2^17+1, over the most a stored hash may ask for', `scrypt$${2 ** 17 + 1}$8$1$c2FsdA==$aGFzaA==`],
    ['N=2^20', 'scrypt$1048576$8$1$c2FsdA==$aGFzaA=='],
  ])('a stored hash with %s is refused before hashing (false)', async (_name, value) => {
    expect(await verifyPassword('x', value)).toBe(false);
  });

  it.each([2, 2 ** 17])('N=%i, at the edge of what a stored hash may ask for, is hashed and verifies', async (n) => {
    // r=2 keeps N=2^17 at 32 MB, under the memory cap (scrypt wants N < 2^(16·r)). The key is
    // made here with node:crypto directly.
    const key = scryptSync('edge', 'salt', 32, { N: n, r: 2, p: 1, maxmem: 64 * 1024 * 1024 });
    const value = ['scrypt', n, 2, 1, Buffer.from('salt').toString('base64'), key.toString('base64')].join('$');
    expect(await verifyPassword('edge', value)).toBe(true);
    expect(await verifyPassword('edgE', value)).toBe(false);
  });

  it('parameters that scrypt refuses reject rather than verify', async () => {
    // N must be a power of two.
    await expect(verifyPassword('x', 'scrypt$1000$8$1$c2FsdA==$aGFzaA==')).rejects.toThrow();
  });
});
