/**
 * Ports: what the pure core and the use cases need from the outside world, declared as the
 * smallest interfaces that serve them. Adapters live in `src/storage` and `src/app`.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number;
}

export interface Random {
  /** Cryptographically strong random bytes. */
  bytes(length: number): Uint8Array;
}
