/**
 * A real Ricochet server on 127.0.0.1, port 0, over a fresh database of the given engine.
 * Tests talk to it over real HTTP (fetch with `redirect: 'manual'`).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { loadConfig, type Config } from '../../src/config.js';
import type { ContextOptions } from '../../src/context.js';
import type { Engine } from '../../src/storage/database.js';
import { answerClientErrors } from '../../src/http/client-error.js';
import { buildServer, type Server } from '../../src/server.js';
import { createDomainProbe } from '../../src/app/domains/domain-probe.js';
import { conformanceProblems, recordApiResponses, type RecordedResponse } from './api-conformance.js';
import { openTestDatabase, type TestDatabase } from './engines.js';

export const OWNER_KEY = 'rk_test_owner_key_0123456789abcdef';

export interface TestServer {
  url: string;
  host: string;
  server: Server;
  testDb: TestDatabase;
  config: Readonly<Config>;
  /** JSON API call with the given key (owner key by default). */
  api(method: string, path: string, body?: unknown, key?: string | null): Promise<{ status: number; body: any; headers: Headers }>;
  /** Raw fetch against the server without following redirects. */
  get(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/**
 * What a test may inject besides env: a clock (e.g. one that can be moved past midnight),
 * randomness, how webhook host names resolve, or a database it opened itself (the server then owns it: `close()` disposes it).
 */
export interface TestServerOptions extends Pick<ContextOptions, 'clock' | 'random' | 'lookupHost'> {
  testDb?: TestDatabase;
}

export async function startTestServer(engine: Engine, env: Record<string, string> = {}, options: TestServerOptions = {}): Promise<TestServer> {
  const { testDb: given, ...contextOptions } = options;
  const testDb = given ?? (await openTestDatabase(engine));
  const httpServer = http.createServer();
  answerClientErrors(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const port = (httpServer.address() as AddressInfo).port;
  const config = loadConfig({
    PORT: String(port),
    DATA_DIR: testDb.location.file ? testDb.location.file.replace(/\/[^/]+$/, '') : '/tmp/unused',
    INITIAL_API_KEY: OWNER_KEY,
    LOG_LEVEL: 'silent',
    API_RATE_LIMIT: '0',
    ...env,
  });
  // Custom domain checks reach this server: every name resolves to 127.0.0.1 except those under
  // `unreachable.test`, which do not resolve at all. No test's domain check leaves the machine.
  const domainProbe = createDomainProbe({
    port,
    httpOnly: true,
    timeoutMs: 3000,
    lookup: ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
      if (hostname.endsWith('.unreachable.test')) callback(Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }));
      else if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
      else callback(null, '127.0.0.1', 4);
    }) as never,
  });
  const server = await buildServer(config, { domainProbe, ...contextOptions, database: testDb.database, log: pino({ level: 'silent' }) });
  const responses: RecordedResponse[] = [];
  httpServer.on('request', recordApiResponses(server.listener, responses));
  const url = `http://127.0.0.1:${port}`;

  return {
    url,
    host: `127.0.0.1:${port}`,
    server,
    testDb,
    config,
    async api(method, path, body, key = OWNER_KEY) {
      const headers: Record<string, string> = {};
      if (key !== null) headers.authorization = `Bearer ${key}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await fetch(`${url}/api/v1${path}`, {
        method,
        headers,
        ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    },
    get(path, init = {}) {
      return fetch(`${url}${path}`, { redirect: 'manual', ...init });
    },
    async close() {
      // Every API response the file's tests produced must be one its operation declares.
      const doc = await (await server.app.request('/api/openapi.json')).json();
      const problems = conformanceProblems(doc, responses);
      httpServer.closeAllConnections();
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await server.close().catch(() => {});
      await testDb.dispose();
      if (problems.length > 0) throw new Error(`API responses not declared in the OpenAPI document (test/support/api-conformance.ts):\n${problems.join('\n')}`);
    },
  };
}
