import { PixelServerStore } from '../../storage/pixel-server-store.js';
import type { AppContext } from '../context.js';

/**
 * Re-seal every pixel's credentials with the current secrets key (the first of SECRETS_KEY), after
 * a new key was put in front of the old one (docs/conversions.md "Credentials"). Values already
 * sealed with it are left alone; one that no key opens is reported, not touched.
 */
export async function rotateSecrets(ctx: AppContext): Promise<{ resealed: number; current: number; unreadable: string[] }> {
  const store = new PixelServerStore(ctx.stores.database);
  let resealed = 0;
  let current = 0;
  const unreadable: string[] = [];
  for (const { pixelId, sealedSecrets } of await store.allSealed()) {
    if (!ctx.secrets.isStale(sealedSecrets)) {
      current++;
      continue;
    }
    let plain: string;
    try {
      plain = ctx.secrets.open(sealedSecrets, pixelId);
    } catch {
      unreadable.push(pixelId);
      continue;
    }
    await store.reseal(pixelId, ctx.secrets.seal(plain, pixelId));
    resealed++;
  }
  return { resealed, current, unreadable };
}
