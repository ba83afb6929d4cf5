import { sql } from 'kysely';
import type { Clock } from '../../core/ports.js';
import type { Database } from '../../storage/database.js';
import { fail, ok, warn, type Finding } from './finding.js';

const WARN_SKEW_MS = 2000;
const FAIL_SKEW_MS = 60_000;
const NTP_FIX = 'keep the clock synchronised with NTP (systemd-timesyncd or chrony) on every Ricochet node and on the database server';

/**
 * Clicks are bucketed by the node's clock, and daily salts rotate at its midnight: nodes must
 * agree. On PostgreSQL the database server's clock is the reference; on both engines, nothing
 * stored may lie in this clock's future (a clock that moved backwards).
 */
export async function checkClock(database: Database | null, clock: Clock): Promise<Finding[]> {
  const findings: Finding[] = [];
  if (!database) return [ok('clock', `local time ${new Date(clock.now()).toISOString()} (no database to compare with)`)];
  if (database.engine === 'postgres') {
    const before = clock.now();
    const row = await sql<{ ms: string | number }>`select (extract(epoch from clock_timestamp()) * 1000)::bigint as ms`.execute(database.db);
    const after = clock.now();
    const skew = Number(row.rows[0]?.ms) - (before + after) / 2;
    const text = `this machine's clock is ${Math.abs(skew / 1000).toFixed(1)} s ${skew > 0 ? 'behind' : 'ahead of'} PostgreSQL's`;
    if (Math.abs(skew) > FAIL_SKEW_MS) findings.push(fail('clock', text, NTP_FIX));
    else if (Math.abs(skew) > WARN_SKEW_MS) findings.push(warn('clock', text, NTP_FIX));
    else findings.push(ok('clock', `within ${Math.max(1, Math.round(Math.abs(skew)))} ms of PostgreSQL's clock`));
  }
  let newest = 0;
  try {
    const rows = await sql<{ t: number | string | null }>`
      select max(t) as t from (
        select max(updated_at) as t from links
        union all select max(updated_at) from workspaces
        union all select max(created_at) from api_keys
      ) as times`.execute(database.db);
    newest = Number(rows.rows[0]?.t ?? 0);
  } catch {
    return findings.length ? findings : [ok('clock', 'no data yet to compare the clock with')];
  }
  const ahead = newest - clock.now();
  if (ahead > FAIL_SKEW_MS) {
    findings.push(fail('clock', `data was written at ${new Date(newest).toISOString()}, ${Math.round(ahead / 60_000)} min in this clock's future: the clock moved backwards or is wrong`, NTP_FIX));
  } else if (database.engine === 'sqlite') {
    findings.push(ok('clock', `local time ${new Date(clock.now()).toISOString()}, not behind any stored data`));
  }
  return findings;
}
