import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { PasswordHasher } from './password-hasher.js';

// OWASP's scrypt minimum (N=2^17, r=8, p=1) needs 128 MB; link passwords protect a redirect,
// not an account, so N=2^14 keeps a wrong-password storm from exhausting memory.
const PARAMS = { N: 16384, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
/** The most a stored hash may ask for (a row edited by hand must not make one check take minutes). */
const MAX_N = 1 << 17;

/** `scrypt$<N>$<r>$<p>$<salt b64>$<hash b64>`: self-describing, so parameters can change later. */
export async function hashPassword(hasher: PasswordHasher, password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await hasher.scrypt({ password, salt, keylen: 32, ...PARAMS });
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export async function verifyPassword(hasher: PasswordHasher, password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const N = Number(n);
  if (!Number.isInteger(N) || N < 2 || N > MAX_N) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await hasher.scrypt({ password, salt: Buffer.from(salt, 'base64'), keylen: expected.length, N, r: Number(r), p: Number(p), maxmem: PARAMS.maxmem });
  return timingSafeEqual(actual, expected);
}
