import { describe, expect, it } from 'vitest';
import { ROLES, can, canGrant, type Permission, type Role } from './roles.js';

const WRITES: Permission[] = ['write:links', 'write:pixels', 'write:domains', 'write:workspace', 'write:keys', 'write:webhooks'];

describe('can', () => {
  it.each<[Role, Permission[]]>([
    ['viewer', ['read']],
    ['member', ['read', 'write:links', 'write:pixels']],
    ['admin', ['read', 'write:links', 'write:pixels', 'write:domains', 'write:workspace', 'write:keys', 'write:webhooks']],
    ['owner', ['read', 'write:links', 'write:pixels', 'write:domains', 'write:workspace', 'write:keys', 'write:webhooks']],
  ])('%s may do exactly %j', (role, allowed) => {
    for (const permission of ['read', ...WRITES] as Permission[]) {
      expect(can(role, permission), `${role} ${permission}`).toBe(allowed.includes(permission));
    }
  });
});

describe('canGrant', () => {
  it('lets a key mint keys of its own role or weaker, never stronger', () => {
    for (const [i, granter] of ROLES.entries()) {
      for (const [j, role] of ROLES.entries()) {
        // ROLES is strongest first.
        expect(canGrant(granter, role), `${granter} → ${role}`).toBe(j >= i);
      }
    }
    expect(canGrant('admin', 'owner')).toBe(false);
    expect(canGrant('owner', 'owner')).toBe(true);
  });

  it('lists the four roles strongest first', () => {
    expect(ROLES).toEqual(['owner', 'admin', 'member', 'viewer']);
  });
});
