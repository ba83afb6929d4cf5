import { spawn, type ChildProcess } from 'node:child_process';

export interface Spawned {
  port: number;
  /** The slug of the server's benchmark link, when it prints one after its port. */
  slug: string;
  child: ChildProcess;
  /** Throws, with what the server wrote on stderr, when it has exited. */
  assertRunning(): void;
  /** SIGTERM, then everything the server wrote on stderr. */
  stop(): Promise<string>;
}

/**
 * Start a server script pinned to CPU cores (`taskset`: one core, or a list such as `0-1`) and wait
 * for its first line on stdout: `<port> [<slug>]`. The whole process is pinned, worker threads
 * included. `nodeArgs` go before the script (`['--import', 'tsx']` for TypeScript).
 */
export function spawnPinned(script: string, core: number | string, env: Record<string, string> = {}, nodeArgs: string[] = []): Promise<Spawned> {
  return new Promise((resolve, reject) => {
    const child = spawn('taskset', ['-c', String(core), process.execPath, ...nodeArgs, script], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout?.once('data', (d: Buffer) => {
      const [port, slug] = d.toString().trim().split(/\s+/);
      resolve({
        port: Number(port),
        slug: slug ?? 'bench',
        child,
        assertRunning() {
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${script} exited (${child.exitCode ?? child.signalCode}) while measured:\n${stderr}`);
        },
        stop: () =>
          new Promise((done) => {
            child.once('exit', () => done(stderr));
            child.kill('SIGTERM');
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}: ${stderr}`)));
  });
}
