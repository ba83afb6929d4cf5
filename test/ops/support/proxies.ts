/**
 * The reverse proxies of deploy/ run for real in tests: nginx and Caddy from apt, with the
 * shipped config files, changed only where a test must (ports, certificate paths, upstreams).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { ROOT, start, type Started } from './processes.js';

export const SITE = 'go.example.com';

/** Path of a binary, or a clear error saying how to get it (`npm test` installs both as root). */
export function binary(name: 'nginx' | 'caddy'): string {
  for (const dir of ['/usr/sbin', '/usr/bin', '/usr/local/bin', '/usr/local/sbin']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  throw new Error(`${name} is not installed: apt-get install ${name} (npm test installs it when run as root)`);
}

/** A self-signed certificate for SITE, valid for two days. */
export function selfSignedCertificate(dir: string): { cert: string; key: string; pem: Buffer } {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', `/CN=${SITE}`, '-addext', `subjectAltName=DNS:${SITE}`, '-keyout', key, '-out', cert], { stdio: 'ignore' });
  return { cert, key, pem: fs.readFileSync(cert) };
}

/** Replace `from` by `to` in `text`, failing when the shipped file no longer has `from`. */
function swap(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`deploy/nginx/ricochet.conf no longer contains ${String(from)}: update the test with the config`);
  return text.replace(from, to);
}

export interface NginxOptions {
  dir: string;
  httpPort: number;
  httpsPort: number;
  upstreams: string[];
  cert: string;
  key: string;
}

/** deploy/nginx/ricochet.conf with this test's ports, nodes and certificate, inside a minimal nginx.conf. */
export function nginxConfig(options: NginxOptions): string {
  let site = fs.readFileSync(path.join(ROOT, 'deploy/nginx/ricochet.conf'), 'utf8');
  site = swap(site, /    server 127\.0\.0\.1:8080 [^;]*;/, options.upstreams.map((u) => `    server ${u} max_fails=3 fail_timeout=10s;`).join('\n'));
  site = swap(site, '    listen 80;\n    listen [::]:80;', `    listen 127.0.0.1:${options.httpPort};`);
  site = swap(site, '    listen 443 ssl http2;\n    listen [::]:443 ssl http2;', `    listen 127.0.0.1:${options.httpsPort} ssl http2;`);
  site = swap(site, /ssl_certificate \/etc\/letsencrypt\/[^;]+;/, `ssl_certificate ${options.cert};`);
  site = swap(site, /ssl_certificate_key \/etc\/letsencrypt\/[^;]+;/, `ssl_certificate_key ${options.key};`);
  site = swap(site, 'root /var/www/letsencrypt;', `root ${options.dir};`);
  const d = options.dir;
  return [
    // As root, nginx would otherwise switch its workers to `nobody`, who cannot read the temp dir.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${d}/nginx.pid;`,
    `error_log ${d}/error.log warn;`,
    'events { worker_connections 1024; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${d}/${t};`),
    site,
    '}',
    '',
  ].join('\n');
}

/** Run nginx in the foreground with `config`; resolves once it accepts connections on `port`. */
export async function startNginx(dir: string, config: string, port: number): Promise<Started> {
  const file = path.join(dir, 'nginx.conf');
  fs.writeFileSync(file, config);
  const nginx = binary('nginx');
  execFileSync(nginx, ['-t', '-q', '-p', dir, '-c', file]);
  const started = start(nginx, ['-p', dir, '-c', file, '-g', 'daemon off;'], {});
  await waitForPort(started, port);
  return started;
}

export async function waitForPort(started: Started, port: number, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port} after ${timeoutMs} ms:\n${started.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export interface ProxiedResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * An HTTPS request to SITE through the proxy on 127.0.0.1:`port`, from the local address
 * `from` (any 127.x.y.z: the whole block is this machine), trusting `ca`.
 */
export function viaProxy(
  port: number,
  ca: Buffer,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; from?: string; agent?: https.Agent } = {},
): Promise<ProxiedResponse> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        host: '127.0.0.1',
        port,
        servername: SITE,
        ca,
        method: options.method ?? 'GET',
        path: pathname,
        headers: { host: SITE, ...options.headers },
        ...(options.from ? { localAddress: options.from } : {}),
        ...(options.agent ? { agent: options.agent } : {}),
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}
