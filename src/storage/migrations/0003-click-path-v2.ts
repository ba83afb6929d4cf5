import { sql, SqliteAdapter, type Kysely } from 'kysely';
import { CONSENT_OUTCOMES } from '../../core/consent/consent-decision.js';
import { DEVICE_TYPES } from '../../core/link.js';
import { CLICK_ID_PARAMS } from '../../core/redirect/destination.js';
import { VisitorSketch } from '../../core/clicks/visitor-sketch.js';
import { generationsOfDay } from '../../core/clicks/salt-generations.js';

/**
 * Analytics v2 (issue 15, docs/analytics.md):
 *
 * - `clicks` becomes narrow and append-only: codes instead of repeated text (device, consent,
 *   click-id names as a bit set), no domain (the link has it), no visitor hash; keyed by
 *   (workspace, id) — ids sort by time — plus a partial index on id for the clicks a beacon may
 *   confirm. Every row is converted.
 * - Unique visitors and pixel audiences become sketches (`visitor_sketches`): the per-visitor
 *   tables `daily_visitors` and `pixel_visitors` are folded into sketches per link-, workspace-
 *   and pixel-day and dropped. Their hashes were made with daily salts, so a visitor of two old
 *   days stays two visitors, as v1 counted them.
 * - The daily salts go (after this nobody can recompute an old hash from an address); visitor
 *   keys now live in `visitor_salts`, one per generation.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const sqlite = db.getExecutor().adapter instanceof SqliteAdapter;

  await db.schema
    .createTable('clicks_v2')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('link_id', 'text', (c) => c.notNull())
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('country', 'text')
    .addColumn('device', 'integer', (c) => c.notNull())
    .addColumn('os', 'text')
    .addColumn('browser', 'text')
    .addColumn('referrer_host', 'text')
    .addColumn('utm_source', 'text')
    .addColumn('utm_medium', 'text')
    .addColumn('utm_campaign', 'text')
    .addColumn('utm_term', 'text')
    .addColumn('utm_content', 'text')
    .addColumn('click_ids', 'integer', (c) => c.notNull())
    .addColumn('bot', 'integer', (c) => c.notNull())
    .addColumn('consent', 'integer', (c) => c.notNull())
    .addColumn('pixels', 'text', (c) => c.notNull())
    .addColumn('pixels_confirmed', 'text')
    .addColumn('beacon', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('clicks_v2_pk', ['workspace_id', 'id'])
    // SQLite: the rows live in the key's B-tree (one tree per insert, in time order per workspace).
    .$call((b) => (sqlite ? b.modifyEnd(sql`without rowid`) : b))
    .execute();

  const code = (column: string, list: readonly string[]) =>
    sql.raw(`case ${column} ${list.map((v, i) => `when '${v}' then ${i}`).join(' ')} else ${list.length - 1} end`);
  const clickIdBits = sql.raw(CLICK_ID_PARAMS.map((name, i) => `(case when (',' || click_ids || ',') like '%,${name},%' then ${1 << i} else 0 end)`).join(' + '));
  await sql`
    insert into clicks_v2 (workspace_id, id, link_id, at, country, device, os, browser, referrer_host, utm_source, utm_medium,
      utm_campaign, utm_term, utm_content, click_ids, bot, consent, pixels, pixels_confirmed, beacon)
    select workspace_id, id, link_id, at, country, ${code('device', DEVICE_TYPES)}, os, browser, referrer_host, utm_source, utm_medium,
      utm_campaign, utm_term, utm_content, ${clickIdBits}, bot, ${code('consent', CONSENT_OUTCOMES)},
      case when pixels_fired = '' then '' else replace(pixels_fired, ',', ':0,') || ':0' end, pixels_confirmed,
      case when pixels_fired <> '' or consent in ('prompt', 'granted_prompt', 'denied_prompt') then 1 else 0 end
    from clicks`.execute(db);
  await db.schema.dropTable('clicks').execute();
  await db.schema.alterTable('clicks_v2').renameTo('clicks').execute();
  await db.schema.createIndex('clicks_beacon').on('clicks').column('id').where(sql.ref('beacon'), '=', 1).execute();

  await db.schema
    .createTable('visitor_sketches')
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('day', 'integer', (c) => c.notNull())
    .addColumn('generation', 'integer', (c) => c.notNull())
    .addColumn('node', 'text', (c) => c.notNull())
    .addColumn('registers', sqlite ? 'blob' : sql`bytea`, (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('visitor_sketches_pk', ['scope', 'generation', 'day', 'node'])
    .$call((b) => (sqlite ? b.modifyEnd(sql`without rowid`) : b))
    .execute();
  await db.schema.createIndex('visitor_sketches_workspace').on('visitor_sketches').columns(['workspace_id', 'day']).execute();

  await db.schema
    .createTable('visitor_salts')
    .addColumn('generation', 'integer', (c) => c.primaryKey())
    .addColumn('salt', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .execute();

  // Per-visitor rows → sketches. The workspace-wide rows ('' link) become the workspace's scope.
  const now = Date.now();
  const visitorDays = await sql<{ workspace_id: string; scope: string; day: number; visitor_hash: string }>`
    select workspace_id, case when link_id = '' then workspace_id else link_id end as scope, day, visitor_hash from daily_visitors
    union all
    select workspace_id, pixel_id as scope, day, visitor_hash from pixel_visitors
    order by 2, 3`.execute(db);
  const flush = async (rows: Array<{ scope: string; workspace_id: string; day: number; sketch: VisitorSketch }>): Promise<void> => {
    const values = rows.flatMap((r) =>
      generationsOfDay(r.day).map((generation) => ({
        scope: r.scope, workspace_id: r.workspace_id, day: r.day, generation, node: 'v1', registers: r.sketch.serialize(), updated_at: now,
      })),
    );
    for (let i = 0; i < values.length; i += 200) await db.insertInto('visitor_sketches').values(values.slice(i, i + 200)).execute();
  };
  type DaySketch = { scope: string; workspace_id: string; day: number; sketch: VisitorSketch };
  let current: DaySketch | null = null;
  let pending: DaySketch[] = [];
  for (const row of visitorDays.rows) {
    const day = Number(row.day);
    if (!current || current.scope !== row.scope || current.day !== day) {
      current = { scope: row.scope, workspace_id: row.workspace_id, day, sketch: new VisitorSketch() };
      pending.push(current);
      if (pending.length >= 500) {
        await flush(pending.slice(0, -1));
        pending = pending.slice(-1);
      }
    }
    // v1 hashes are 22 base64url characters of an HMAC-SHA256: uniformly random, so their first
    // 64 bits serve as the sketch's hash as they are.
    const bytes = Buffer.from(row.visitor_hash, 'base64url');
    current.sketch.add(bytes.readUInt32BE(0), bytes.readUInt32BE(4));
  }
  await flush(pending);

  for (const table of ['daily_visitors', 'pixel_visitors', 'salts']) await db.schema.dropTable(table).execute();
}

export async function down(): Promise<void> {
  throw new Error('0003-click-path-v2 cannot be undone: the per-visitor tables it folded into sketches are gone');
}
