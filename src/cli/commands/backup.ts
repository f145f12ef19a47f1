import type { Config } from '../../config/config';
import { backupDatabase, restoreDatabase, type BackupTarget } from '../../storage/backup';

const targetOf = (config: Config): BackupTarget =>
  config.databaseUrl ? { engine: 'postgres', url: config.databaseUrl } : { engine: 'pglite', dataDir: config.dataDir };

/** `tandem backup --output FILE`: a consistent copy of the configured database. */
export async function backup(config: Config, options: { output: string }): Promise<void> {
  await backupDatabase(targetOf(config), options.output);
  process.stdout.write(
    `Backed up the ${config.databaseUrl ? 'PostgreSQL' : 'embedded'} database to ${options.output}.\n`,
  );
}

/** `tandem restore --input FILE`: puts a backup back into the configured database. */
export async function restore(config: Config, options: { input: string }): Promise<void> {
  await restoreDatabase(targetOf(config), options.input);
  process.stdout.write(
    `Restored ${options.input} into the ${config.databaseUrl ? 'PostgreSQL' : 'embedded'} database. Start Tandem to bring its schema up to date.\n`,
  );
}
