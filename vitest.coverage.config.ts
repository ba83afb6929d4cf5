import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * The suite as `npm run coverage` runs it (docs/testing.md): the same tests, loaded by Node itself
 * through tsx (which `NODE_OPTIONS=--import tsx` registers in every process) instead of Vite's
 * module runner, so that V8's coverage of the test processes maps back to the sources exactly as
 * that of the spawned servers, CLIs and writer threads does: one format, merged by c8.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      setupFiles: ['test/setup/v8-coverage.ts'],
      experimental: { viteModuleRunner: false, nodeLoader: false },
    },
  }),
);
