/**
 * Where a CSV import stands, so an interrupted one can resume (`--resume`) without making any link
 * twice: a small JSON file per (file contents, workspace) under `$DATA_DIR/imports/`, rewritten
 * (atomically, by rename) after every row and removed when the import completes.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export interface ImportState {
  file: string;
  workspaceId: string;
  /** Data rows handled so far (the next one to do is this index). */
  done: number;
  created: number;
  updated: number;
  failed: number;
  startedAt: string;
  updatedAt: string;
}

export class ImportStateFile {
  readonly path: string;

  constructor(dataDir: string, contents: Buffer, workspaceId: string) {
    const key = createHash('sha256').update(contents).update('\0').update(workspaceId).digest('hex').slice(0, 32);
    this.path = path.join(dataDir, 'imports', `${key}.json`);
  }

  read(): ImportState | null {
    try {
      return JSON.parse(fs.readFileSync(this.path, 'utf8')) as ImportState;
    } catch {
      return null;
    }
  }

  write(state: ImportState): void {
    fs.mkdirSync(path.dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(state));
    fs.renameSync(tmp, this.path);
  }

  remove(): void {
    fs.rmSync(this.path, { force: true });
  }
}
