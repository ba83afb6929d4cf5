/**
 * Regenerates the TypeScript SDK's generated files from the server's route definitions:
 * `npm run sdk:generate`.
 *   sdk/openapi.json   the OpenAPI document, exactly as `GET /api/openapi.json` serves it
 *   sdk/src/schema.ts  its types, by openapi-typescript (`paths`, `operations`, `components`,
 *                      and one alias per schema: `Link`, `LinkCreate`, …)
 * test/api/sdk.test.ts fails when either file differs from what this script writes.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { pino } from 'pino';
import { SecretBox } from '../src/app/secrets/secret-box.js';
import { loadConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { buildV1 } from '../src/http/api/build-api.js';
import { compileProxyTrust } from '../src/http/proxy-trust.js';
import { openApiDocument } from '../src/http/api/openapi-document.js';
import { connectSqlite } from '../src/storage/sqlite/connect-sqlite.js';

export const SDK_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../sdk');

const HEADER = `/**
 * Generated from sdk/openapi.json by \`npm run sdk:generate\` (openapi-typescript). Do not edit:
 * change the server's route schemas (src/http/api) and regenerate.
 */
`;

/** The document the server serves, built from the route definitions over a throwaway in-memory database. */
export async function currentDocument(): Promise<unknown> {
  const database = connectSqlite({ file: ':memory:' });
  const ctx = await createContext(loadConfig({ LOG_LEVEL: 'silent', DATA_DIR: '/nonexistent' }), { database, log: pino({ level: 'silent' }), secrets: new SecretBox([randomBytes(32)]) });
  try {
    return openApiDocument(buildV1(ctx, compileProxyTrust({ kind: 'none' })));
  } finally {
    await ctx.changes.close();
    await ctx.passwords.hasher.close();
    await database.close();
  }
}

/** The generated files, relative to the repository root, as they should be on disk. */
export async function renderSdkFiles(document?: unknown): Promise<Record<string, string>> {
  const doc = document ?? (await currentDocument());
  const ast = await openapiTS(doc as never, { rootTypes: true, rootTypesNoSchemaPrefix: true, alphabetize: false });
  return {
    'sdk/openapi.json': `${JSON.stringify(doc, null, 2)}\n`,
    'sdk/src/schema.ts': HEADER + astToString(ast),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = await renderSdkFiles();
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(SDK_DIR, '..', name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    process.stdout.write(`${name}: ${text.length.toLocaleString('en')} characters\n`);
  }
}
