/**
 * Issue 19: `npm start` passes signals to the server. SIGTERM sent to npm (what a process manager
 * or `kill` does) reaches the one Ricochet process, which stops accepting, writes every buffered
 * click and exits; npm exits 0 after it and nothing is left running. A second start does not build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { commandLine, descendants, freePort, isRunning, start, waitForHttp, type Started } from './support/processes.js';

const KEY = 'rk_npm_start_owner_key_0123456789';
const REDIRECTS = 200;

describe('npm start', () => {
  const started: Started[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const s of started.splice(0)) s.kill();
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });

  async function npmStart(dataDir: string): Promise<{ npm: Started; url: string }> {
    const port = await freePort();
    const npm = start('npm', ['start'], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, INITIAL_API_KEY: KEY, LOG_LEVEL: 'info' });
    started.push(npm);
    const url = `http://127.0.0.1:${port}`;
    await waitForHttp(npm, `${url}/healthz`, 110_000);
    return { npm, url };
  }

  it('forwards SIGTERM to the one server process, which writes every click and exits; nothing is left running', { timeout: 240_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-npm-start-'));
    dirs.push(dataDir);
    const { npm, url } = await npmStart(dataDir);

    // One process under npm: the shell line is `exec node …`, so no shell sits between them.
    const tree = descendants(npm.child.pid!);
    expect(tree.map(commandLine), 'processes under npm').toEqual([expect.stringMatching(/node .*bin\/ricochet\.js serve$/)]);

    const created = await fetch(`${url}/api/v1/links`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ url: 'https://example.com/signals', slug: 'signals', pixelIds: [] }),
    });
    expect(created.status).toBe(201);
    const ua = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
    for (let i = 0; i < REDIRECTS; i++) {
      const res = await fetch(`${url}/signals`, { redirect: 'manual', headers: { 'user-agent': ua } });
      expect(res.status).toBe(302);
    }

    npm.child.kill('SIGTERM');
    const exit = await Promise.race([
      npm.exited,
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`npm still running 20 s after SIGTERM:\n${npm.output()}`)), 20_000)),
    ]);
    expect(exit, npm.output()).toEqual({ code: 0, signal: null });
    expect(npm.output()).toMatch(/"signal":"SIGTERM","msg":"shutting down"/);
    expect(npm.output()).toMatch(/"msg":"stopped"/);
    for (const pid of tree) expect(isRunning(pid), `process ${pid} still running after npm exited`).toBe(false);

    // Every click answered before SIGTERM was written on the way out (rollups included).
    const stats = start(process.execPath, ['bin/ricochet.js', 'stats', 'signals', '--json'], { DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    started.push(stats);
    expect(await stats.exited, stats.output()).toEqual({ code: 0, signal: null });
    expect(JSON.parse(stats.output()).totals).toMatchObject({ clicks: REDIRECTS, humanClicks: REDIRECTS });
  });

  it('starts a second time without building (dist/ matches the sources), and says how to get a key when there is none', { timeout: 240_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-npm-start-'));
    dirs.push(dataDir);
    for (const run of [1, 2]) {
      const port = await freePort();
      const npm = start('npm', ['start'], { PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info' });
      started.push(npm);
      await waitForHttp(npm, `http://127.0.0.1:${port}/healthz`, 110_000);
      await expect.poll(() => npm.output(), { timeout: 10_000 }).toMatch(/no API key exists yet.*ricochet workspaces create/);
      if (run === 2) expect(npm.output()).not.toMatch(/building from the sources/);
      npm.child.kill('SIGTERM');
      expect(await npm.exited).toEqual({ code: 0, signal: null });
    }
  });
});
