import { execFile } from 'node:child_process';
import os from 'node:os';
import { ROOT } from './processes.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * `ricochet <args>` from source, the way a developer runs it, with only the given environment
 * (no DATABASE_URL or PORT leaking in from the shell that runs the tests).
 */
export function ricochet(args: string[], env: Record<string, string>, timeoutMs = 120_000): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', ...args],
      { cwd: ROOT, env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), LOG_LEVEL: 'silent', ...env }, timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
