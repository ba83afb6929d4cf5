import { Command, InvalidArgumentError, Option } from 'commander';
import { ROLES, type Role } from '../core/roles.js';
import { backupCommand } from './commands/backup.js';
import { keysCreate, keysList, keysRevoke } from './commands/keys.js';
import { linksExport } from './commands/links-export.js';
import { migrate } from './commands/migrate.js';
import { restoreCommand } from './commands/restore.js';
import { secretsRotate } from './commands/secrets-rotate.js';
import { statsCommand } from './commands/stats.js';
import { eventsCommand, type EventsOptions } from './commands/events.js';
import { STATS_GROUP_BY, type StatsGroupBy } from '../app/stats/stats-groups.js';
import { DEVICE_TYPES } from '../core/link.js';
import { CONSENT_OUTCOMES } from '../core/consent/consent-decision.js';
import { workspacesCreate, workspacesList } from './commands/workspaces.js';
import { command } from './output.js';
import { webhooksCreate, webhooksDelete, webhooksList, webhooksRotate, webhooksSet } from './commands/webhooks.js';
import { WEBHOOK_EVENTS } from '../core/webhooks/events.js';

/**
 * The `ricochet` command. Every command but `serve` (whose output is JSON log lines already)
 * takes `--json`: one JSON document on stdout, errors as the API's error envelope.
 */
const program = new Command()
  .name('ricochet')
  .description('Short links that fire your retargeting pixels, with consent, then redirect.\nConfiguration comes from environment variables (see docs/config.md).')
  .showHelpAfterError();

const JSON_HELP = 'print JSON for scripts (errors as {"error":{"code","message"}})';
const WORKSPACE_HELP = 'workspace name (must exist: see `ricochet workspaces create`)';

// Loaded on demand: the other commands need neither the HTTP server nor the API schemas.
program
  .command('serve')
  .description('serve redirects, the REST API and the dashboard on $PORT (logs are JSON lines)')
  .action(async () => (await import('../main.js')).serve());
program
  .command('migrate')
  .description('apply pending database migrations (also done at every start; on SQLite after a backup)')
  .option('--json', JSON_HELP)
  .action(command((opts: { json?: boolean }) => migrate(opts)));

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
  .option('--json', JSON_HELP)
  .action(command(async (opts: { clicks: number; days: number; serve: boolean; json?: boolean }) => (await import('./commands/demo.js')).demoCommand(opts)));
program
  .command('backup [file]')
  .description('copy the SQLite database while the server runs (default $DATA_DIR/backups/ricochet-<time>.db)')
  .option('--json', JSON_HELP)
  .action(command((file: string | undefined, opts: { json?: boolean }) => backupCommand(file, opts)));
program
  .command('restore <file>')
  .description('replace the SQLite database with a backup (the server must be stopped; the current one is moved to backups/)')
  .option('--json', JSON_HELP)
  .action(command((file: string, opts: { json?: boolean }) => restoreCommand(file, opts)));
program
  .command('doctor')
  .description('check configuration, database, disk, clock and proxy settings, and say what to fix')
  .option('--min-free-mb <n>', 'warn when the data directory has less free space', positive(10_000_000), 1024)
  .option('--json', 'print the findings as JSON')
  .action(async (opts: { minFreeMb: number; json?: boolean }) => (await import('./commands/doctor.js')).doctorCommand(opts));

const workspaces = program.command('workspaces').description('create and list workspaces');
workspaces
  .command('create <name>')
  .description('create a workspace and its first owner key (the secret is printed once)')
  .option('-n, --key-name <name>', 'a label for the owner key', 'cli')
  .option('--json', JSON_HELP)
  .action(command((name: string, opts: { keyName: string; json?: boolean }) => workspacesCreate(name, opts)));
workspaces
  .command('list')
  .description('list every workspace')
  .option('--json', JSON_HELP)
  .action(command((opts: { json?: boolean }) => workspacesList(opts)));

const keys = program.command('keys').description('create, list and revoke API keys');
keys
  .command('create')
  .description('create an API key in an existing workspace and print its secret once (role viewer unless --role says otherwise)')
  .option('-w, --workspace <name>', WORKSPACE_HELP, 'default')
  .addOption(new Option('-r, --role <role>', 'role of the key (least privilege by default)').choices(ROLES).default('viewer'))
  .option('-n, --name <name>', 'a label for the key', 'cli')
  .option('--json', JSON_HELP)
  .action(command((opts: { workspace: string; role: Role; name: string; json?: boolean }) => keysCreate(opts)));
keys
  .command('list')
  .description('list the keys of a workspace, newest first, with their role and last use (never their secrets)')
  .option('-w, --workspace <name>', WORKSPACE_HELP, 'default')
  .option('--json', JSON_HELP)
  .action(command((opts: { workspace: string; json?: boolean }) => keysList(opts)));
keys
  .command('revoke <id>')
  .description('revoke a key at once (the last owner key of a workspace cannot be revoked)')
  .option('-w, --workspace <name>', WORKSPACE_HELP, 'default')
  .option('--json', JSON_HELP)
  .action(command((id: string, opts: { workspace: string; json?: boolean }) => keysRevoke(id, opts)));

const links = program.command('links').description('import and export links');
links
  .command('import <file>')
  .description('create links from a CSV file with a header row (url required; slug, domain, title, tags separated by |, redirectType, externalId, expiresAt, utm_source … utm_content; any case)')
  .option('-w, --workspace <name>', WORKSPACE_HELP, 'default')
  .option('--dry-run', 'check every row as the API would and write nothing')
  .option('--resume', 'continue an import that stopped part-way, after its last imported row')
  .option('--restart', 'forget an unfinished import of this file and start over')
  .option('--report <file>', "write every row's outcome (line, status, id, short_url, code, message) to a CSV file")
  .option('--json', JSON_HELP)
  .action(command(async (file: string, opts: { workspace: string; dryRun?: boolean; resume?: boolean; restart?: boolean; report?: string; json?: boolean }) =>
    (await import('./commands/links-import.js')).linksImport(file, opts)));
links
  .command('export')
  .description('write every link of a workspace as CSV (or JSON) to stdout')
  .option('-w, --workspace <name>', WORKSPACE_HELP, 'default')
  .option('--json', 'print a JSON array of links instead of CSV')
  .action(command((opts: { workspace: string; json?: boolean }) => linksExport(opts)));

program
  .command('secrets')
  .description('pixel credentials at rest')
  .command('rotate')
  .description('re-seal every pixel’s credentials with the first key of SECRETS_KEY (put the new key first, the old one after it; then drop the old one)')
  .option('--json', 'print the counts as JSON')
  .action(command((opts: { json?: boolean }) => secretsRotate(opts)));

program
  .command('stats <slug>')
  .description('clicks, human clicks, bots, unique visitors, top countries, devices, referrers and campaigns of a link')
  .option('-d, --domain <host>', 'custom domain of the link (default: the default domain)')
  .option('--days <n>', 'how many days back', '30')
  .addOption(new Option('-g, --group-by <what>', 'also split the numbers by day, link, country, device, …').choices(STATS_GROUP_BY))
  .option('--json', 'print the stats API response as JSON')
  .action(command((slug: string, opts: { domain?: string; days: string; groupBy?: StatsGroupBy; json?: boolean }) => statsCommand(slug, opts)));

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
  .option('--json', 'print a JSON array of events, as the API has them')
  .action(command((slug: string | undefined, opts: EventsOptions) => eventsCommand(slug, { ...opts, ...(opts.from || opts.to ? { range: undefined } : {}) })));

const webhooks = program.command('webhooks').description('manage webhook endpoints (signed events to your systems: docs/webhooks.md)');
const workspaceOption = () => new Option('-w, --workspace <name>', 'workspace name').default('default');
webhooks
  .command('list')
  .description('list the endpoints of a workspace')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action(command((opts: { workspace: string; json?: boolean }) => webhooksList(opts)));
webhooks
  .command('create <url>')
  .description('add an endpoint and print its signing secret once')
  .addOption(workspaceOption())
  .requiredOption('-e, --events <list>', `comma-separated: ${WEBHOOK_EVENTS.join(', ')}`)
  .option('-t, --tags <list>', 'only events about links with one of these tags (comma-separated)')
  .option('-l, --links <list>', 'only events about these link ids (comma-separated)')
  .option('-d, --description <text>', 'a label')
  .option('--json', 'print JSON')
  .action(command((url: string, opts: { workspace: string; events: string; tags?: string; links?: string; description?: string; json?: boolean }) => webhooksCreate(url, opts)));
webhooks
  .command('enable <id>')
  .description('turn an endpoint on (also one Ricochet turned off)')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action(command((id: string, opts: { workspace: string; json?: boolean }) => webhooksSet(id, { ...opts, enabled: true })));
webhooks
  .command('disable <id>')
  .description('turn an endpoint off')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action(command((id: string, opts: { workspace: string; json?: boolean }) => webhooksSet(id, { ...opts, enabled: false })));
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
  .action(command((id: string, opts: { workspace: string; overlapHours: number; json?: boolean }) => webhooksRotate(id, opts)));
webhooks
  .command('delete <id>')
  .description('delete an endpoint')
  .addOption(workspaceOption())
  .option('--json', 'print JSON')
  .action(command((id: string, opts: { workspace: string; json?: boolean }) => webhooksDelete(id, opts)));

await program.parseAsync(process.argv);
