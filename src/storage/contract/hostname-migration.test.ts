/**
 * Issue 17, finding "domain takeover by spelling": migration 0005 rewrites every domain whose
 * canonical spelling is unambiguous (and the links on it), and leaves spellings of one name that
 * two rows share as they were, reported instead of guessed: the rows do not serve, every start
 * logs them, `ricochet doctor` lists them.
 */
import { Migrator, sql } from 'kysely';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../test/support/engines.js';
import { checkDomains } from '../../cli/doctor/check-domains.js';
import { loadConfig } from '../../config.js';
import { createContext } from '../../context.js';
import { MIGRATIONS } from '../migrations/index.js';
import { migrateToLatest } from '../migrate.js';
import { testEngines } from './fixtures.js';

describe.each(testEngines())('migration 0005 (canonical hostnames) on %s', (engine) => {
  let testDb: TestDatabase;
  beforeAll(async () => {
    testDb = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  it('rewrites unambiguous spellings, keeps and reports the ambiguous ones', async () => {
    const { db } = testDb.database;
    const schema = engine === 'postgres' ? ((await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s ?? 'public') : undefined;
    const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS }, ...(schema ? { migrationTableSchema: schema } : {}) });
    expect((await migrator.migrateTo('0004-api-integrations')).error).toBeUndefined();

    const now = Date.now();
    await sql`insert into workspaces (id, name, consent_policy, consent_opt_in_action, privacy_policy_url, time_zone, created_at, updated_at) values ('ws_a', 'a', 'regional', 'skip', null, 'UTC', ${now}, ${now}), ('ws_b', 'b', 'regional', 'skip', null, 'UTC', ${now}, ${now})`.execute(db);
    const domains: Array<[string, string, string]> = [
      ['dom_solo', 'ws_a', 'Solo.Example.:9000'],
      ['dom_owner', 'ws_a', 'shop.example'],
      ['dom_taker', 'ws_b', 'shop.example:8443'],
      ['dom_default', 'ws_b', 'localhost:8080'],
      ['dom_fine', 'ws_b', 'fine.example'],
    ];
    for (const [id, ws, hostname] of domains) await sql`insert into domains (id, workspace_id, hostname, not_found_url, created_at) values (${id}, ${ws}, ${hostname}, null, ${now})`.execute(db);
    await sql`insert into links (id, workspace_id, domain, slug, url, title, tags, redirect_type, forward_query, expires_at, expired_url, max_clicks, limit_url, password_hash, rules, consent, event, og, created_at, updated_at)
      values ('lnk_solo', 'ws_a', 'Solo.Example.:9000', 'x', 'https://example.com/', null, '[]', 302, 1, null, null, null, null, null, '[]', null, null, null, ${now}, ${now})`.execute(db);

    await migrateToLatest(testDb.database);
    const rows = await sql<{ id: string; hostname: string }>`select id, hostname from domains order by id`.execute(db);
    expect(Object.fromEntries(rows.rows.map((r) => [r.id, r.hostname]))).toEqual({
      dom_solo: 'solo.example',
      dom_owner: 'shop.example',
      dom_taker: 'shop.example:8443',
      // Canonical it would be `localhost`, which only the configuration knows is the default host.
      dom_default: 'localhost',
      dom_fine: 'fine.example',
    });
    const link = await sql<{ domain: string }>`select domain from links where id = 'lnk_solo'`.execute(db);
    expect(link.rows[0]?.domain).toBe('solo.example');

    // Reported at start (and not served), and by `ricochet doctor`.
    const warnings: Array<Record<string, unknown>> = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => warnings.push(JSON.parse(line)) });
    const config = loadConfig({ PUBLIC_URL: 'http://localhost:8080', LOG_LEVEL: 'warn' });
    const ctx = await createContext(config, { database: testDb.database, log });
    await ctx.passwords.hasher.close();
    const reported = warnings.filter((w) => String(w.msg).startsWith('a domain is not served'));
    expect(reported.map((w) => [w.domainId, w.reason]).sort()).toEqual([['dom_default', 'default_host'], ['dom_taker', 'duplicate']]);
    expect(ctx.domains.lookup('shop.example')?.id).toBe('dom_owner');
    expect(ctx.domains.lookup('localhost')).toBeNull();
    expect(ctx.domains.lookup('solo.example')?.id).toBe('dom_solo');
    const findings = await checkDomains(testDb.database, config);
    expect(findings.map((f) => [f.area, f.severity])).toEqual([['domains', 'warn'], ['domains', 'warn']]);
    expect(findings.map((f) => f.message).join('\n')).toMatch(/dom_taker.*another spelling of shop\.example/);
  });
});
