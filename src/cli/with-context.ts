import type { AppContext } from '../app/context.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { cliConfig } from './cli-config.js';

/** Run a command against the configured database, closing it afterwards. */
export async function withContext<T>(run: (ctx: AppContext) => Promise<T>): Promise<T> {
  const ctx = await createContext(cliConfig(), { log: createLogger({ logLevel: 'warn' }) });
  try {
    return await run(ctx);
  } finally {
    await ctx.changes.close();
    await ctx.stores.database.close();
  }
}
