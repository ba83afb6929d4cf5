/**
 * Issue 22: one vocabulary. The glossary (src/core/glossary.ts) is where the words and their
 * definitions live; the API document, docs/api.md, the CLI and the dashboard must use them (the
 * dashboard's labels are also checked in Chromium: test/e2e/dashboard-a11y.e2e.test.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/core/glossary.js';
import { loadConfig } from '../../src/config.js';
import { buildServer, type Server } from '../../src/server.js';
import { EXPORT_COLUMNS } from '../../src/cli/commands/links-export.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

describe('one vocabulary', () => {
  let server: Server;
  let doc: any;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-glossary-'));
  beforeAll(async () => {
    server = await buildServer(loadConfig({ PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'silent' }), { log: pino({ level: 'silent' }) });
    doc = await (await server.app.request('/api/openapi.json')).json();
  });
  afterAll(async () => {
    await server?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('the API document describes each figure with the glossary’s definition', () => {
    const totals = doc.components.schemas.StatsTotals.properties;
    expect(totals.clicks.description).toBe(GLOSSARY.clicks.definition);
    expect(totals.humanClicks.description).toBe(GLOSSARY.humanClicks.definition);
    expect(totals.bots.description).toBe(GLOSSARY.bots.definition);
    expect(JSON.stringify(totals.uniqueVisitors)).toContain(GLOSSARY.uniqueVisitors.definition);
    expect(doc.components.schemas.PixelYield.properties.yield.description).toContain(GLOSSARY.yield.definition);
    expect(JSON.stringify(doc.components.schemas.Audience)).toContain(GLOSSARY.audience.definition);
    expect(doc.components.schemas.Link.properties.humanClicks.description).toContain(GLOSSARY.humanClicks.definition);
  });

  it('docs/api.md has every word with its definition in its vocabulary table', () => {
    const api = read('docs/api.md');
    for (const term of Object.values(GLOSSARY)) expect(api).toMatch(new RegExp(`\\| ${term.label} \\|[^\\n]*\\| ${term.definition.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\|`));
  });

  it('the dashboard and the CLI take their words from the glossary, and CSV headers are its JSON names', () => {
    const dashboard = ['web/dashboard/components/kpi.tsx', 'web/dashboard/screens/links-table.tsx', 'web/dashboard/screens/pixels.tsx', 'web/dashboard/screens/pixel-audience.tsx'];
    for (const file of dashboard) expect(read(file), file).toContain('GLOSSARY');
    const cli = read('src/cli/commands/stats.ts');
    for (const word of ['clicks', 'human clicks', 'bots', 'unique visitors', 'yield']) expect(cli).toContain(word);
    expect(EXPORT_COLUMNS).toContain('humanClicks');
    // Old words that meant something else are gone from what people read.
    for (const file of ['web/dashboard/components/stats-view.tsx', 'web/dashboard/screens/links-table.tsx']) expect(read(file)).not.toMatch(/>Clicks</);
  });
});
