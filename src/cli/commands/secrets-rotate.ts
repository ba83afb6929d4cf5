import { rotateSecrets } from '../../app/conversions/rotate-secrets.js';
import { emit, type OutputOptions } from '../output.js';
import { withContext } from '../with-context.js';

/** `ricochet secrets rotate`: re-seal pixel credentials and webhook URLs and secrets with the first key of SECRETS_KEY. */
export async function secretsRotate(opts: OutputOptions): Promise<void> {
  const [result, webhooks] = await withContext(async (ctx) => [await rotateSecrets(ctx), await ctx.stores.webhooks.reseal()] as const);
  if (webhooks.unreadable.length > 0) {
    process.stderr.write(`ricochet: no key in SECRETS_KEY opens the URL or secret of webhook endpoint(s) ${webhooks.unreadable.join(', ')}: delete and add them again\n`);
    process.exitCode = 1;
  }
  emit(opts, { pixels: result, webhooks }, () =>
    [`re-sealed ${webhooks.resealed} webhook endpoint(s); ${webhooks.current} already used the current key`, `re-sealed ${result.resealed} pixel credential set(s); ${result.current} already used the current key`].join('\n'),
  );
  if (result.unreadable.length > 0) {
    process.stderr.write(`ricochet: no key in SECRETS_KEY opens the credentials of ${result.unreadable.join(', ')}: set them again with PUT /api/v1/pixels/{id}/server\n`);
    process.exitCode = 1;
  }
}
