import type { Config } from '../config/config';
import { createArgon2Hasher } from '../services/accounts/argon2-password-hasher';
import type { ServiceDeps } from '../services/ports';
import { openDatabase, type DatabaseHandle } from '../storage/database';
import { migrateDatabase } from '../storage/migrate';
import { createUnitOfWork } from '../storage/unit-of-work';

/** An open, migrated database and the services over it. */
export interface Runtime {
  handle: DatabaseHandle;
  services: ServiceDeps;
  close(): Promise<void>;
}

/** Opens the configured database (PGlite folder or PostgreSQL), brings its schema up to date, and wires the services. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const handle = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  try {
    await migrateDatabase(handle);
  } catch (error) {
    await handle.close();
    throw error;
  }
  const services: ServiceDeps = { uow: createUnitOfWork(handle.db), passwords: createArgon2Hasher(), now: () => new Date() };
  return { handle, services, close: () => handle.close() };
}
