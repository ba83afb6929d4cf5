import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../core/roles.js';
import { backupCommand } from './commands/backup.js';
import { keysCreate } from './commands/keys-create.js';
import { linksExport } from './commands/links-export.js';
import { IMPORT_COLUMNS, linksImport } from './commands/links-import.js';
import { migrate } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { secretsRotate } from './commands/secrets-rotate.js';
import { statsCommand } from './commands/stats.js';
import { webhooksCreate, webhooksDelete, webhooksList, webhooksRotate, webhooksSet } from './commands/webhooks.js';
import { WEBHOOK_EVENTS } from '../core/webhooks/events.js';

const program = new Command()
  .name('ricochet')
  .description('Short links that fire your retargeting pixels, with consent, then redirect.\nConfiguration comes from environment variables (see docs/config.md).')
  .showHelpAfterError();

// Loaded on demand: the other commands need neither the HTTP server nor the API schemas.
program
  .command('serve')
  .description('serve redirects, the REST API and the dashboard on $PORT')
  .action(async () => (await import('../main.js')).serve());
program.command('migrate').description('apply pending database migrations (also done at every start; on SQLite after a backup)').action(migrate);

const positive = (max: number) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) throw new InvalidArgumentError(`a whole number from 1 to ${max}`);
  return n;
};
program
  .command('demo')
  .description('create a sample workspace (links, pixels, consent, generated clicks), print how to sign in and what to try, and serve')
  .option('--clicks <n>', 'clicks to generate', positive(100_000), 3000)
  .option('--days <n>', 'spread over this many days back', positive(365), 30)
  .option('--no-serve', 'only create the workspace and print the key')
  .action(async (opts: { clicks: number; days: number; serve: boolean }) => (await import('./commands/demo.js')).demoCommand(opts));
program
  .command('backup [file]')
  .description('copy the SQLite database while the server runs (default $DATA_DIR/backups/ricochet-<time>.db)')
  .action((file: string | undefined) => backupCommand(file));
program
  .command('restore <file>')
  .description('replace the SQLite database with a backup (the server must be stopped; the current one is moved to backups/)')
  .action((file: string) => restoreCommand(file));
program
  .command('doctor')
  .description('check configuration, database, disk, clock and proxy settings, and say what to fix')
  .option('--min-free-mb <n>', 'warn when the data directory has less free space', positive(10_000_000), 1024)
  .option('--json', 'print the findings as JSON')
  .action(async (opts: { minFreeMb: number; json?: boolean }) => (await import('./commands/doctor.js')).doctorCommand(opts));

const keys = program.command('keys').description('manage API keys');
keys
  .command('create')
  .description('create an API key and print its secret once (creates the workspace if it does not exist)')
  .option('-w, --workspace <name>', 'workspace name', 'default')
  .addOption(new Option('-r, --role <role>', 'role of the key').choices(ROLES).default('owner'))
  .option('-n, --name <name>', 'a label for the key', 'cli')
  .option('--json', 'print JSON instead of text')
  .action((opts: { workspace: string; role: Role; name: string; json?: boolean }) => keysCreate(opts));

const links = program.command('links').description('import and export links');
links
  .command('import <file>')
  .description(`create links from a CSV file with a header row (columns: ${IMPORT_COLUMNS.join(', ')}; tags separated by |)`)
  .option('-w, --workspace <name>', 'workspace name', 'default')
  .action((file: string, opts: { workspace: string }) => linksImport(file, opts));
links
  .command('export')
  .description('write every link of a workspace as CSV to stdout')
  .option('-w, --workspace <name>', 'workspace name', 'default')
  .action((opts: { workspace: string }) => linksExport(opts));

program
  .command('secrets')
  .description('pixel credentials at rest')
  .command('rotate')
  .description('re-seal every pixel’s credentials with the first key of SECRETS_KEY (put the new key first, the old one after it; then drop the old one)')
  .action(secretsRotate);

program
  .command('stats <slug>')
  .description('clicks, unique visitors, top countries, devices, referrers and campaigns of a link')
  .option('-d, --domain <host>', 'custom domain of the link (default: the default domain)')
  .option('--days <n>', 'how many days back', '30')
  .option('--json', 'print the stats API response as JSON')
  .action((slug: string, opts: { domain?: string; days: string; json?: boolean }) => statsCommand(slug, opts));

const webhooks = program.command('webhooks').description('manage webhook endpoints (signed events to your systems: docs/webhooks.md)');
const workspaceOption = () => new Option('-w, --workspace <name>', 'workspace name').default('default');
webhooks
  .command('list')
  .description('list the endpoints of a workspace')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action((opts: { workspace: string; json?: boolean }) => webhooksList(opts));
webhooks
  .command('create <url>')
  .description('add an endpoint and print its signing secret once')
  .addOption(workspaceOption())
  .requiredOption('-e, --events <list>', `comma-separated: ${WEBHOOK_EVENTS.join(', ')}`)
  .option('-t, --tags <list>', 'only events about links with one of these tags (comma-separated)')
  .option('-l, --links <list>', 'only events about these link ids (comma-separated)')
  .option('-d, --description <text>', 'a label')
  .option('--json', 'print JSON')
  .action((url: string, opts: { workspace: string; events: string; tags?: string; links?: string; description?: string; json?: boolean }) => webhooksCreate(url, opts));
webhooks
  .command('enable <id>')
  .description('turn an endpoint on (also one Ricochet turned off)')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action((id: string, opts: { workspace: string; json?: boolean }) => webhooksSet(id, { ...opts, enabled: true }));
webhooks
  .command('disable <id>')
  .description('turn an endpoint off')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action((id: string, opts: { workspace: string; json?: boolean }) => webhooksSet(id, { ...opts, enabled: false }));
webhooks
  .command('rotate-secret <id>')
  .description('make a new signing secret and print it once; the previous one keeps signing for the overlap')
  .addOption(workspaceOption())
  .option('--overlap-hours <n>', 'hours both secrets sign (0-168)', (v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0 || n > 168) throw new InvalidArgumentError('a whole number from 0 to 168');
    return n;
  }, 24)
  .option('--json', 'print JSON')
  .action((id: string, opts: { workspace: string; overlapHours: number; json?: boolean }) => webhooksRotate(id, opts));
webhooks
  .command('delete <id>')
  .description('delete an endpoint')
  .addOption(workspaceOption())
  .action((id: string, opts: { workspace: string }) => webhooksDelete(id, opts));

await program.parseAsync(process.argv);
