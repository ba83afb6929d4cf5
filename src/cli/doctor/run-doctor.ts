import type { Clock } from '../../core/ports.js';
import { checkClock } from './check-clock.js';
import { checkConfig } from './check-config.js';
import { checkDatabase } from './check-database.js';
import { checkDisk } from './check-disk.js';
import { checkDomains } from './check-domains.js';
import { checkKeys } from './check-keys.js';
import { checkProxy } from './check-proxy.js';
import type { Finding } from './finding.js';

export interface DoctorOptions {
  /** The environment to check; the process's own when absent. */
  env?: Record<string, string | undefined>;
  clock: Clock;
  minFreeMb: number;
}

/** Every check, in the order an operator would fix things. Opens the database read-only in effect. */
export async function runDoctor(options: DoctorOptions): Promise<Finding[]> {
  const { config, findings } = checkConfig(options.env);
  if (!config) return findings;
  findings.push(...checkProxy(config));
  findings.push(...checkDisk(config, options.minFreeMb));
  const { database, findings: databaseFindings } = await checkDatabase(config);
  findings.push(...databaseFindings);
  try {
    if (database) findings.push(await checkKeys(database), ...(await checkDomains(database, config)));
    findings.push(...(await checkClock(database, options.clock)));
  } finally {
    await database?.close();
  }
  return findings;
}

const MARK = { ok: ' ok ', warn: 'WARN', fail: 'FAIL' } as const;

/** The findings as text, problems with their fix on the next line. */
export function formatFindings(findings: readonly Finding[]): string {
  const lines = findings.map((f) => `${MARK[f.severity]}  ${f.area.padEnd(8)}  ${f.message}${f.fix ? `\n${' '.repeat(16)}fix: ${f.fix}` : ''}`);
  const fails = findings.filter((f) => f.severity === 'fail').length;
  const warns = findings.filter((f) => f.severity === 'warn').length;
  lines.push('', fails + warns === 0 ? 'Everything checked is in order.' : `${fails} problem(s), ${warns} warning(s).`);
  return `${lines.join('\n')}\n`;
}
