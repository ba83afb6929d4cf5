import type { Role } from './roles.js';

export interface ApiKey {
  id: string;
  workspaceId: string;
  name: string;
  role: Role;
  /** First characters of the secret, e.g. `rk_7Hq2`, so a person can tell keys apart. */
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
}

/** Secrets look like `rk_` + 40 base62 characters (≈ 238 bits). */
export const API_KEY_PREFIX = 'rk_';
