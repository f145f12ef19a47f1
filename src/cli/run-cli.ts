import { Command, InvalidArgumentError } from 'commander';
import { loadConfig } from '../config/config';
import { isAppError } from '../domain/errors/app-error';

const positiveInteger = (value: string): number => {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('Give a whole number of 1 or more.');
  return parsed;
};

// Commands load lazily, so that a small command does not pay for the web server's start-up.
const commands = {
  serve: () => import('./commands/serve'),
  migrate: () => import('./commands/migrate'),
  createAdmin: () => import('./commands/create-admin'),
  demo: () => import('./commands/demo'),
  backup: () => import('./commands/backup'),
  analyticsContinuity: () => import('./commands/analytics-continuity'),
};

/** The `tandem` command line. Each command parses its arguments, then calls the same services as the API. */
export async function runCli(argv: string[], version: string): Promise<void> {
  const program = new Command('tandem').description('Tandem: care coordination built around the helping relationship.').version(version);
  program
    .command('serve')
    .description('start the web app and API (PORT, TANDEM_DATA_DIR or DATABASE_URL)')
    .option('--demo-if-empty', 'load the demo organisation into a new, empty database first', false)
    .action(async (options: { demoIfEmpty: boolean }) =>
      (await commands.serve()).serve(loadConfig(), { demoIfEmpty: options.demoIfEmpty, version }),
    );
  program.command('migrate').description('bring the database schema up to date').action(async () => (await commands.migrate()).migrate(loadConfig()));
  program
    .command('create-admin')
    .description('create an administrator; the password is read from TANDEM_ADMIN_PASSWORD or standard input')
    .requiredOption('--username <name>', 'the new administrator’s username')
    .action(async (options: { username: string }) => (await commands.createAdmin()).createAdmin(loadConfig(), options));
  program
    .command('demo')
    .description('load the deterministic demo organisation into an empty database')
    .option('--scale <n>', 'multiply the organisation’s size (1: 200 people, 10: 2,000)', positiveInteger, 1)
    .option('--seed <n>', 'random seed', positiveInteger)
    .action(async (options: { scale: number; seed?: number }) => (await commands.demo()).demo(loadConfig(), options));
  program
    .command('backup')
    .description('write a consistent copy of the database to a file (stop the server first when using the embedded database)')
    .requiredOption('--output <file>', 'where to write the backup')
    .action(async (options: { output: string }) => (await commands.backup()).backup(loadConfig(), options));
  program
    .command('restore')
    .description('restore a backup into an empty embedded data folder, or into the PostgreSQL database (replacing what is there)')
    .requiredOption('--input <file>', 'the backup to restore')
    .action(async (options: { input: string }) => (await commands.backup()).restore(loadConfig(), options));
  const analytics = program.command('analytics').description('figures for researchers and managers');
  analytics
    .command('continuity')
    .description('continuity-of-care indices per person, as one JSON object per line, from a CSV file or from the database')
    .option('--input <file>', 'a CSV file with columns person_id,worker_id,contact_at')
    .option('--from <date>', 'from the database: the first day of the period (YYYY-MM-DD; default 12 months before --to)')
    .option('--to <date>', 'from the database: the last day of the period (YYYY-MM-DD; default today)')
    .action(async (options: { input?: string; from?: string; to?: string }) => (await commands.analyticsContinuity()).analyticsContinuity(options));

  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.stderr.write(`tandem: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = isAppError(error) ? 2 : 1;
  }
}
