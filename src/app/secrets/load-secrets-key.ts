import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../../config.js';
import { KEY_BYTES, SecretBox } from './secret-box.js';

/** Where the secrets key is generated when SECRETS_KEY is not set. */
export const SECRETS_KEY_FILE = 'secrets.key';

/**
 * The box that seals credentials at rest (docs/conversions.md "Credentials"): the keys of
 * SECRETS_KEY (the first seals, all open) or, when it is not set, `DATA_DIR/secrets.key`,
 * generated on first start with mode 0600. Several nodes on one PostgreSQL must share one key:
 * set SECRETS_KEY on each.
 */
export function loadSecretBox(config: Pick<Config, 'secretsKeys' | 'dataDir'>): SecretBox {
  if (config.secretsKeys.length > 0) return new SecretBox(config.secretsKeys);
  const file = path.join(config.dataDir, SECRETS_KEY_FILE);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      // `wx`: two processes starting at once never overwrite each other's key.
      fs.writeFileSync(file, `${randomBytes(KEY_BYTES).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  const key = Buffer.from(fs.readFileSync(file, 'utf8').trim(), 'base64');
  if (key.length !== KEY_BYTES) throw new Error(`${file} does not hold a ${KEY_BYTES}-byte base64 key`);
  return new SecretBox([key]);
}
