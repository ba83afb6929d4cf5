import fs from 'node:fs';
import type { Logger } from 'pino';
import { Blocklist, EMPTY_BLOCKLIST } from '../../core/blocklist.js';
import { AppError } from '../../core/errors.js';
import type { Link } from '../../core/link.js';

/**
 * DESTINATION_BLOCKLIST, read once at start (docs/security.md#destination-blocklist). A file that
 * cannot be read stops the start: running without the list the operator asked for would let
 * every blocked link through. Lines that are no hostname are logged and skipped.
 */
export function loadBlocklist(file: string | null, log: Logger): Blocklist {
  if (file === null) return EMPTY_BLOCKLIST;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`DESTINATION_BLOCKLIST: cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, { cause: error });
  }
  const { list, invalid } = Blocklist.parse(text);
  for (const entry of invalid.slice(0, 20)) log.warn({ file, line: entry.line }, 'destination blocklist: a line is no hostname; skipped');
  log.info({ entries: list.size, skipped: invalid.length }, 'destination blocklist loaded');
  return list;
}

/** Every URL a link can send a visitor to, by field name. */
export function linkDestinations(link: Pick<Link, 'url' | 'rules' | 'expiredUrl' | 'limitUrl'>): Array<[field: string, url: string]> {
  const out: Array<[string, string]> = [['url', link.url]];
  link.rules.forEach((rule, i) => out.push([`rules[${i}].url`, rule.url]));
  if (link.expiredUrl) out.push(['expiredUrl', link.expiredUrl]);
  if (link.limitUrl) out.push(['limitUrl', link.limitUrl]);
  return out;
}

/** At create and update: `DESTINATION_BLOCKED` naming the first field that points to a listed host. */
export function checkBlocklistOrThrow(blocklist: Blocklist, destinations: Array<[field: string, url: string]>): void {
  for (const [field, url] of destinations) {
    if (blocklist.blocksUrl(url)) throw new AppError('DESTINATION_BLOCKED', undefined, { field, host: new URL(url).hostname });
  }
}
