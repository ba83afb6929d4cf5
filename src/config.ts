/**
 * The one place that reads `process.env`. Everything else receives a frozen `Config`.
 *
 * Every key is validated at once so a bad deployment fails at boot with a single message
 * naming every bad key (after Fastify's config handling), never half-way through a request.
 * `docs/config.md` is checked against `CONFIG_KEYS` by a test.
 */
import path from 'node:path';
import proxyaddr from 'proxy-addr';
import { z } from 'zod';
import { requestHostname } from './core/hostname.js';
import { PLATFORMS } from './core/pixels/platform.js';
import { parseAllowedNetwork, type AllowedNetwork } from './core/webhooks/address-policy.js';
import { DEFAULT_RETRY_SCHEDULE, parseSchedule } from './core/webhooks/retry-schedule.js';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

// Digits only: `z.coerce.number()` alone would read ' ' as 0, '0x50' as 80 and '1e3' as 1000.
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/**
 * Which peers may tell the client's address in `X-Forwarded-For` (docs/security.md#client-addresses):
 * nobody, the last `hops` proxies, or proxies at these addresses / CIDRs. The address is read
 * from the right, where each proxy appends the peer it saw.
 */
export type TrustProxy = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; addresses: readonly string[] };

const trustProxy = z.string().transform((value, ctx): TrustProxy => {
  const v = value.trim().toLowerCase();
  if (v === 'false' || v === 'no' || v === '0') return { kind: 'none' };
  if (v === 'true' || v === 'yes') return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(v)) {
    const hops = Number(v);
    if (hops <= 20) return { kind: 'hops', hops };
  } else {
    const addresses = v.split(',').map((a) => a.trim()).filter(Boolean);
    try {
      if (addresses.length > 0) {
        proxyaddr.compile(addresses);
        return { kind: 'addresses', addresses };
      }
    } catch {
      // reported below
    }
  }
  ctx.addIssue({ code: 'custom', message: '`false`, `true` (one proxy), a number of proxies (up to 20), or a comma list of proxy addresses/CIDRs (`loopback`, `10.0.0.0/8`, …)' });
  return z.NEVER;
});

const secret = (min: number) => z.string().min(min, `must be at least ${min} characters`).max(200, 'must be at most 200 characters').regex(/^[\x21-\x7e]+$/, 'printable ASCII, no spaces');

/** `host:port` of a second listener (METRICS_LISTEN). */
const listenAddress = z
  .string()
  .regex(/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):\d{1,5}$/, 'must be `host:port`, e.g. `127.0.0.1:9464`')
  .transform((v) => {
    const at = v.lastIndexOf(':');
    return { host: v.slice(0, at).replace(/^\[|\]$/g, ''), port: Number(v.slice(at + 1)) };
  })
  .refine((a) => a.port <= 65535, 'the port must be at most 65535');

/**
 * Env var name → schema, default and one-line meaning (the meaning feeds docs/config.md).
 * `secret` settings are never echoed anywhere (no value of any setting is: a bad one is named,
 * with what is wrong, and that is all).
 */
export const CONFIG_KEYS = {
  PORT: { schema: int(0, 65535), default: '8080', doc: 'TCP port to listen on' },
  HOST: { schema: z.string().regex(/^\S+$/, 'must not be blank or contain spaces'), default: '0.0.0.0', doc: 'interface to listen on' },
  DATA_DIR: { schema: z.string().min(1), default: './data', doc: 'embedded SQLite database and local state live here' },
  DATABASE_URL: {
    schema: z.string().regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://').optional(),
    default: undefined,
    doc: '`postgres://…` → use PostgreSQL instead of SQLite (same schema, same behaviour)',
    secret: true,
  },
  PUBLIC_URL: {
    schema: z
      .url({ protocol: /^https?$/ })
      .refine((u) => /^https?:\/\/[^/?#]+\/*$/i.test(u), 'must be an origin without a path, query or fragment (short links live at the root)')
      .optional(),
    default: undefined,
    doc: 'base of generated short URLs for the default domain (default: the listen address, `http://localhost:$PORT` when `HOST` is a wildcard; the CLI uses the address the server last listened on)',
  },
  INITIAL_API_KEY: {
    schema: secret(16).optional(),
    default: undefined,
    doc: 'on a fresh database, create workspace `default` and an `owner` API key with exactly this value (idempotent)',
    secret: true,
  },
  TRUST_PROXY: {
    schema: trustProxy,
    default: 'false',
    doc: 'reverse proxies whose `X-Forwarded-For`/`-Proto`/`-Host` are believed: `false`; `true` or a number (that many proxies in front); or a comma list of their addresses/CIDRs. The client address is read from the right (docs/security.md)',
  },
  GEO_COUNTRY_HEADER: {
    schema: z.string().regex(/^[A-Za-z0-9-]+$/, 'must be a header name').optional(),
    default: undefined,
    doc: 'trusted header carrying the visitor ISO country (e.g. `cf-ipcountry`); otherwise the bundled IP→country database is used',
  },
  PIXEL_TIMEOUT_MS: { schema: int(100, 10_000), default: '800', doc: 'hard cap between interstitial load and navigation to the destination' },
  LOG_LEVEL: { schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']), default: 'info', doc: 'log verbosity (JSON lines on stdout)' },
  LINK_CACHE_SIZE: { schema: int(0, 10_000_000), default: '100000', doc: 'links kept in the in-process redirect cache (0 disables it)' },
  LINK_CACHE_TTL_MS: { schema: int(0, 86_400_000), default: '60000', doc: 'how long a cached link (or a cached miss, for a tenth of it) is trusted before it is re-read' },
  API_RATE_LIMIT: { schema: int(0, 1_000_000), default: '600', doc: 'API requests per minute per key (0 disables the limit)' },
  CLICK_BUFFER_SIZE: { schema: int(100, 10_000_000), default: '100000', doc: 'clicks held in memory before new ones are dropped (and counted)' },
  CLICK_FLUSH_SIZE: { schema: int(1, 100_000), default: '1000', doc: 'clicks per write transaction; a filled batch is written at once, a backlog in transactions of up to ten batches (on SQLite an API write waits, without blocking anything, for the current one to end)' },
  CLICK_FLUSH_INTERVAL_MS: { schema: int(10, 600_000), default: '1000', doc: 'buffered clicks are written at least this often' },
  AUDIENCE_MINIMUMS: {
    schema: z
      .string()
      .regex(/^\s*[a-z_]+=\d+(\s*,\s*[a-z_]+=\d+)*\s*$/, 'a list like `meta=100,tiktok=1000`')
      .refine((v) => Object.keys(parseMinimums(v)).every((p) => (PLATFORMS as readonly string[]).includes(p)), `platforms are ${PLATFORMS.join(', ')}`)
      .optional(),
    default: undefined,
    doc: 'override platform minimum audience sizes for readiness, e.g. `meta=100,tiktok=1000` (defaults: docs/analytics.md)',
  },
  SECRETS_KEY: {
    schema: z
      .string()
      .refine((v) => v.split(',').every((k) => Buffer.from(k.trim(), 'base64').length === 32 && /^[A-Za-z0-9+/_-]+=*$/.test(k.trim())), 'a comma-separated list of base64 32-byte keys (`openssl rand -base64 32`)')
      .optional(),
    default: undefined,
    doc: 'keys that seal credentials at rest (pixel credentials, webhook URLs and signing secrets), comma-separated: the first seals, all open (rotation: docs/conversions.md); unset → a key generated into `DATA_DIR/secrets.key` on first start (set it when several nodes share one PostgreSQL)',
    secret: true,
  },
  ATTRIBUTION_WINDOW_DAYS: { schema: int(1, 3650), default: '90', doc: 'how long a click can be credited with a lead or sale; the ad click ids kept for it are deleted after this many days' },
  OUTBOUND_TEST_NETWORK: {
    schema: z
      .string()
      .regex(/^[\d.]+:\d+,\S+$/, 'like `127.0.0.1:8443,/path/to/ca.pem`')
      .optional(),
    default: undefined,
    doc: 'tests and benchmarks only: send every outbound request to this `address:port` (keeping the vendor host name for TLS and `Host`) and trust the CA in this PEM file, so the platform fakes stand in for the ad platforms (docs/delivery.md)',
  },
  WEBHOOK_ALLOWED_NETWORKS: {
    schema: z
      .string()
      .refine((v) => v.split(',').every((n) => ok(() => parseAllowedNetwork(n))), 'a comma-separated list of addresses or CIDR networks, like `10.1.0.0/16,127.0.0.1`')
      .optional(),
    default: undefined,
    doc: 'private, loopback or link-local networks webhooks may be delivered to anyway, e.g. `10.1.0.0/16,127.0.0.1` (by default only public addresses are: docs/webhooks.md)',
  },
  WEBHOOK_CONNECT_TIMEOUT_MS: { schema: int(100, 60_000), default: '5000', doc: 'how long a webhook delivery waits for a connection (DNS, TCP and TLS) before it counts as failed' },
  WEBHOOK_TIMEOUT_MS: { schema: int(1000, 120_000), default: '15000', doc: 'how long a webhook delivery waits for the whole answer (the receiver should answer 2xx at once and work later)' },
  WEBHOOK_FOLLOW_REDIRECTS: { schema: bool, default: 'false', doc: 'follow up to 3 redirects of a webhook receiver (each target is checked like the URL); by default a 3xx answer is a failed delivery' },
  WEBHOOK_CLICK_BATCH_MS: { schema: int(1000, 3_600_000), default: '10000', doc: 'human clicks are sent to `click` endpoints in one message per endpoint this often' },
  WEBHOOK_RETRY_SCHEDULE: {
    schema: z.string().refine((v) => ok(() => parseSchedule(v)), 'a comma-separated list of durations like `5s,5m,30m,2h`'),
    default: DEFAULT_RETRY_SCHEDULE,
    doc: 'delays between webhook delivery attempts (±20 % jitter; a receiver\'s `Retry-After` is a floor); after the last one a delivery is given up',
  },
  WEBHOOK_DISABLE_AFTER_HOURS: { schema: int(1, 8760), default: '120', doc: 'an endpoint with no successful delivery for this long is turned off and the workspace is told' },
  WEBHOOK_LOG_RETENTION_DAYS: { schema: int(1, 365), default: '14', doc: 'how long the delivery log and the messages (for manual redelivery) are kept' },
  WEBHOOK_TEST_HOSTS: {
    schema: z
      .string()
      .regex(/^\s*[a-z0-9.-]+=[0-9a-f.:]+(\s*,\s*[a-z0-9.-]+=[0-9a-f.:]+)*\s*$/i, 'a list like `hooks.example.test=127.0.0.1`')
      .optional(),
    default: undefined,
    doc: 'tests and benchmarks only: resolve these webhook host names to these addresses instead of asking DNS, e.g. `hooks.example.test=127.0.0.1,other.test=10.0.0.7` (the address rules still apply)',
  },
  PIXEL_FAILING_ALERT_MINUTES: { schema: int(1, 10_080), default: '60', doc: 'a `pixel.delivery_failing` webhook event is sent when server-side delivery to a platform has failed without a success for this long' },
  CLICK_RETRY_MAX_MS: { schema: int(1000, 86_400_000), default: '600000', doc: 'while the database is down clicks stay buffered and retried with back-off for up to this long; older batches are then dropped and counted' },
  METRICS_TOKEN: {
    schema: secret(16).optional(),
    default: undefined,
    doc: '`/metrics` answers only requests with `Authorization: Bearer <this>` (401 otherwise)',
    secret: true,
  },
  METRICS_LISTEN: {
    schema: listenAddress.optional(),
    default: undefined,
    doc: '`host:port` where `/metrics` is served on a listener of its own (e.g. `127.0.0.1:9464`); the main port then answers 404 for it',
  },
  PASSWORD_CLIENT_ATTEMPTS: { schema: int(1, 10_000), default: '10', doc: 'wrong link passwords one client address may try per 15 minutes (over all links) before it gets 429' },
  PASSWORD_LINK_ATTEMPTS: { schema: int(1, 1_000_000), default: '100', doc: 'wrong passwords per 15 minutes after which a link’s password form locks for everyone (429) until `PASSWORD_LOCKOUT_MINUTES` pass or an owner clears it' },
  PASSWORD_LOCKOUT_MINUTES: { schema: int(1, 10_080), default: '15', doc: 'how long a link stays locked after too many wrong passwords' },
  PASSWORD_HASH_THREADS: { schema: int(1, 16), default: '1', doc: 'threads that hash link passwords (their own pool: guessing never takes time from redirects or the API)' },
  API_AUTH_FAILURES: { schema: int(0, 100_000), default: '30', doc: 'requests with a missing or wrong API key one client address may make per minute before it gets 429 (0 disables the limit)' },
  LINK_CREATE_RATE_LIMIT: { schema: int(0, 10_000_000), default: '10000', doc: 'links one workspace may create per hour through the API, bulk items included (0 disables the limit)' },
  AUDIT_RETENTION_DAYS: { schema: int(1, 36_500), default: '365', doc: 'audit log entries older than this are deleted (daily)' },
  DESTINATION_BLOCKLIST: {
    schema: z.string().min(1).optional(),
    default: undefined,
    doc: 'a file of hostnames links may not point to, one a line (`bad.example` blocks it and its subdomains); read at start (docs/security.md#destination-blocklist)',
  },
} as const;

export type ConfigKey = keyof typeof CONFIG_KEYS;

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | null;
  /** Without trailing slash. */
  publicUrl: string;
  /** Whether PUBLIC_URL was given; otherwise `publicUrl` is derived from the listen address. */
  publicUrlSet: boolean;
  /** Host (with port when not default) of PUBLIC_URL: the default domain, as links show it. */
  defaultHost: string;
  /** The default domain's canonical hostname (no port): what no workspace can register. */
  defaultHostname: string;
  initialApiKey: string | null;
  trustProxy: TrustProxy;
  geoCountryHeader: string | null;
  pixelTimeoutMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'silent';
  linkCacheSize: number;
  linkCacheTtlMs: number;
  apiRateLimit: number;
  clickBufferSize: number;
  clickFlushSize: number;
  clickFlushIntervalMs: number;
  clickRetryMaxMs: number;
  /** SECRETS_KEY, decoded (empty: the key file in DATA_DIR). */
  secretsKeys: readonly Uint8Array[];
  attributionWindowMs: number;
  /** OUTBOUND_TEST_NETWORK, parsed (null in production). */
  outboundTestNetwork: { address: string; port: number; caFile: string } | null;
  /** Per-platform minimum audience overrides (AUDIENCE_MINIMUMS). */
  audienceMinimums: Readonly<Partial<Record<string, number>>>;
  metricsToken: string | null;
  metricsListen: { host: string; port: number } | null;
  passwordClientAttempts: number;
  passwordLinkAttempts: number;
  passwordLockoutMs: number;
  passwordHashThreads: number;
  apiAuthFailures: number;
  linkCreateRateLimit: number;
  auditRetentionMs: number;
  destinationBlocklist: string | null;
  webhooks: Readonly<WebhookConfig>;
}

/** Webhook delivery settings (docs/webhooks.md). */
export interface WebhookConfig {
  allowedNetworks: readonly AllowedNetwork[];
  connectTimeoutMs: number;
  timeoutMs: number;
  followRedirects: boolean;
  clickBatchMs: number;
  /** Delays between attempts, in ms. */
  retrySchedule: readonly number[];
  disableAfterMs: number;
  logRetentionMs: number;
  pixelFailingAlertMs: number;
  /** WEBHOOK_TEST_HOSTS: host name → addresses, in place of DNS (tests and benchmarks); null in production. */
  testHosts: Readonly<Record<string, string[]>> | null;
}

export class ConfigError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.problems = problems;
    this.name = 'ConfigError';
  }
}

/**
 * Parse and freeze the configuration. Pass `process.env` (the default) or a plain object in tests.
 * @example const config = loadConfig({ PORT: '0', DATA_DIR: tmp });
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Readonly<Config> {
  const problems: string[] = [];
  const raw: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
    const given = env[key];
    const value = given === undefined || given === '' ? spec.default : given;
    if (value === undefined) {
      raw[key] = undefined;
      continue;
    }
    const parsed = (spec.schema as z.ZodType).safeParse(value);
    if (parsed.success) raw[key] = parsed.data;
    // The setting and what is wrong with it, never its value: it may be a secret (issue 17).
    else problems.push(`${key}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
  }
  if (problems.length > 0) throw new ConfigError(problems);

  const port = raw.PORT as number;
  const host = raw.HOST as string;
  const given = raw.PUBLIC_URL as string | undefined;
  const publicUrl = given ? given.replace(/\/+$/, '') : listenUrl(host, port);
  const config: Config = {
    port,
    host,
    dataDir: path.resolve(raw.DATA_DIR as string),
    databaseUrl: (raw.DATABASE_URL as string | undefined) ?? null,
    publicUrl,
    publicUrlSet: given !== undefined,
    defaultHost: new URL(publicUrl).host.toLowerCase(),
    defaultHostname: requestHostname(new URL(publicUrl).host),
    initialApiKey: (raw.INITIAL_API_KEY as string | undefined) ?? null,
    trustProxy: raw.TRUST_PROXY as TrustProxy,
    geoCountryHeader: ((raw.GEO_COUNTRY_HEADER as string | undefined) ?? null)?.toLowerCase() ?? null,
    pixelTimeoutMs: raw.PIXEL_TIMEOUT_MS as number,
    logLevel: raw.LOG_LEVEL as Config['logLevel'],
    linkCacheSize: raw.LINK_CACHE_SIZE as number,
    linkCacheTtlMs: raw.LINK_CACHE_TTL_MS as number,
    apiRateLimit: raw.API_RATE_LIMIT as number,
    clickBufferSize: raw.CLICK_BUFFER_SIZE as number,
    clickFlushSize: raw.CLICK_FLUSH_SIZE as number,
    clickFlushIntervalMs: raw.CLICK_FLUSH_INTERVAL_MS as number,
    clickRetryMaxMs: raw.CLICK_RETRY_MAX_MS as number,
    audienceMinimums: Object.freeze(parseMinimums(raw.AUDIENCE_MINIMUMS as string | undefined)),
    secretsKeys: Object.freeze(((raw.SECRETS_KEY as string | undefined)?.split(',') ?? []).map((k) => new Uint8Array(Buffer.from(k.trim(), 'base64')))),
    attributionWindowMs: (raw.ATTRIBUTION_WINDOW_DAYS as number) * 86_400_000,
    outboundTestNetwork: parseTestNetwork(raw.OUTBOUND_TEST_NETWORK as string | undefined),
    metricsToken: (raw.METRICS_TOKEN as string | undefined) ?? null,
    metricsListen: (raw.METRICS_LISTEN as Config['metricsListen'] | undefined) ?? null,
    passwordClientAttempts: raw.PASSWORD_CLIENT_ATTEMPTS as number,
    passwordLinkAttempts: raw.PASSWORD_LINK_ATTEMPTS as number,
    passwordLockoutMs: (raw.PASSWORD_LOCKOUT_MINUTES as number) * 60_000,
    passwordHashThreads: raw.PASSWORD_HASH_THREADS as number,
    apiAuthFailures: raw.API_AUTH_FAILURES as number,
    linkCreateRateLimit: raw.LINK_CREATE_RATE_LIMIT as number,
    auditRetentionMs: (raw.AUDIT_RETENTION_DAYS as number) * 86_400_000,
    destinationBlocklist: raw.DESTINATION_BLOCKLIST ? path.resolve(raw.DESTINATION_BLOCKLIST as string) : null,
    webhooks: Object.freeze({
      allowedNetworks: Object.freeze(((raw.WEBHOOK_ALLOWED_NETWORKS as string | undefined)?.split(',') ?? []).map(parseAllowedNetwork)),
      connectTimeoutMs: raw.WEBHOOK_CONNECT_TIMEOUT_MS as number,
      timeoutMs: raw.WEBHOOK_TIMEOUT_MS as number,
      followRedirects: raw.WEBHOOK_FOLLOW_REDIRECTS as boolean,
      clickBatchMs: raw.WEBHOOK_CLICK_BATCH_MS as number,
      retrySchedule: Object.freeze(parseSchedule(raw.WEBHOOK_RETRY_SCHEDULE as string)),
      disableAfterMs: (raw.WEBHOOK_DISABLE_AFTER_HOURS as number) * 3_600_000,
      logRetentionMs: (raw.WEBHOOK_LOG_RETENTION_DAYS as number) * 86_400_000,
      pixelFailingAlertMs: (raw.PIXEL_FAILING_ALERT_MINUTES as number) * 60_000,
      testHosts: parseTestHosts(raw.WEBHOOK_TEST_HOSTS as string | undefined),
    }),
  };
  return Object.freeze(config);
}

/**
 * The URL of the listen address, for when PUBLIC_URL is not given: a wildcard address
 * (`0.0.0.0`, `::`) means "this machine", which a browser on it reaches as `localhost`.
 */
function listenUrl(host: string, port: number): string {
  const name = host === '0.0.0.0' || host === '::' || host === '[::]' ? 'localhost' : host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${name}:${port}`;
}

/**
 * The same configuration with the short-URL base taken from where the server really listens:
 * `port` is the bound port (PORT=0 picks one) or `publicUrl` one the server recorded
 * (src/served-url.ts). A PUBLIC_URL the operator gave always wins.
 */
export function withServedAddress(config: Readonly<Config>, served: { port: number } | { publicUrl: string }): Readonly<Config> {
  if (config.publicUrlSet) return config;
  const publicUrl = 'port' in served ? listenUrl(config.host, served.port) : served.publicUrl.replace(/\/+$/, '');
  return Object.freeze({ ...config, publicUrl, defaultHost: new URL(publicUrl).host.toLowerCase(), defaultHostname: requestHostname(new URL(publicUrl).host) });
}

/** Whether `parse` accepts its input (for refinements over values another module parses). */
function ok(parse: () => unknown): boolean {
  try {
    parse();
    return true;
  } catch {
    return false;
  }
}

function parseTestHosts(value: string | undefined): Record<string, string[]> | null {
  if (!value) return null;
  const out: Record<string, string[]> = {};
  for (const pair of value.split(',')) {
    const [host, address] = pair.trim().split('=') as [string, string];
    (out[host.toLowerCase()] ??= []).push(address);
  }
  return Object.freeze(out);
}

function parseTestNetwork(value: string | undefined): Config['outboundTestNetwork'] {
  if (!value) return null;
  const comma = value.indexOf(',');
  const [address, port] = value.slice(0, comma).split(':');
  return { address: address as string, port: Number(port), caFile: value.slice(comma + 1) };
}

function parseMinimums(value: string | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const pair of value?.split(',') ?? []) {
    const [platform, size] = pair.trim().split('=');
    if (platform && size) out[platform] = Number(size);
  }
  return out;
}

/** For entry points: the environment's config, or exit 78 (EX_CONFIG) after printing every bad key. */
export function loadConfigOrExit(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
