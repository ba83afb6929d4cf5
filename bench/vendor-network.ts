/**
 * The e2e vendor fakes (test/e2e/support/vendor-fakes.ts) served over the network instead of
 * through Playwright's request interception: an HTTPS server on 127.0.0.1:443 with a throwaway
 * self-signed certificate, and Chromium's resolver mapping every vendor host to it and every other
 * name to nothing. A vendor request then costs what a request costs (socket, TLS, HTTP) rather
 * than a round trip through the test runner, and nothing can reach the internet.
 *
 * Binding port 443 needs root (the CI machine runs as root); the error says so otherwise.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { Duplex } from 'node:stream';
import os from 'node:os';
import path from 'node:path';
import type { Platform } from '../src/core/pixels/platform.js';
import { answerVendorRequest, corsHeaders, VENDOR_HOST_SUFFIXES } from '../test/e2e/support/vendor-fakes.js';

export interface VendorNetwork {
  /** Chromium switches that route the vendor hosts here and resolve nothing else. */
  chromiumArgs: string[];
  /** Platforms whose requests are held without an answer from now on. */
  hang(platforms: readonly Platform[]): void;
  close(): Promise<void>;
}

/**
 * @param delayMs how long every vendor request (loader, config round trip, hit) is held before its answer
 * @example const vendors = await startVendorNetwork(50); const browser = await launchChromium(vendors.chromiumArgs);
 */
export async function startVendorNetwork(delayMs: number): Promise<VendorNetwork> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ricochet-vendors-'));
  const key = path.join(dir, 'key.pem');
  const cert = path.join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=vendor-fakes'], {
    stdio: 'ignore',
  });
  let hung = new Set<Platform>();
  const sockets = new Set<Duplex>();

  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    req.resume(); // hit bodies are not needed here; the server's stats count the confirmed hits
    const url = new URL(req.url ?? '/', `https://${req.headers.host}`);
    const dest = String(req.headers['sec-fetch-dest'] ?? '');
    const answer = answerVendorRequest(url, dest, 0);
    if (answer.platforms.some((p) => hung.has(p))) return; // never answered; closed with the server
    const origin = req.headers.origin;
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...corsHeaders(origin), 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': '*' });
      return void res.end();
    }
    setTimeout(() => {
      res.writeHead(200, { ...corsHeaders(origin), 'content-type': answer.contentType, 'cache-control': 'no-store' });
      res.end(answer.body);
    }, delayMs);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EACCES' ? new Error('the vendor fakes need port 443: run the interstitial benchmark as root') : error),
    );
    server.listen(443, '127.0.0.1', resolve);
  });

  const maps = VENDOR_HOST_SUFFIXES.flatMap((suffix) => [`MAP ${suffix} 127.0.0.1`, `MAP *.${suffix} 127.0.0.1`]);
  return {
    chromiumArgs: [`--host-resolver-rules=${[...maps, 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1', 'EXCLUDE localhost'].join(', ')}`, '--ignore-certificate-errors'],
    hang(platforms) {
      hung = new Set(platforms);
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
