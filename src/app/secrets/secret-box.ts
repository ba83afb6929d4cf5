import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Sealed values start with this (the format's version): `sb1.<key id>.<iv>.<ciphertext + tag>`. */
const PREFIX = 'sb1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const KEY_BYTES = 32;

/** A sealed value whose key this process does not hold (rotated away, or another process's memory key). */
export class UnknownKeyError extends Error {
  readonly keyId: string;

  constructor(keyId: string) {
    super(`sealed with key ${keyId}, which this process does not hold`);
    this.keyId = keyId;
    this.name = 'UnknownKeyError';
  }
}

/**
 * Authenticated encryption of small secrets with AES-256-GCM (docs/conversions.md
 * "Credentials"). The first key seals; every key opens, so a key can be rotated: put the new key
 * first and the old one after it, run `ricochet secrets rotate`, then drop the old one. A sealed
 * value names its key by a short fingerprint, never the key.
 *
 * The secrets key (SECRETS_KEY, or generated into DATA_DIR) seals pixel credentials at rest.
 * (Visitor addresses in the outbox have their own, cheaper seal with a key that lives in memory
 * only: src/delivery/memory-seal.ts.)
 *
 * `aad` binds a value to where it is stored (a pixel id), so a sealed value copied onto another
 * row does not open there.
 * @example const box = new SecretBox([key]); box.open(box.seal('token', 'pix_1'), 'pix_1') // 'token'
 */
export class SecretBox {
  private readonly keys: Map<string, Buffer>;
  readonly keyId: string;

  constructor(keys: readonly Uint8Array[]) {
    if (keys.length === 0) throw new Error('SecretBox needs at least one key');
    this.keys = new Map();
    for (const key of keys) {
      if (key.length !== KEY_BYTES) throw new Error(`a secrets key is ${KEY_BYTES} bytes`);
      this.keys.set(keyIdOf(key), Buffer.from(key));
    }
    this.keyId = keyIdOf(keys[0] as Uint8Array);
  }

  /** The raw keys, to hand to a worker thread (memory to memory, never to disk or a log). */
  exportKeys(): Uint8Array[] {
    return [...this.keys.values()].map((k) => new Uint8Array(k));
  }

  seal(plain: string, aad = ''): string {
    const key = this.keys.get(this.keyId) as Buffer;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(aad));
    const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${PREFIX}.${this.keyId}.${iv.toString('base64url')}.${body.toString('base64url')}`;
  }

  /** Throws `UnknownKeyError` for a key it does not hold, and an Error for a damaged or moved value. */
  open(sealed: string, aad = ''): string {
    const [prefix, keyId, iv, body] = sealed.split('.');
    if (prefix !== PREFIX || !keyId || !iv || !body) throw new Error('not a sealed value');
    const key = this.keys.get(keyId);
    if (!key) throw new UnknownKeyError(keyId);
    const bytes = Buffer.from(body, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - TAG_BYTES)), decipher.final()]).toString('utf8');
  }

  /** Whether `sealed` was sealed with an older key than the current one. */
  isStale(sealed: string): boolean {
    return sealed.split('.')[1] !== this.keyId;
  }
}

function keyIdOf(key: Uint8Array): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}
