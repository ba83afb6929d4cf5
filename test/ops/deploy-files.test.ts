/**
 * Issue 19: the service unit, the Dockerfile and the compose file in deploy/ are checked here;
 * the proxies run for real in nginx-two-nodes.test.ts and caddy.test.ts. systemd verifies the
 * unit (it is installed on the CI image; nothing is started). No Docker engine runs in CI, so
 * the image is only built where `docker info` answers; the files are checked either way.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_KEYS } from '../../src/config.js';
import { ROOT } from './support/processes.js';

const read = (file: string) => fs.readFileSync(path.join(ROOT, file), 'utf8');

/** `Key=value` lines of a unit's [Service] section (repeated keys keep every value). */
function serviceSettings(unit: string): Map<string, string[]> {
  const section = unit.split(/^\[Service\]$/m)[1]!.split(/^\[/m)[0]!;
  const settings = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (m) settings.set(m[1]!, [...(settings.get(m[1]!) ?? []), m[2]!]);
  }
  return settings;
}

describe('deploy/systemd/ricochet.service', () => {
  const unit = read('deploy/systemd/ricochet.service');
  const settings = serviceSettings(unit);

  it('passes systemd-analyze verify without a warning (paths pointed at this checkout)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-unit-'));
    try {
      const local = unit
        .replaceAll('/opt/ricochet', ROOT)
        .replace('ExecStart=/usr/bin/node', `ExecStart=${process.execPath}`)
        .replace('EnvironmentFile=/etc/ricochet/ricochet.env', 'EnvironmentFile=-/etc/ricochet/ricochet.env');
      const file = path.join(dir, 'ricochet.service');
      fs.writeFileSync(file, local);
      const run = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
      expect(run.error, 'systemd-analyze is part of systemd (apt-get install systemd)').toBeUndefined();
      expect(run.stderr.trim()).toBe('');
      expect(run.status).toBe(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs as a dynamic user with only its state directory writable and no privileges', () => {
    const expected: Record<string, string> = {
      DynamicUser: 'yes', StateDirectory: 'ricochet', ProtectSystem: 'strict', ProtectHome: 'yes', PrivateTmp: 'yes',
      PrivateDevices: 'yes', NoNewPrivileges: 'yes', CapabilityBoundingSet: '', ProtectKernelTunables: 'yes',
      ProtectKernelModules: 'yes', ProtectControlGroups: 'yes', RestrictNamespaces: 'yes', RestrictSUIDSGID: 'yes',
      LockPersonality: 'yes', RestrictAddressFamilies: 'AF_INET AF_INET6 AF_UNIX', SystemCallArchitectures: 'native', UMask: '0077',
    };
    for (const [key, value] of Object.entries(expected)) expect(settings.get(key), key).toEqual([value]);
    expect(settings.get('SystemCallFilter')).toEqual(['@system-service', '~@privileged']);
  });

  it('keeps the data in the state directory, listens on loopback, and gives SIGTERM time to drain', () => {
    const environment = (settings.get('Environment') ?? []).join(' ');
    expect(environment).toContain('DATA_DIR=/var/lib/ricochet');
    expect(environment).toContain('HOST=127.0.0.1');
    for (const name of environment.match(/[A-Z_]+(?==)/g) ?? []) if (name !== 'NODE_ENV') expect(Object.keys(CONFIG_KEYS), name).toContain(name);
    expect(settings.get('KillSignal')).toEqual(['SIGTERM']);
    expect(Number(settings.get('TimeoutStopSec')?.[0])).toBeGreaterThan(10); // the server's own grace is 10 s
    expect(settings.get('ExecStart')?.[0]).toMatch(/bin\/ricochet\.js serve$/);
  });
});

describe('Dockerfile and deploy/docker/compose.yaml', () => {
  const dockerfile = read('Dockerfile');
  const compose = parse(read('deploy/docker/compose.yaml'));

  it('copies only files that exist, builds with the dev dependencies and ships without them', () => {
    for (const m of dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)) {
      for (const source of m[1]!.split(/\s+/)) expect(fs.existsSync(path.join(ROOT, source)), `COPY ${source}`).toBe(true);
    }
    expect(dockerfile).toMatch(/RUN npm ci /);
    expect(dockerfile).toMatch(/node scripts\/build\.mjs --force && npm prune --omit=dev/);
    const ignored = read('.dockerignore').split('\n');
    for (const local of ['node_modules', 'dist', 'data', '.git']) expect(ignored, local).toContain(local);
  });

  it('runs the server as an unprivileged user on the Node the package needs, with a readiness health check', () => {
    const engines = JSON.parse(read('package.json')).engines.node as string;
    const major = Number(/>=(\d+)/.exec(engines)![1]);
    for (const m of dockerfile.matchAll(/^FROM node:(\d+)-/gm)) expect(Number(m[1])).toBeGreaterThanOrEqual(major);
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(dockerfile).toMatch(/^CMD \["node", "bin\/ricochet\.js", "serve"\]$/m);
    expect(dockerfile).toMatch(/HEALTHCHECK[\s\S]*\/readyz/);
    expect(dockerfile).toMatch(/^STOPSIGNAL SIGTERM$/m);
    expect(dockerfile).toContain('org.opencontainers.image.licenses="MIT"');
    const env = /^ENV (.+)$/m.exec(dockerfile)![1]!;
    for (const name of env.match(/[A-Z_]+(?==)/g) ?? []) if (name !== 'NODE_ENV') expect(Object.keys(CONFIG_KEYS), name).toContain(name);
  });

  it('composes PostgreSQL, two Ricochet nodes reachable only through Caddy, with settings Ricochet knows', () => {
    const ricochet = compose.services.ricochet;
    expect(fs.existsSync(path.join(ROOT, 'deploy/docker', ricochet.build.context, ricochet.build.dockerfile))).toBe(true);
    expect(ricochet.ports).toBeUndefined();
    expect(ricochet.deploy.replicas).toBe(2);
    for (const name of Object.keys(ricochet.environment)) expect(Object.keys(CONFIG_KEYS), name).toContain(name);
    expect(ricochet.environment.TRUST_PROXY).toBe('1');
    expect(ricochet.environment.DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
    expect(ricochet.depends_on.postgres.condition).toBe('service_healthy');
    const caddyfile = compose.services.caddy.volumes.find((v: string) => v.includes('Caddyfile')).split(':')[0];
    expect(fs.existsSync(path.join(ROOT, 'deploy/docker', caddyfile))).toBe(true);
    expect(compose.services.caddy.ports).toEqual(['80:80', '443:443']);
  });

  const engine = spawnSync('docker', ['info'], { stdio: 'ignore' }).status === 0;
  it.runIf(engine)('builds an image whose command runs', { timeout: 1_200_000 }, () => {
    execFileSync('docker', ['build', '-t', 'ricochet:test', ROOT], { stdio: 'inherit' });
    const help = execFileSync('docker', ['run', '--rm', 'ricochet:test', 'node', 'bin/ricochet.js', '--help'], { encoding: 'utf8' });
    expect(help).toContain('serve');
  });
});
