/**
 * A raw HTTP/1.1 client for the body tests: it writes the request itself (as slowly or as much
 * as asked), so a test can see what a server does with a body it does not want, and how much of
 * it the server let through before it closed the connection.
 */
import net from 'node:net';

export interface RawResult {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** Body bytes the client managed to write before the connection closed (or all of them). */
  sent: number;
  /** Whether the server closed the connection. */
  closed: boolean;
}

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  /** Total body bytes to try to send. */
  bodyBytes: number;
  /** Send with `Content-Length` (default) or chunked. */
  chunked?: boolean;
  /** Bytes per write and pause between writes (a slow client). */
  chunkBytes?: number;
  pauseMs?: number;
  /** Give up (and report what happened so far) after this. */
  timeoutMs?: number;
  /** The byte to fill the body with. */
  fill?: string;
}

export function rawRequest(url: string, req: RawRequest): Promise<RawResult> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname);
    let response = Buffer.alloc(0);
    let sent = 0;
    let closed = false;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      socket.destroy();
      const text = response.toString('latin1');
      const end = text.indexOf('\r\n\r\n');
      const head = end === -1 ? text : text.slice(0, end);
      const [statusLine, ...lines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
      }
      let body = end === -1 ? '' : text.slice(end + 4);
      if (headers['transfer-encoding'] === 'chunked') body = body.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n|\r\n0\r\n\r\n$/gi, '');
      resolve({ status: Number(statusLine?.split(' ')[1] ?? 0), headers, body, sent, closed });
    };
    const timer = setTimeout(finish, req.timeoutMs ?? 20_000);
    socket.on('data', (chunk: Buffer) => {
      response = Buffer.concat([response, chunk]);
    });
    socket.on('close', () => {
      closed = true;
      finish();
    });
    socket.on('end', () => {
      closed = true;
    });
    socket.on('error', () => {
      closed = true;
    });
    const headers: Record<string, string> = { host: `${hostname}:${port}`, connection: 'close', ...req.headers };
    if (req.chunked) headers['transfer-encoding'] = 'chunked';
    else headers['content-length'] = String(req.bodyBytes);
    const head = `${req.method} ${req.path} HTTP/1.1\r\n${Object.entries(headers).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n`;
    const chunkBytes = req.chunkBytes ?? 64 * 1024;
    const piece = Buffer.alloc(chunkBytes, req.fill ?? 'a');
    socket.once('connect', async () => {
      socket.write(head);
      while (sent < req.bodyBytes && !closed && !done) {
        const n = Math.min(chunkBytes, req.bodyBytes - sent);
        const data = n === chunkBytes ? piece : piece.subarray(0, n);
        const ok = socket.write(req.chunked ? Buffer.concat([Buffer.from(`${n.toString(16)}\r\n`), data, Buffer.from('\r\n')]) : data);
        sent += n;
        if (req.pauseMs) await new Promise((r) => setTimeout(r, req.pauseMs));
        else if (!ok) await new Promise<void>((r) => {
          const go = () => {
            socket.off('drain', go);
            socket.off('close', go);
            r();
          };
          socket.once('drain', go);
          socket.once('close', go);
        });
      }
      if (!closed && !done && req.chunked) socket.write('0\r\n\r\n');
    });
  });
}
