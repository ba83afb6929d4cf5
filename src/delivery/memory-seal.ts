import { createCipheriv, randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';

/** Keystream bytes per chunk: one cipher set-up serves about four thousand addresses. */
const CHUNK_BYTES = 64 * 1024;
const PREFIX = 'm1';

/**
 * Seals short values (visitor addresses) for the outbox with a key that exists only in this
 * process's memory (docs/delivery.md "Secrets in the outbox"): made at start, never written or sent
 * anywhere. Another process — this one after a restart, another node — cannot open them: the
 * delivery then goes without the value.
 *
 * AES-256 in counter mode, with the keystream made a chunk at a time (one random 128-bit IV per
 * 64 KB): sealing is an XOR with keystream bytes never used before, about a microsecond, instead
 * of a cipher set-up per value. A sealed value names its key, its chunk and its offset
 * (`m1.<key id>.<iv>.<offset>.<ciphertext>`); opening regenerates a chunk's keystream when it is no
 * longer cached. Confidentiality is the point; a damaged value opens to garbage, which callers
 * validate (an address that does not parse is not sent).
 * @example const seal = new MemorySeal(); seal.open(seal.seal('198.51.100.7')) // '198.51.100.7'
 */
export class MemorySeal {
  readonly keyId = randomBytes(6).toString('base64url');
  private readonly key = randomBytes(32);
  private iv: Buffer | null = null;
  private ivText = '';
  private stream: Buffer = Buffer.alloc(0);
  private used = CHUNK_BYTES;
  private readonly streams = new LRUCache<string, Buffer>({ max: 256 });

  seal(value: string): string {
    const bytes = Buffer.from(value, 'utf8');
    if (bytes.length > 1024) throw new Error('MemorySeal seals short values only');
    if (this.used + bytes.length > CHUNK_BYTES) this.nextChunk();
    const offset = this.used;
    for (let i = 0; i < bytes.length; i++) bytes[i]! ^= this.stream[offset + i]!;
    this.used += bytes.length;
    return `${PREFIX}.${this.keyId}.${this.ivText}.${offset}.${bytes.toString('base64url')}`;
  }

  /** The value, or null when it was sealed by another process (or is not a sealed value). */
  open(sealed: string | null): string | null {
    if (sealed === null) return null;
    const [prefix, keyId, ivText, offsetText, body] = sealed.split('.');
    if (prefix !== PREFIX || keyId !== this.keyId || !ivText || body === undefined) return null;
    const offset = Number(offsetText);
    const bytes = Buffer.from(body, 'base64url');
    if (!Number.isInteger(offset) || offset < 0 || offset + bytes.length > CHUNK_BYTES) return null;
    const stream = this.streams.get(ivText) ?? this.keystream(ivText);
    for (let i = 0; i < bytes.length; i++) bytes[i]! ^= stream[offset + i]!;
    return bytes.toString('utf8');
  }

  private nextChunk(): void {
    this.iv = randomBytes(16);
    this.ivText = this.iv.toString('base64url');
    this.stream = this.keystream(this.ivText);
    this.used = 0;
  }

  private keystream(ivText: string): Buffer {
    const cipher = createCipheriv('aes-256-ctr', this.key, Buffer.from(ivText, 'base64url'));
    const stream = cipher.update(Buffer.alloc(CHUNK_BYTES));
    this.streams.set(ivText, stream);
    return stream;
  }
}
