import { Command, Option } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { ROLES, type Role } from '../core/roles.js';
import { createApiKey } from '../app/api-keys/manage-api-keys.js';
import { createWorkspace } from '../app/workspace/manage-workspace.js';
import { createContext } from '../context.js';
import { createLogger } from '../logger.js';
import { connectDatabase } from '../storage/connect.js';
import { migrateToLatest } from '../storage/migrate.js';
import { serve } from '../main.js';

function config() {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}

const program = new Command()
  .name('ricochet')
  .description('Short links that fire your retargeting pixels, with consent, then redirect.\nConfiguration comes from environment variables (see docs/config.md).')
  .showHelpAfterError();

program
  .command('serve')
  .description('serve redirects, the REST API and the dashboard on $PORT')
  .action(async () => {
    await serve();
  });

program
  .command('migrate')
  .description('apply pending database migrations (also done at every start)')
  .action(async () => {
    const database = connectDatabase(config());
    try {
      const applied = await migrateToLatest(database);
      process.stdout.write(applied.length ? `applied: ${applied.join(', ')}\n` : 'database is up to date\n');
    } finally {
      await database.close();
    }
  });

const keys = program.command('keys').description('manage API keys');
keys
  .command('create')
  .description('create an API key and print its secret once (creates the workspace if it does not exist)')
  .option('-w, --workspace <name>', 'workspace name', 'default')
  .addOption(new Option('-r, --role <role>', 'role of the key').choices(ROLES).default('owner'))
  .option('-n, --name <name>', 'a label for the key', 'cli')
  .option('--json', 'print JSON instead of text')
  .action(async (opts: { workspace: string; role: Role; name: string; json?: boolean }) => {
    const cfg = config();
    const ctx = await createContext(cfg, { log: createLogger({ logLevel: 'warn' }) });
    try {
      const workspace = (await ctx.stores.workspaces.findByName(opts.workspace)) ?? (await createWorkspace(ctx, opts.workspace));
      const { key, secret } = await createApiKey(ctx, workspace.id, { name: opts.name, role: opts.role }, null);
      if (opts.json) process.stdout.write(`${JSON.stringify({ id: key.id, workspaceId: workspace.id, role: key.role, secret })}\n`);
      else process.stdout.write(`Created ${key.role} key ${key.id} in workspace "${workspace.name}" (${workspace.id}).\nSecret (shown once): ${secret}\n`);
    } finally {
      await ctx.stores.database.close();
    }
  });

await program.parseAsync(process.argv);
