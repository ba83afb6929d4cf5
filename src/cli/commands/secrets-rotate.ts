import { rotateSecrets } from '../../app/conversions/rotate-secrets.js';
import { withContext } from '../with-context.js';

/** `ricochet secrets rotate`: re-seal pixel credentials with the first key of SECRETS_KEY. */
export async function secretsRotate(): Promise<void> {
  const result = await withContext(rotateSecrets);
  process.stdout.write(`re-sealed ${result.resealed} pixel credential set(s); ${result.current} already used the current key\n`);
  if (result.unreadable.length > 0) {
    process.stderr.write(`ricochet: no key in SECRETS_KEY opens the credentials of ${result.unreadable.join(', ')}: set them again with PUT /api/v1/pixels/{id}/server\n`);
    process.exitCode = 1;
  }
}
