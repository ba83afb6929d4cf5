import type { PasswordLockout } from '../../storage/lockout-store.js';
import type { AppContext } from '../context.js';
import { getLinkOrThrow } from './get-link-or-throw.js';

/**
 * A link's password lockout as its owner sees it (docs/security.md#link-passwords): null when
 * the form is not locked (never was, or the lock has run out).
 */
export async function getPasswordLockout(ctx: AppContext, workspaceId: string, linkId: string): Promise<PasswordLockout | null> {
  await getLinkOrThrow(ctx, workspaceId, linkId);
  const lockout = await ctx.stores.lockouts.get(workspaceId, linkId);
  return lockout && lockout.lockedUntil > ctx.clock.now() ? lockout : null;
}

/** Unlock the link's password form now, on every node; true when it was locked. */
export async function clearPasswordLockout(ctx: AppContext, workspaceId: string, linkId: string): Promise<boolean> {
  await getLinkOrThrow(ctx, workspaceId, linkId);
  const was = await ctx.stores.lockouts.get(workspaceId, linkId);
  await ctx.stores.lockouts.delete(workspaceId, linkId);
  ctx.passwords.guard.cleared(linkId);
  return was !== null && was.lockedUntil > ctx.clock.now();
}
