// ESLint runs for one rule set only: `src/core/` stays pure (STYLE.md "Boundaries and naming").
// Run by `npm test` (scripts/test.sh) and checked by test/lint/core-boundaries.test.ts.
import tseslint from 'typescript-eslint';

/** Where `src/core/` must not reach: I/O, frameworks, drivers, storage and the outer layers. */
export const CORE_FORBIDDEN_IMPORTS = {
  patterns: [
    { group: ['node:*'], message: 'src/core is pure: no Node built-ins (I/O, crypto, time). Pass what you need in through core/ports.ts.' },
    { group: ['fs', 'path', 'os', 'http', 'https', 'net', 'crypto', 'child_process', 'worker_threads', 'stream', 'zlib'], message: 'src/core is pure: no Node built-ins.' },
    { group: ['hono', 'hono/*', '@hono/*'], message: 'src/core knows no web framework: that is src/http.' },
    { group: ['kysely', 'kysely/*', 'pg', 'pg-*', 'better-sqlite3'], message: 'src/core knows no database driver: that is src/storage.' },
    { group: ['pino', 'maxmind', '@iabtechlabtcf/*'], message: 'src/core does no logging or file-backed lookups: those are adapters in src/app.' },
    { group: ['**/storage', '**/storage/*', '**/http', '**/http/*', '**/app/*', '**/ingest/*', '**/cli/*', '**/config.js', '**/server.js', '**/main.js'], message: 'src/core must not import the layers around it.' },
  ],
};

export default [
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', 'stryker-setup-*.js'] },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['**/*.test.ts'],
    languageOptions: { parser: tseslint.parser },
    // Comments disabling rules this config does not run (written for editors' wider rule sets) are fine.
    linterOptions: { reportUnusedDisableDirectives: 'off' },
    rules: {
      'no-restricted-imports': ['error', CORE_FORBIDDEN_IMPORTS],
      'no-restricted-globals': ['error', { name: 'process', message: 'src/core reads no environment: config comes in as an argument.' }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'src/core takes the time as an argument (Clock port).' },
        { object: 'Math', property: 'random', message: 'src/core takes randomness as an argument (Random port).' },
      ],
    },
  },
];
