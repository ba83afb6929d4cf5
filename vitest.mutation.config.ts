import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';
import { mutationScope } from './stryker.scopes.mjs';

/**
 * The tests Stryker runs against each mutant of one scope (stryker.scopes.mjs, docs/testing.md):
 * only the tests that exercise that scope in the test process. A mutant is active only in the
 * process Stryker instruments, so suites that spawn servers or CLIs could not kill one, only
 * cost time; and a static mutant (one in code run at import) reruns every test of the scope.
 */
// Spread, not mergeConfig: that would append to the base's `include` instead of replacing it.
export default defineConfig({ ...base, test: { ...base.test, include: mutationScope().tests } });
