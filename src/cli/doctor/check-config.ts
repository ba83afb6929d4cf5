import { ConfigError, loadConfig, type Config } from '../../config.js';
import { fail, ok, warn, type Finding } from './finding.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

export function isLoopback(host: string): boolean {
  return LOOPBACK.has(host) || host.startsWith('127.');
}

/** Parse the environment like the server does; on success, what a valid config can still get wrong. */
export function checkConfig(env: Record<string, string | undefined> | undefined): { config: Readonly<Config> | null; findings: Finding[] } {
  let config: Readonly<Config>;
  try {
    config = env ? loadConfig(env) : loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const findings = error.problems.map((problem) => fail('config', problem, 'give the variable a valid value (docs/config.md lists each one), then run `ricochet doctor` again'));
    return { config: null, findings };
  }
  const findings: Finding[] = [ok('config', 'every setting is valid')];
  if (!config.publicUrlSet && !isLoopback(config.host)) {
    findings.push(
      warn(
        'config',
        `PUBLIC_URL is not set, so short URLs are ${config.publicUrl}/…, an address only this machine understands`,
        'set PUBLIC_URL to the origin visitors use, e.g. PUBLIC_URL=https://go.example.com',
      ),
    );
  }
  const publicHost = new URL(config.publicUrl).hostname;
  if (config.publicUrl.startsWith('http://') && !isLoopback(publicHost) && !publicHost.endsWith('.localhost')) {
    findings.push(
      warn('config', `PUBLIC_URL ${config.publicUrl} is plain HTTP`, 'serve the short domain over HTTPS through a reverse proxy (deploy/) and set PUBLIC_URL=https://…'),
    );
  }
  if (config.databaseUrl && config.secretsKeys.length === 0) {
    findings.push(
      warn(
        'config',
        'SECRETS_KEY is not set: pixel credentials are sealed with this node’s DATA_DIR/secrets.key, which other nodes on the same PostgreSQL do not have',
        'set SECRETS_KEY (`openssl rand -base64 32`) to the same value on every node (docs/conversions.md "Credentials")',
      ),
    );
  }
  if (config.outboundTestNetwork) {
    findings.push(warn('config', 'OUTBOUND_TEST_NETWORK is set: every server-side event goes to a test server, not to the ad platforms', 'unset OUTBOUND_TEST_NETWORK (it is for tests and benchmarks only)'));
  }
  if (config.initialApiKey) {
    findings.push(
      warn(
        'config',
        'INITIAL_API_KEY is set; it only acts on an empty database and stays readable in the process environment',
        'remove INITIAL_API_KEY from the environment once the first start has created the key',
      ),
    );
  }
  return { config, findings };
}
