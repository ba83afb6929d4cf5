/**
 * Coverage across processes (docs/testing.md): under `npm run coverage` every Node process —
 * vitest's workers, the servers and CLIs the tests spawn, the click writer threads — writes V8
 * coverage to NODE_V8_COVERAGE, which c8 merges. Vitest stops its worker processes with SIGTERM,
 * and a process killed by a signal writes nothing, so each test file's coverage is written here,
 * when the file is done (`takeCoverage` writes what ran since the last call).
 */
import v8 from 'node:v8';
import { afterAll } from 'vitest';

afterAll(() => {
  if (process.env.NODE_V8_COVERAGE) v8.takeCoverage();
});
