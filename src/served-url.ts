import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the server last listened, kept in `$DATA_DIR/server.json` so that the CLI prints the
 * same short URLs as the server when PUBLIC_URL is not set (a server started with `PORT=3000`
 * and a `ricochet links export` run without it would otherwise disagree). Nothing secret is in it.
 */
const FILE = 'server.json';

export interface ServedUrl {
  publicUrl: string;
  pid: number;
  startedAt: string;
}

/** Write atomically (temp file + rename); a data directory that cannot be written is not an error. */
export function recordServedUrl(dataDir: string, served: ServedUrl): boolean {
  const file = path.join(dataDir, FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(tmp, `${JSON.stringify(served, null, 2)}\n`);
    fs.renameSync(tmp, file);
    return true;
  } catch {
    fs.rmSync(tmp, { force: true });
    return false;
  }
}

/** The recorded URL, or null when there is none (or it is not an http(s) origin). */
export function readServedUrl(dataDir: string): ServedUrl | null {
  try {
    const parsed = JSON.parse(fs.readFileSync(path.join(dataDir, FILE), 'utf8')) as Partial<ServedUrl>;
    if (typeof parsed.publicUrl !== 'string' || !/^https?:\/\/[^/?#]+$/.test(parsed.publicUrl)) return null;
    return { publicUrl: parsed.publicUrl, pid: Number(parsed.pid) || 0, startedAt: String(parsed.startedAt ?? '') };
  } catch {
    return null;
  }
}
