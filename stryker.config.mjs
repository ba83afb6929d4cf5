// @ts-check
/**
 * Mutation testing (docs/testing.md): `npm run mutation` mutates the code where a bug hurts users
 * most, scope by scope (stryker.scopes.mjs, MUTATION_SCOPE), and fails below 85 %.
 */
import { mutationScope } from './stryker.scopes.mjs';

const scope = mutationScope();

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  checkers: ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate: [...scope.mutate, '!**/*.test.ts'],
  coverageAnalysis: 'perTest',
  ignoreStatic: scope.ignoreStatic ?? false,
  // The machine is shared: one test runner beside the type checker, and incremental runs (only
  // mutants whose code or tests changed are tested again; the file is kept out of git).
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/stryker/${scope.name}/incremental.json`,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: `reports/stryker/${scope.name}/mutation.html` },
  jsonReporter: { fileName: `reports/stryker/${scope.name}/mutation.json` },
  thresholds: { high: 90, low: 85, break: 85 },
};
