/**
 * Issue 19: `ricochet doctor` reports each misconfiguration it is given, with what to fix, and
 * stays quiet about a sound setup. Real SQLite files and a real PostgreSQL; the clock is the one
 * thing injected (a skewed clock cannot be arranged otherwise).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Migrator } from 'kysely';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApiKey } from '../../src/app/api-keys/manage-api-keys.js';
import { createWorkspace } from '../../src/app/workspace/manage-workspace.js';
import { formatFindings, runDoctor } from '../../src/cli/doctor/run-doctor.js';
import type { Finding } from '../../src/cli/doctor/finding.js';
import { loadConfig } from '../../src/config.js';
import { createContext } from '../../src/context.js';
import type { Clock } from '../../src/core/ports.js';
import { MIGRATIONS } from '../../src/storage/migrations/index.js';
import { connectSqlite } from '../../src/storage/sqlite/connect-sqlite.js';
import { freshPgDatabase } from '../analytics/support.js';
import { testEngines } from '../support/engines.js';
import { ricochet } from './support/cli.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-doctor-'));
  dirs.push(dir);
  return dir;
}

const now: Clock = { now: () => Date.now() };
const problems = (findings: Finding[]) => findings.filter((f) => f.severity !== 'ok');

/** A migrated database with a workspace and a key, through the same code the server uses. */
async function healthyDatabase(env: Record<string, string>, keys = 1): Promise<void> {
  const ctx = await createContext(loadConfig(env), { log: pino({ level: 'silent' }) });
  try {
    const workspace = await createWorkspace(ctx, 'acme');
    for (let i = 0; i < keys; i++) await createApiKey(ctx, workspace.id, { name: 'k', role: 'owner' }, null);
  } finally {
    await ctx.changes.close();
    await ctx.stores.database.close();
  }
}

async function healthySqlite(keys = 1): Promise<string> {
  const dataDir = tempDir();
  await healthyDatabase({ DATA_DIR: dataDir }, keys);
  return dataDir;
}

async function doctor(env: Record<string, string>, options: { clock?: Clock; minFreeMb?: number } = {}): Promise<Finding[]> {
  return runDoctor({ env, clock: options.clock ?? now, minFreeMb: options.minFreeMb ?? 1 });
}

function only(findings: Finding[]): Finding {
  const found = problems(findings);
  expect(found, formatFindings(findings)).toHaveLength(1);
  expect(found[0]!.fix, 'every problem says what to do').toBeTruthy();
  return found[0]!;
}

/** A valid SECRETS_KEY (32 bytes, base64): nodes on one PostgreSQL share one. */
const SHARED_KEY = Buffer.alloc(32, 7).toString('base64');

describe('ricochet doctor', () => {
  it('finds nothing to fix in a sound setup', async () => {
    const dataDir = await healthySqlite();
    const findings = await doctor({ DATA_DIR: dataDir, HOST: '127.0.0.1' });
    expect(problems(findings), formatFindings(findings)).toEqual([]);
    expect(findings.map((f) => f.area)).toEqual(expect.arrayContaining(['config', 'proxy', 'disk', 'database', 'keys', 'clock']));
  });

  it('names every invalid setting, as the server would refuse them', async () => {
    const findings = await doctor({ PORT: 'eighty', DATABASE_URL: 'mysql://db/x' });
    expect(findings.map((f) => [f.area, f.severity])).toEqual([['config', 'fail'], ['config', 'fail']]);
    expect(findings[0]!.message).toContain('PORT: ');
    expect(findings[0]!.message).not.toContain('eighty');
    expect(findings[1]!.message).toContain('DATABASE_URL: ');
    expect(findings[0]!.fix).toContain('docs/config.md');
  });

  it('warns that short URLs name localhost when PUBLIC_URL is unset on a public interface', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '0.0.0.0' }));
    expect(f).toMatchObject({ area: 'config', severity: 'warn' });
    expect(f.message).toContain('http://localhost:8080');
    expect(f.fix).toContain('PUBLIC_URL=https://');
  });

  it('warns about a plain-HTTP PUBLIC_URL on a public name', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1', PUBLIC_URL: 'http://go.example.com' }));
    expect(f).toMatchObject({ area: 'config', severity: 'warn' });
    expect(f.message).toContain('plain HTTP');
  });

  it('warns that INITIAL_API_KEY should leave the environment once used', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1', INITIAL_API_KEY: 'rk_initial_key_long_enough_1234' }));
    expect(f).toMatchObject({ area: 'config', severity: 'warn' });
    expect(f.fix).toContain('remove INITIAL_API_KEY');
  });

  it('warns when TRUST_PROXY is on while every interface can reach the port', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '0.0.0.0', PUBLIC_URL: 'https://go.example.com', TRUST_PROXY: 'true' }));
    expect(f).toMatchObject({ area: 'proxy', severity: 'warn' });
    expect(f.message).toContain('X-Forwarded-For');
    expect(f.fix).toContain('HOST=127.0.0.1');
  });

  it('warns when an https PUBLIC_URL shows a TLS proxy but TRUST_PROXY is off', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1', PUBLIC_URL: 'https://go.example.com' }));
    expect(f).toMatchObject({ area: 'proxy', severity: 'warn' });
    expect(f.fix).toContain('TRUST_PROXY=true');
  });

  it('warns when a country header is trusted but the proxy is not', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1', GEO_COUNTRY_HEADER: 'cf-ipcountry' }));
    expect(f).toMatchObject({ area: 'proxy', severity: 'warn' });
    expect(f.message).toContain('cf-ipcountry');
  });

  it('fails when DATA_DIR is not a directory', async () => {
    const file = path.join(tempDir(), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    const f = only(await doctor({ DATA_DIR: file, HOST: '127.0.0.1' }));
    expect(f).toMatchObject({ area: 'database', severity: 'fail' });
    expect(f.message).toContain('is not a directory');
  });

  it('fails on a damaged SQLite file and points to restore', async () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'ricochet.db'), Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0xff)]));
    const f = only(await doctor({ DATA_DIR: dataDir, HOST: '127.0.0.1' }));
    expect(f).toMatchObject({ area: 'database', severity: 'fail' });
    expect(f.fix).toContain('ricochet restore');
  });

  it('warns about pending migrations and fails on a schema from a newer release', async () => {
    const dataDir = tempDir();
    const database = connectSqlite({ dataDir });
    const [first] = Object.keys(MIGRATIONS);
    await new Migrator({ db: database.db, provider: { getMigrations: async () => ({ [first!]: MIGRATIONS[first!]! }) } }).migrateToLatest();
    await database.close();
    const pending = problems(await doctor({ DATA_DIR: dataDir, HOST: '127.0.0.1' }));
    expect(pending.find((f) => f.area === 'database')).toMatchObject({ severity: 'warn', message: expect.stringContaining('pending') });

    const newer = await healthySqlite();
    const db = new SQLite(path.join(newer, 'ricochet.db'));
    db.prepare('insert into kysely_migration (name, timestamp) values (?, ?)').run('9999-from-the-future', new Date().toISOString());
    db.close();
    const f = only(await doctor({ DATA_DIR: newer, HOST: '127.0.0.1' }));
    expect(f).toMatchObject({ area: 'database', severity: 'fail' });
    expect(f.message).toContain('9999-from-the-future');
  });

  it('warns when no API key exists', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(0), HOST: '127.0.0.1' }));
    expect(f).toMatchObject({ area: 'keys', severity: 'warn' });
    expect(f.fix).toContain('ricochet keys create');
  });

  it('fails when the data directory has less free space than the minimum', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1' }, { minFreeMb: 1_000_000_000 }));
    expect(f).toMatchObject({ area: 'disk', severity: 'fail' });
    expect(f.message).toContain('under the 1000000000 MB minimum');
  });

  it('fails when stored data lies in the clock’s future (the clock moved backwards)', async () => {
    const dataDir = await healthySqlite();
    const f = only(await doctor({ DATA_DIR: dataDir, HOST: '127.0.0.1' }, { clock: { now: () => Date.now() - 86_400_000 } }));
    expect(f).toMatchObject({ area: 'clock', severity: 'fail' });
    expect(f.fix).toContain('NTP');
  });

  it('exits 1 from the command line when a check fails, printing the fix', async () => {
    const file = path.join(tempDir(), 'file');
    fs.writeFileSync(file, '');
    const run = await ricochet(['doctor'], { DATA_DIR: file, HOST: '127.0.0.1' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/FAIL {2}database {2}DATA_DIR .* is not a directory\n {16}fix: /);
    expect(run.stdout).toMatch(/1 problem\(s\), 0 warning\(s\)/);
  });

  it('warns when OUTBOUND_TEST_NETWORK (tests only) is set', async () => {
    const f = only(await doctor({ DATA_DIR: await healthySqlite(), HOST: '127.0.0.1', OUTBOUND_TEST_NETWORK: '127.0.0.1:8443,/tmp/ca.pem' }));
    expect(f).toMatchObject({ area: 'config', severity: 'warn' });
    expect(f.fix).toContain('unset OUTBOUND_TEST_NETWORK');
  });

  describe.runIf(testEngines().includes('postgres'))('on PostgreSQL', () => {
    it('warns when nodes on one PostgreSQL would each seal credentials with their own key', async () => {
      const db = await freshPgDatabase();
      try {
        const env = { DATABASE_URL: db.url, HOST: '127.0.0.1', DATA_DIR: tempDir() };
        await healthyDatabase(env);
        const f = only(await doctor(env));
        expect(f).toMatchObject({ area: 'config', severity: 'warn' });
        expect(f.message).toContain('SECRETS_KEY');
      } finally {
        await db.drop();
      }
    });

    it('fails when the database cannot be reached, without printing the password', async () => {
      const f = only(await doctor({ DATABASE_URL: 'postgres://ricochet:s3cret@127.0.0.1:9/ricochet', HOST: '127.0.0.1', SECRETS_KEY: SHARED_KEY }));
      expect(f).toMatchObject({ area: 'database', severity: 'fail' });
      expect(f.message).toContain('127.0.0.1:9');
      expect(f.message).not.toContain('s3cret');
    });

    it('compares the clock with the database server’s: in sync is fine, ten minutes off fails', async () => {
      const db = await freshPgDatabase();
      try {
        const env = { DATABASE_URL: db.url, HOST: '127.0.0.1', DATA_DIR: tempDir(), SECRETS_KEY: SHARED_KEY };
        await healthyDatabase(env);
        const inSync = await doctor(env);
        expect(problems(inSync), formatFindings(inSync)).toEqual([]);
        expect(inSync.find((f) => f.area === 'clock')?.message).toContain('of PostgreSQL’s clock'.replace('’', "'"));
        const f = only(await doctor(env, { clock: { now: () => Date.now() + 600_000 } }));
        expect(f).toMatchObject({ area: 'clock', severity: 'fail' });
        expect(f.message).toMatch(/600\.\d s ahead of PostgreSQL's/);
      } finally {
        await db.drop();
      }
    });
  });
});
