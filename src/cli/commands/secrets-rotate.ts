import { rotateSecrets } from '../../app/conversions/rotate-secrets.js';
import { emit, type OutputOptions } from '../output.js';
import { withContext } from '../with-context.js';

/** `ricochet secrets rotate`: re-seal pixel credentials with the first key of SECRETS_KEY. */
export async function secretsRotate(opts: OutputOptions): Promise<void> {
  const result = await withContext(rotateSecrets);
  emit(opts, result, () => `re-sealed ${result.resealed} pixel credential set(s); ${result.current} already used the current key`);
  if (result.unreadable.length > 0) {
    process.stderr.write(`ricochet: no key in SECRETS_KEY opens the credentials of ${result.unreadable.join(', ')}: set them again with PUT /api/v1/pixels/{id}/server\n`);
    process.exitCode = 1;
  }
}
