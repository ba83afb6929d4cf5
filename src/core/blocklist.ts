import { canonicalHostname } from './hostname.js';

/**
 * Hostnames links may not point to (docs/security.md#destination-blocklist). An entry blocks
 * the name and every name under it: `bad.example` blocks `bad.example` and `x.bad.example`, not
 * `notbad.example`. Entries are canonicalised like domains (case, IDN, trailing dot), and a line
 * may also be a whole URL (its host is taken), so lists exported from other tools load as they are.
 */
export class Blocklist {
  private readonly names: ReadonlySet<string>;

  constructor(names: Iterable<string>) {
    this.names = new Set(names);
  }

  get size(): number {
    return this.names.size;
  }

  /**
   * Parse a list: one entry per line; blank lines and `#` comments are skipped; a leading `*.` or
   * `.` means the same as the bare name. Returns the list and the lines that are no hostname.
   * @example Blocklist.parse('# spam\nbad.example\nhttps://Evil.Example/x').list.blocksHost('a.evil.example') // true
   */
  static parse(text: string): { list: Blocklist; invalid: Array<{ line: number; text: string }> } {
    const names: string[] = [];
    const invalid: Array<{ line: number; text: string }> = [];
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.replace(/#.*$/, '').trim();
      if (line === '') return;
      let name = line;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(line)) {
        try {
          name = new URL(line).hostname;
        } catch {
          invalid.push({ line: i + 1, text: line });
          return;
        }
      }
      name = name.replace(/^\*?\./, '');
      const checked = canonicalHostname(name, { allowPort: true });
      if (checked.ok) names.push(checked.hostname);
      else invalid.push({ line: i + 1, text: line });
    });
    return { list: new Blocklist(names), invalid };
  }

  /** Whether `hostname` (canonical, as a parsed URL gives it) is listed, itself or by a parent name. */
  blocksHost(hostname: string): boolean {
    if (this.names.size === 0) return false;
    let name = hostname.endsWith('.') ? hostname.slice(0, -1) : hostname;
    for (;;) {
      if (this.names.has(name)) return true;
      const dot = name.indexOf('.');
      if (dot === -1) return false;
      name = name.slice(dot + 1);
    }
  }

  /** Whether a (validated, absolute) URL points to a listed host. */
  blocksUrl(url: string): boolean {
    if (this.names.size === 0) return false;
    try {
      return this.blocksHost(new URL(url).hostname);
    } catch {
      return false;
    }
  }
}

export const EMPTY_BLOCKLIST = new Blocklist([]);
