import { Command, InvalidArgumentError } from 'commander';
import { isAppError } from '../domain/errors/app-error';

const positiveInteger = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('Give a whole number of 1 or more.');
  return parsed;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// Commands load lazily, so that a small command does not pay for the web server's start-up; so
// does the configuration (and zod with it), which reading a contacts file does not need.
const loadConfig = async () => (await import('../config/config')).loadConfig();
const commands = {
  serve: () => import('./commands/serve'),
  migrate: () => import('./commands/migrate'),
  createAdmin: () => import('./commands/create-admin'),
  demo: () => import('./commands/demo'),
  backup: () => import('./commands/backup'),
  analyticsContinuity: () => import('./commands/analytics-continuity'),
  auditVerify: () => import('./commands/audit-verify'),
};

/** The `tandem` command line. Each command parses its arguments, then calls the same services as the API. */
export async function runCli(argv: string[], version: string): Promise<void> {
  const program = new Command('tandem')
    .description('Tandem: care coordination built around the helping relationship.')
    .version(version);
  program
    .command('serve')
    .description('start the web app and API (PORT, TANDEM_DATA_DIR or DATABASE_URL)')
    .option('--demo-if-empty', 'load the demo organisation into a new, empty database first', false)
    .option(
      '--workers <n>',
      'server processes on PostgreSQL (default TANDEM_WORKERS, or one per core); the embedded database uses one',
      positiveInteger,
    )
    .action(async (options: { demoIfEmpty: boolean; workers?: number }) =>
      (await commands.serve()).serve(await loadConfig(), {
        demoIfEmpty: options.demoIfEmpty,
        version,
        ...(options.workers ? { workers: options.workers } : {}),
      }),
    );
  program
    .command('migrate')
    .description('bring the database schema up to date')
    .action(async () => (await commands.migrate()).migrate(await loadConfig()));
  program
    .command('create-admin')
    .description('create an administrator; the password is read from TANDEM_ADMIN_PASSWORD or standard input')
    .requiredOption('--username <name>', 'the new administrator’s username')
    .action(async (options: { username: string }) =>
      (await commands.createAdmin()).createAdmin(await loadConfig(), options),
    );
  program
    .command('demo')
    .description('load the deterministic demo organisation into an empty database')
    .option('--scale <n>', 'multiply the organisation’s size (1: 200 people, 10: 2,000)', positiveInteger, 1)
    .option('--seed <n>', 'random seed', positiveInteger)
    .action(async (options: { scale: number; seed?: number }) =>
      (await commands.demo()).demo(await loadConfig(), options),
    );
  program
    .command('audit')
    .description('the audit trail')
    .command('verify')
    .description('check every audit chain link by link and name the first broken link of each')
    .option('--person <id>', 'check only this person’s chain')
    .action(async (options: { person?: string }) => {
      if (options.person !== undefined && !UUID.test(options.person))
        throw new InvalidArgumentError('--person takes a person’s id (a UUID).');
      await (await commands.auditVerify()).auditVerify(await loadConfig(), options);
    });
  program
    .command('backup')
    .description(
      'write a consistent copy of the database to a file (stop the server first when using the embedded database)',
    )
    .requiredOption('--output <file>', 'where to write the backup')
    .action(async (options: { output: string }) => (await commands.backup()).backup(await loadConfig(), options));
  program
    .command('restore')
    .description(
      'restore a backup into an empty embedded data folder, or into the PostgreSQL database (replacing what is there)',
    )
    .requiredOption('--input <file>', 'the backup to restore')
    .action(async (options: { input: string }) => (await commands.backup()).restore(await loadConfig(), options));
  const analytics = program.command('analytics').description('figures for researchers and managers');
  analytics
    .command('continuity')
    .description(
      'continuity-of-care indices per person (UPC, COC, SECON, MMCI, HHI), from a CSV file or from the database',
    )
    .option(
      '--input <file>',
      'a CSV file with columns person_id,worker_id,contact_at, read as a stream: a file sorted by person_id is read once, ' +
        'in memory that does not grow with the file; a file in another order (such as by time) is read twice, holding up to ' +
        '8 million contacts in typed arrays; beyond that, once to count and once more for each batch of 8 million contacts',
    )
    .option(
      '--period <from,to>',
      'only contacts from the first to the last day given, both included (YYYY-MM-DD,YYYY-MM-DD)',
    )
    .option('--format <format>', 'jsonl (one JSON object per line) or csv, with a header', 'jsonl')
    .option(
      '--from <date>',
      'from the database: the first day of the period (YYYY-MM-DD; default 12 months before --to)',
    )
    .option('--to <date>', 'from the database: the last day of the period (YYYY-MM-DD; default today)')
    .addHelpText(
      'after',
      '\nOn a terminal, a file of 32 MiB or more shows its progress on standard error. A bad row stops the command, naming its line and column, before anything is printed.\n',
    )
    .action(async (options: { input?: string; from?: string; to?: string; period?: string; format?: string }) =>
      (await commands.analyticsContinuity()).analyticsContinuity(options),
    );

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.stderr.write(`tandem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = isAppError(error) ? 2 : 1;
  }
}
