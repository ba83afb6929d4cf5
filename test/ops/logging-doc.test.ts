/**
 * Issue 19: docs/logging.md describes every field a log line can carry. The fields are read from
 * the log calls in src/ (`log.warn({ err, buffered }, '…')`), so a new field fails this test until
 * it is documented; so does a new message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/processes.js';

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) return sources(rel);
    return rel.endsWith('.ts') && !rel.endsWith('.test.ts') ? [rel] : [];
  });
}

const CALL = /\blog\??\.(?:trace|debug|info|warn|error|fatal)\(\s*(\{[^}]*\})?\s*,?\s*(?:'([^']*)'|`([^`]*)`)?/g;

describe('docs/logging.md', () => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/logging.md'), 'utf8');
  const calls = sources('src').flatMap((file) => [...fs.readFileSync(path.join(ROOT, file), 'utf8').matchAll(CALL)].map((m) => ({ file, fields: m[1], message: m[2] ?? m[3] })));

  it('finds the log calls it checks', () => {
    expect(calls.length).toBeGreaterThan(20);
  });

  it('describes every field a log call passes', () => {
    const fields = new Set<string>();
    for (const call of calls) {
      for (const part of (call.fields ?? '').slice(1, -1).split(',')) {
        const name = part.split(':')[0]!.trim();
        if (name) fields.add(name);
      }
    }
    expect(fields.size).toBeGreaterThan(10);
    for (const field of fields) expect(doc, `field ${field}`).toContain(`| \`${field}\` |`);
    for (const always of ['level', 'time', 'service', 'msg']) expect(doc).toContain(`| \`${always}\` |`);
  });

  it('lists every fixed message', () => {
    for (const call of calls) {
      if (!call.message || call.message.includes('${')) continue;
      expect(doc, `${call.file}: ${call.message}`).toContain(call.message.slice(0, 40));
    }
  });
});
