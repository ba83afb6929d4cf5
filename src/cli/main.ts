import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../core/roles.js';
import { backupCommand } from './commands/backup.js';
import { keysCreate } from './commands/keys-create.js';
import { linksExport } from './commands/links-export.js';
import { IMPORT_COLUMNS, linksImport } from './commands/links-import.js';
import { migrate } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { statsCommand } from './commands/stats.js';
import { eventsCommand, type EventsOptions } from './commands/events.js';
import { STATS_GROUP_BY, type StatsGroupBy } from '../app/stats/stats-groups.js';
import { DEVICE_TYPES } from '../core/link.js';
import { CONSENT_OUTCOMES } from '../core/consent/consent-decision.js';

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
  .command('stats <slug>')
  .description('clicks, unique visitors, top countries, devices, referrers and campaigns of a link')
  .option('-d, --domain <host>', 'custom domain of the link (default: the default domain)')
  .option('--days <n>', 'how many days back', '30')
  .addOption(new Option('-g, --group-by <what>', 'also split the numbers by day, link, country, device, …').choices(STATS_GROUP_BY))
  .option('--json', 'print the stats API response as JSON')
  .action((slug: string, opts: { domain?: string; days: string; groupBy?: StatsGroupBy; json?: boolean }) => statsCommand(slug, opts));

program
  .command('events [slug]')
  .description('the most recent clicks of a workspace, or of one link, newest first (the API\'s GET /events)')
  .option('-w, --workspace <name>', 'workspace name', 'default')
  .option('-d, --domain <host>', 'custom domain of the link (default: the default domain)')
  .option('--range <range>', 'how far back: 24h, 7d, 30d, all', '7d')
  .option('--from <date>', 'start (a date or an instant; instead of --range)')
  .option('--to <date>', 'end (a date or an instant; instead of --range)')
  .option('--country <code>', 'only clicks from this country (ISO code, e.g. DE)')
  .addOption(new Option('--device <type>', 'only this device type').choices(DEVICE_TYPES))
  .addOption(new Option('--consent <outcome>', 'only this consent outcome').choices(CONSENT_OUTCOMES))
  .addOption(new Option('--bots <which>', 'bot and link-preview hits').choices(['include', 'exclude', 'only']).default('include'))
  .option('--referrer-host <host>', 'only visits referred by this host')
  .option('--utm-source <value>', 'only visits with this utm_source')
  .option('--utm-campaign <value>', 'only visits with this utm_campaign')
  .option('-n, --limit <n>', 'how many clicks (at most 1,000)', '50')
  .option('--json', 'print one JSON event per line, as the API has them')
  .action((slug: string | undefined, opts: EventsOptions) => eventsCommand(slug, { ...opts, ...(opts.from || opts.to ? { range: undefined } : {}) }));

await program.parseAsync(process.argv);
