/**
 * What the signed-in key may do. The API has no "who am I" call yet (see the report for issue 7),
 * so the role is learned in three safe steps:
 * 1. `workspace.role`, when the server sends it (the proposed fix);
 * 2. `GET /api-keys` answers only admin+; the caller's own entry is the one whose display prefix
 *    starts its secret (the weakest role wins if prefixes collide);
 * 3. otherwise a member and a viewer differ only on writes: `DELETE /pixels/<id that cannot
 *    exist>` is refused with 403 for a viewer and answers 404 for a member, and changes nothing.
 * A transient failure leaves the role `unknown`: the UI then shows write buttons and relies on
 * the server's 403, which it shows as a message.
 */
import { can as roleCan, ROLES, type Permission } from '../../../src/core/roles.js';
import { ApiError, type Api } from './api.js';
import type { ApiKey, Page, Role, Workspace } from './types.js';

export type KnownRole = Role | 'unknown';
export type { Permission };

const PROBE_ID = 'role-probe-nonexistent';

export async function detectRole(api: Api, secret: string, workspace: Workspace): Promise<KnownRole> {
  if (workspace.role && (ROLES as readonly string[]).includes(workspace.role)) return workspace.role;
  try {
    const mine: Role[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: Page<ApiKey> = await api.get<Page<ApiKey>>('/api-keys', { limit: 100, cursor });
      for (const k of res.data) if (k.prefix && secret.startsWith(k.prefix)) mine.push(k.role);
      cursor = res.nextCursor;
      if (!cursor) break;
    }
    // Weakest matching role: never show a button the key cannot use.
    return mine.sort((a, b) => ROLES.indexOf(b) - ROLES.indexOf(a))[0] ?? 'admin';
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 403) return 'unknown';
  }
  try {
    await api.del(`/pixels/${PROBE_ID}`);
    return 'member';
  } catch (error) {
    if (error instanceof ApiError && error.status === 403) return 'viewer';
    if (error instanceof ApiError && error.status === 404) return 'member';
    return 'unknown';
  }
}

/** Whether the UI offers an action. `unknown` offers it; the server still decides. */
export function can(role: KnownRole, permission: Permission): boolean {
  return role === 'unknown' || roleCan(role, permission);
}

export const ROLE_LABELS: Record<KnownRole, string> = {
  owner: 'Owner',
  admin: 'Admin',
  member: 'Member',
  viewer: 'Viewer (read-only)',
  unknown: 'Role unknown',
};
