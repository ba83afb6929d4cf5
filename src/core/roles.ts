/**
 * API key roles, strongest first. What each may do:
 * - `viewer`: read everything in the workspace except its API keys (listing keys is key
 *   management, `admin` and up).
 * - `member`: + create, edit and delete links and pixels; track leads and sales.
 * - `admin`: + domains, workspace settings, API keys up to `admin`, the audit log, and webhook
 *   endpoints (seeing them too: their URLs and what they receive are integration secrets).
 * - `owner`: + owner keys.
 */
export const ROLES = ['owner', 'admin', 'member', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

const RANK: Record<Role, number> = { owner: 3, admin: 2, member: 1, viewer: 0 };

export type Permission = 'read' | 'read:audit' | 'write:links' | 'write:pixels' | 'write:conversions' | 'write:domains' | 'write:workspace' | 'write:keys' | 'write:webhooks';

const MIN_ROLE: Record<Permission, Role> = {
  read: 'viewer',
  'read:audit': 'admin',
  'write:links': 'member',
  'write:pixels': 'member',
  'write:conversions': 'member',
  'write:domains': 'admin',
  'write:workspace': 'admin',
  'write:keys': 'admin',
  'write:webhooks': 'admin',
};

export function can(role: Role, permission: Permission): boolean {
  return RANK[role] >= RANK[MIN_ROLE[permission]];
}

/** A key may mint keys of its own role or weaker. */
export function canGrant(granter: Role, role: Role): boolean {
  return RANK[granter] >= RANK[role];
}
