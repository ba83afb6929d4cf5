import http from 'node:http';
/**
 * Shared set-up for the API suites: one real server per engine per file, plus helpers that mint
 * keys and workspaces through the real use cases (the same code the CLI runs).
 */
import { afterAll, beforeAll, expect } from 'vitest';
import { createApiKey } from '../../src/app/api-keys/manage-api-keys.js';
import { createWorkspace } from '../../src/app/workspace/manage-workspace.js';
import type { Role } from '../../src/core/roles.js';
import type { Engine } from '../../src/storage/database.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

export { testEngines } from '../support/engines.js';
export { OWNER_KEY } from '../support/test-server.js';

/**
 * Start a server in beforeAll and close it in afterAll. The returned object forwards to the
 * running server, so it can be captured at describe time and used inside tests.
 */
export function useTestServer(engine: Engine, env: Record<string, string> = {}): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(engine, env);
  });
  afterAll(async () => {
    await server?.close();
  });
  const current = (): TestServer => {
    if (!server) throw new Error('test server not started yet');
    return server;
  };
  return {
    get url() { return current().url; },
    get host() { return current().host; },
    get server() { return current().server; },
    get testDb() { return current().testDb; },
    get config() { return current().config; },
    api: (...args) => current().api(...args),
    get: (...args) => current().get(...args),
    close: () => current().close(),
  };
}

/** The id of the workspace the bootstrap owner key belongs to. */
export async function ownerWorkspaceId(s: TestServer): Promise<string> {
  const res = await s.api('GET', '/workspace');
  expect(res.status).toBe(200);
  return res.body.id as string;
}

/** Mint a key of `role` in the owner's workspace (or `workspaceId`) and return its secret. */
export async function keyWithRole(s: TestServer, role: Role, workspaceId?: string): Promise<string> {
  const ws = workspaceId ?? (await ownerWorkspaceId(s));
  const { secret } = await createApiKey(s.server.ctx, ws, { name: `${role} key`, role }, null);
  return secret;
}

/** A second, unrelated workspace with its own owner key. */
export async function otherWorkspace(s: TestServer, name = 'other'): Promise<{ id: string; key: string }> {
  const workspace = await createWorkspace(s.server.ctx, name);
  const { secret } = await createApiKey(s.server.ctx, workspace.id, { name: 'other owner', role: 'owner' }, null);
  return { id: workspace.id, key: secret };
}

let counter = 0;
/** A slug no other test in the file uses. */
export function freshSlug(prefix = 's'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** Create a link (owner key unless given) and return its JSON, failing the test on a non-201. */
export async function createLink(s: TestServer, body: Record<string, unknown>, key?: string): Promise<any> {
  const res = await s.api('POST', '/links', body, key);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/**
 * A link that has expired: created live, then given a past `expiresAt` (creating a link already
 * expired is refused, 422 `EXPIRES_IN_PAST`; changing a link's expiry to the past is not).
 */
export async function createExpiredLink(s: TestServer, body: Record<string, unknown>, key?: string): Promise<any> {
  const link = await createLink(s, body, key);
  const res = await s.api('PATCH', `/links/${link.id}`, { expiresAt: '2020-01-01T00:00:00Z' }, key);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A Meta pixel id no other pixel of the file uses (a workspace refuses the same pixel twice). */
export function freshMetaId(): string {
  counter += 1;
  return String(100_000_000_000_000 + counter * 7919 + (Date.now() % 7919));
}

export async function createPixel(s: TestServer, body: Record<string, unknown> = {}, key?: string): Promise<any> {
  const res = await s.api('POST', '/pixels', { platform: 'meta', tagId: freshMetaId(), ...body }, key);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body;
}

/** Follow `nextCursor` to the end and return every item. */
export async function listAll(s: TestServer, path: string, key?: string): Promise<any[]> {
  const items: any[] = [];
  let cursor: string | null = null;
  for (let i = 0; i < 100; i++) {
    const sep = path.includes('?') ? '&' : '?';
    const res = await s.api('GET', cursor ? `${path}${sep}cursor=${encodeURIComponent(cursor)}` : path, undefined, key);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    items.push(...res.body.data);
    cursor = res.body.nextCursor;
    if (cursor === null) return items;
  }
  throw new Error('pagination did not end');
}

/** A request with an arbitrary Host header (fetch does not let us choose it). */
export function requestWithHost(url: string, path: string, host: string, method = 'GET'): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(`${url}${path}`, { method, headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

