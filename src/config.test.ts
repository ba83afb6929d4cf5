import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, ConfigError, loadConfig } from './config.js';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('applies the defaults of docs/config.md to an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      databaseUrl: null,
      publicUrl: 'http://localhost:8080',
      defaultHost: 'localhost:8080',
      initialApiKey: null,
      trustProxy: { kind: 'none' },
      geoCountryHeader: null,
      pixelTimeoutMs: 800,
      logLevel: 'info',
    });
  });

  it('applies the CONFIG_KEYS default of every tuning knob', () => {
    const config = loadConfig({}) as unknown as Record<string, unknown>;
    const knobs: Array<[string, keyof typeof CONFIG_KEYS]> = [
      ['linkCacheSize', 'LINK_CACHE_SIZE'],
      ['linkCacheTtlMs', 'LINK_CACHE_TTL_MS'],
      ['apiRateLimit', 'API_RATE_LIMIT'],
      ['clickBufferSize', 'CLICK_BUFFER_SIZE'],
      ['clickFlushSize', 'CLICK_FLUSH_SIZE'],
      ['clickFlushIntervalMs', 'CLICK_FLUSH_INTERVAL_MS'],
      ['clickRetryMaxMs', 'CLICK_RETRY_MAX_MS'],
    ];
    for (const [field, key] of knobs) {
      const spec = CONFIG_KEYS[key] as { default?: string };
      expect(config[field], key).toBe(Number(spec.default));
      expect(Number.isInteger(config[field]), key).toBe(true);
    }
  });

  it('treats an empty string like an unset variable', () => {
    expect(loadConfig({ PORT: '', PIXEL_TIMEOUT_MS: '' })).toMatchObject({ port: 8080, pixelTimeoutMs: 800 });
  });

  it('refuses a PUBLIC_URL with a path: short links live at the root', () => {
    expect(() => loadConfig({ PUBLIC_URL: 'https://example.com/go' })).toThrow(/PUBLIC_URL/);
    expect(() => loadConfig({ PUBLIC_URL: 'https://example.com/?x=1' })).toThrow(/PUBLIC_URL/);
  });

  it('derives PUBLIC_URL from PORT when unset', () => {
    const config = loadConfig({ PORT: '9123' });
    expect(config.publicUrl).toBe('http://localhost:9123');
    expect(config.defaultHost).toBe('localhost:9123');
  });

  it('strips trailing slashes from PUBLIC_URL and takes the default host from it, lower-cased', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://Go.Example.com///' });
    expect(config.publicUrl).toBe('https://Go.Example.com');
    expect(config.defaultHost).toBe('go.example.com');
    expect(loadConfig({ PUBLIC_URL: 'http://links.local:3000' }).defaultHost).toBe('links.local:3000');
  });

  it('reads every kind of value', () => {
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: '/tmp/ricochet-x',
      DATABASE_URL: 'postgresql://u:p@db:5432/ricochet',
      INITIAL_API_KEY: 'rk_0123456789abcdefXYZ',
      TRUST_PROXY: 'yes',
      GEO_COUNTRY_HEADER: 'CF-IPCountry',
      PIXEL_TIMEOUT_MS: '1500',
      LOG_LEVEL: 'silent',
      API_RATE_LIMIT: '0',
    });
    expect(config).toMatchObject({
      port: 0,
      host: '127.0.0.1',
      dataDir: '/tmp/ricochet-x',
      databaseUrl: 'postgresql://u:p@db:5432/ricochet',
      initialApiKey: 'rk_0123456789abcdefXYZ',
      trustProxy: { kind: 'hops', hops: 1 },
      geoCountryHeader: 'cf-ipcountry',
      pixelTimeoutMs: 1500,
      logLevel: 'silent',
      apiRateLimit: 0,
    });
  });

  it.each([
    ['true', { kind: 'hops', hops: 1 }], ['1', { kind: 'hops', hops: 1 }], ['yes', { kind: 'hops', hops: 1 }], ['2', { kind: 'hops', hops: 2 }],
    ['false', { kind: 'none' }], ['0', { kind: 'none' }], ['no', { kind: 'none' }],
    ['loopback, 10.0.0.0/8', { kind: 'addresses', addresses: ['loopback', '10.0.0.0/8'] }],
    ['192.168.1.7,fd00::/8', { kind: 'addresses', addresses: ['192.168.1.7', 'fd00::/8'] }],
  ])('TRUST_PROXY=%s → %j (issue 17: trusted proxies by count or address)', (value, expected) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
  });

  it.each(['maybe', '10.0.0.0/33', '21', 'not-an-address'])('refuses TRUST_PROXY=%j', (value) => {
    expect(problemsOf({ TRUST_PROXY: value })[0]).toMatch(/^TRUST_PROXY: /);
  });

  it('names a bad setting and what is wrong, never its value: secrets stay out of the message (issue 17)', () => {
    const secrets = {
      DATABASE_URL: 'mysql://admin:hunter2-db-secret@db.internal/x',
      INITIAL_API_KEY: 'short secret!',
      METRICS_TOKEN: 'tiny',
      PORT: 'not-a-port-value',
    };
    let message = '';
    try {
      loadConfig(secrets);
    } catch (error) {
      message = (error as ConfigError).message;
    }
    expect(message).toMatch(/DATABASE_URL: /);
    expect(message).toMatch(/INITIAL_API_KEY: /);
    expect(message).toMatch(/METRICS_TOKEN: /);
    for (const value of Object.values(secrets)) expect(message).not.toContain(value);
    expect(message).not.toContain('hunter2');
  });

  it('reads the hardening settings (issue 17)', () => {
    const config = loadConfig({
      METRICS_TOKEN: 'metrics-token-0123456789',
      METRICS_LISTEN: '127.0.0.1:9464',
      PASSWORD_CLIENT_ATTEMPTS: '5',
      PASSWORD_LINK_ATTEMPTS: '50',
      PASSWORD_LOCKOUT_MINUTES: '30',
      PASSWORD_HASH_THREADS: '2',
      API_AUTH_FAILURES: '10',
      LINK_CREATE_RATE_LIMIT: '100',
      AUDIT_RETENTION_DAYS: '30',
      DESTINATION_BLOCKLIST: '/etc/ricochet/blocklist.txt',
      PUBLIC_URL: 'https://Go.Example.com.:8443',
    });
    expect(config).toMatchObject({
      metricsToken: 'metrics-token-0123456789',
      metricsListen: { host: '127.0.0.1', port: 9464 },
      passwordClientAttempts: 5,
      passwordLinkAttempts: 50,
      passwordLockoutMs: 30 * 60_000,
      passwordHashThreads: 2,
      apiAuthFailures: 10,
      linkCreateRateLimit: 100,
      auditRetentionMs: 30 * 86_400_000,
      destinationBlocklist: '/etc/ricochet/blocklist.txt',
      defaultHostname: 'go.example.com',
    });
    expect(loadConfig({ METRICS_LISTEN: '[::1]:9464' }).metricsListen).toEqual({ host: '::1', port: 9464 });
    expect(problemsOf({ METRICS_LISTEN: 'localhost' })[0]).toMatch(/^METRICS_LISTEN: /);
  });

  it('accepts only postgres URLs in DATABASE_URL', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/db' }).databaseUrl).toBe('postgres://localhost/db');
    for (const bad of ['mysql://localhost/db', 'sqlite:///tmp/x.db', 'localhost:5432', 'file:ricochet.db']) {
      expect(problemsOf({ DATABASE_URL: bad }).join('\n')).toMatch(/^DATABASE_URL: /);
    }
  });

  it('reports every bad key in one ConfigError', () => {
    const env = {
      PORT: 'eighty',
      TRUST_PROXY: 'maybe',
      PIXEL_TIMEOUT_MS: '5',
      DATABASE_URL: 'mysql://x',
      PUBLIC_URL: 'ftp://example.com',
      INITIAL_API_KEY: 'short',
      LOG_LEVEL: 'verbose',
      GEO_COUNTRY_HEADER: 'bad header!',
      HOST: '127.0.0.1',
    };
    let error: unknown;
    try {
      loadConfig(env);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    const keys = problems.map((p) => p.split(':')[0]).sort();
    expect(keys).toEqual(['DATABASE_URL', 'GEO_COUNTRY_HEADER', 'INITIAL_API_KEY', 'LOG_LEVEL', 'PIXEL_TIMEOUT_MS', 'PORT', 'PUBLIC_URL', 'TRUST_PROXY']);
    // The one message names every bad key.
    for (const key of keys) expect((error as ConfigError).message).toContain(key);
    expect((error as ConfigError).name).toBe('ConfigError');
  });

  it.each([
    ['PORT', '65536'],
    ['PORT', '-1'],
    ['PORT', '80.5'],
    ['PORT', ' '],
    ['PORT', '0x50'],
    ['PIXEL_TIMEOUT_MS', '99'],
    ['PIXEL_TIMEOUT_MS', '10001'],
    ['API_RATE_LIMIT', '1e3'],
    ['INITIAL_API_KEY', 'has a space in it!!'],
    ['HOST', ' '],
  ])('rejects %s=%j', (key, value) => {
    const problems = problemsOf({ [key]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^${key}: `));
    expect(problems[0]).not.toContain(value.trim() || '\u0000');
  });

  it('returns a frozen object', () => {
    const config = loadConfig({});
    expect(Object.isFrozen(config)).toBe(true);
    expect(() => {
      (config as { port: number }).port = 1;
    }).toThrow(TypeError);
  });

  it('documents every key with a one-line meaning', () => {
    for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
      expect(spec.doc.length, key).toBeGreaterThan(5);
      expect(spec.doc, key).not.toContain('\n');
    }
  });
});
