/**
 * The signed-in session: the API key (kept in sessionStorage, so it dies with the tab and is
 * never written to disk by us), the workspace it belongs to, and its role.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { createApi, type Api, type ApiError } from './api.js';
import { detectRole, type KnownRole } from './role.js';
import type { Workspace } from './types.js';

const STORAGE_KEY = 'ricochet.apiKey';

export interface Session {
  key: string;
  api: Api;
  workspace: Workspace;
  role: KnownRole;
}

export function storedKey(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function storeKey(key: string | null): void {
  try {
    if (key === null) sessionStorage.removeItem(STORAGE_KEY);
    else sessionStorage.setItem(STORAGE_KEY, key);
  } catch {
    // Storage disabled: the session lasts until reload.
  }
}

/** Validate a key with `GET /workspace` and learn its role. Throws the API's error. */
export async function openSession(key: string, onUnauthorized: (error: ApiError) => void): Promise<Session> {
  let live = false;
  const api = createApi(key, (error) => {
    if (live) onUnauthorized(error);
  });
  const workspace = await api.get<Workspace>('/workspace');
  const role = await detectRole(api, key, workspace);
  live = true;
  return { key, api, workspace, role };
}

export interface SessionContextValue extends Session {
  signOut(): void;
  setWorkspace(workspace: Workspace): void;
}

export const SessionContext = createContext<SessionContextValue | null>(null);

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside a signed-in session');
  return value;
}
