import { createAnalyticsReader } from '../analytics/analytics-reader';
import type { Config } from '../config/config';
import { createArgon2Hasher } from '../services/accounts/argon2-password-hasher';
import type { ServiceDeps } from '../services/ports';
import { createOpenIdConnect } from '../sso/openid-connect';
import { createSecretBox } from '../domain/accounts/secret-box';
import { sealStoredSecrets } from '../services/second-factor/seal-stored-secrets';
import { openDatabase, type DatabaseHandle } from '../storage/database';
import { migrateDatabase } from '../storage/migrate';
import { createUnitOfWork } from '../storage/unit-of-work';

/** An open, migrated database and the services over it. */
export interface Runtime {
  handle: DatabaseHandle;
  services: ServiceDeps;
  close(): Promise<void>;
}

// Whole-organisation figures take seconds at scale, so dashboards reuse them for ten minutes; on
// PostgreSQL they are worked out as two queries side by side, on PGlite as one.
const ANALYTICS_OPTIONS = {
  postgres: { parallelism: 2, cacheTtlMs: 10 * 60_000 },
  pglite: { parallelism: 1, cacheTtlMs: 10 * 60_000 },
} as const;

/** Opens the configured database (PGlite folder or PostgreSQL), brings its schema up to date, and wires the services. */
export async function openRuntime(config: Config): Promise<Runtime> {
  const handle = await openDatabase(
    config.databaseUrl
      ? { engine: 'postgres', url: config.databaseUrl, poolSize: config.databasePoolSize }
      : { engine: 'pglite', dataDir: config.dataDir },
  );
  let readHandle: DatabaseHandle | null = null;
  try {
    await migrateDatabase(handle);
    // Analytics and dashboards read the replica when there is one; everything else, and every write, the primary.
    if (config.databaseReadUrl)
      readHandle = await openDatabase({
        engine: 'postgres',
        url: config.databaseReadUrl,
        poolSize: config.databasePoolSize,
        readOnly: true,
      });
  } catch (error) {
    await handle.close();
    throw error;
  }
  const services: ServiceDeps = {
    uow: createUnitOfWork(handle.db),
    passwords: createArgon2Hasher(),
    now: () => new Date(),
    analytics: createAnalyticsReader((readHandle ?? handle).db, ANALYTICS_OPTIONS[handle.engine]),
    feedbackAlertThresholds: config.feedbackAlertThresholds,
    sessionIdleMinutes: config.sessionIdleMinutes,
    localIdentifierScheme: config.localIdentifierScheme,
    emailEnabled: config.smtp !== null,
    publicUrl: config.publicUrl,
    singleSignOn: config.sso ? createOpenIdConnect(config.sso) : null,
    secretBox: createSecretBox(config.secretKey.key, config.secretKey.previous),
  };
  try {
    // Secrets stored in clear before they were sealed, or under an earlier key, are sealed under this one.
    await sealStoredSecrets(services);
  } catch (error) {
    await readHandle?.close();
    await handle.close();
    throw error;
  }
  return {
    handle,
    services,
    close: async () => {
      await readHandle?.close();
      await handle.close();
    },
  };
}
