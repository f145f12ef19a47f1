import type { Config } from '../../config/config';
import { openRuntime } from '../runtime';

/** Brings the database schema up to date and exits. */
export async function migrate(config: Config): Promise<void> {
  const runtime = await openRuntime(config);
  await runtime.close();
  process.stdout.write('The database schema is up to date.\n');
}
