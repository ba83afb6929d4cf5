/**
 * Serving the dashboard (src/http/dashboard-routes.ts) and the bundle it serves
 * (scripts/build-dashboard.ts): content types, caching, CSP, no way out of the folder, and the
 * size budget.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardBuild } from '../../scripts/build-dashboard.js';
import { DASHBOARD_CSP, dashboardRoutes } from '../../src/http/dashboard-routes.js';

describe('dashboard routes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ricochet-dash-'));
    await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>x</title>');
    await writeFile(path.join(dir, 'app-ABCD2345.js'), 'console.log(1)');
    await writeFile(path.join(dir, 'app-ABCD2345.css'), 'body{}');
    await writeFile(path.join(dir, 'favicon.svg'), '<svg/>');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('GET / is the SPA: HTML, no-cache, strict CSP without inline script', async () => {
    const res = await dashboardRoutes(dir).request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-security-policy')).toBe(DASHBOARD_CSP);
    expect(DASHBOARD_CSP).toContain("script-src 'self'");
    expect(DASHBOARD_CSP).not.toContain('unsafe-inline');
    expect(DASHBOARD_CSP).toContain("connect-src 'self'");
    expect(DASHBOARD_CSP).toContain("img-src 'self' data: blob:");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('<title>x</title>');
  });

  it('hashed assets are cached for a year, plain ones briefly, each with its content type', async () => {
    const app = dashboardRoutes(dir);
    const js = await app.request('/assets/dashboard/app-ABCD2345.js');
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const css = await app.request('/assets/dashboard/app-ABCD2345.css');
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const icon = await app.request('/assets/dashboard/favicon.svg');
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=300');
  });

  it('answers 404 for missing files, unknown types and anything trying to leave the folder', async () => {
    const app = dashboardRoutes(dir);
    for (const p of ['/assets/dashboard/nope.js', '/assets/dashboard/..%2Fetc%2Fpasswd', '/assets/dashboard/.env', '/assets/dashboard/index.html', '/assets/dashboard/x.exe']) {
      expect((await app.request(p)).status, p).toBe(404);
    }
  });

  it('says how to build it when the bundle is missing', async () => {
    const res = await dashboardRoutes(path.join(dir, 'missing')).request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('npm run build');
  });
});

describe('dashboard build', () => {
  let build: DashboardBuild;
  beforeAll(async () => {
    build = await buildDashboard();
  }, 60_000);

  it('issue 22: JS + CSS stay within 120 KB gzip (uPlot included; the world map is a separate file)', () => {
    expect(build.gzipBytes).toBeLessThanOrEqual(120 * 1024);
  });

  it('issue 22: flags, brand icons and the world map are built next to the bundle and served from this server', async () => {
    const app = dashboardRoutes();
    for (const file of ['flag-de.svg', 'flag-us.svg', 'icon-googlechrome.svg', 'icon-instagram.svg', 'world-map.json']) {
      const res = await app.request(`/assets/dashboard/${file}`);
      expect(res.status, file).toBe(200);
    }
    const map = (await (await app.request('/assets/dashboard/world-map.json')).json()) as { countries: Array<{ id: string; d: string }> };
    expect(map.countries.length).toBeGreaterThan(150);
    expect(map.countries.find((c) => c.id === 'DE')?.d).toMatch(/^M/);
  });

  it('index.html loads only same-origin files that exist, with no inline script or style', async () => {
    const app = dashboardRoutes();
    const html = await (await app.request('/')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/dashboard\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(3);
    for (const a of assets) expect((await app.request(a)).status, a).toBe(200);
  });
});
