import type { IncomingMessage } from 'node:http';

const MAX_FORM_BYTES = 4096;

/**
 * The password form's body (`application/x-www-form-urlencoded`), at most 4 KB; null when it
 * is too big, malformed or has no password field.
 */
export function readPasswordForm(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve) => {
    let size = 0;
    const parts: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_FORM_BYTES) {
        resolve(null);
        req.destroy();
        return;
      }
      parts.push(chunk);
    });
    req.on('end', () => {
      try {
        resolve(new URLSearchParams(Buffer.concat(parts).toString('utf8')).get('password'));
      } catch {
        resolve(null);
      }
    });
    req.on('error', () => resolve(null));
  });
}
