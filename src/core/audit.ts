/**
 * The audit log's vocabulary (docs/security.md#audit-log): who did what to which object of a
 * workspace, when. Closed lists, so the API can filter by them and a reader knows every value.
 */
export const AUDIT_ACTIONS = [
  'link.create', 'link.update', 'link.delete', 'link.unlock',
  'pixel.create', 'pixel.update', 'pixel.delete', 'pixel.server_update', 'pixel.server_delete',
  'domain.create', 'domain.update', 'domain.delete',
  'api_key.create', 'api_key.delete',
  'workspace.update',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_TARGETS = ['link', 'pixel', 'domain', 'api_key', 'workspace'] as const;
export type AuditTarget = (typeof AUDIT_TARGETS)[number];

/** Who acted: an API key (the dashboard signs in with one), a user account where those exist, the CLI on the server, or Ricochet itself. */
export const ACTOR_TYPES = ['key', 'user', 'cli', 'system'] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface Actor {
  type: ActorType;
  /** The key's or user's id; null for `cli` and `system`. */
  id: string | null;
  /** The key's name at the time (a deleted key's events still say who it was). */
  name: string | null;
}

export interface AuditEvent {
  id: string;
  workspaceId: string;
  at: number;
  actor: Actor;
  action: AuditAction;
  target: { type: AuditTarget; id: string | null };
  /**
   * What is useful to know and safe to keep: which fields changed (names, not values), a slug, a
   * hostname, a role. Never a secret, a password or anything that could be one.
   */
  details: Record<string, unknown> | null;
}

/** The target type an action is about (`link.create` → `link`). */
export function targetOf(action: AuditAction): AuditTarget {
  return action.slice(0, action.indexOf('.')) as AuditTarget;
}

export const CLI_ACTOR: Actor = Object.freeze({ type: 'cli', id: null, name: null });
export const SYSTEM_ACTOR: Actor = Object.freeze({ type: 'system', id: null, name: null });
