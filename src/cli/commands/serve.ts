import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Config } from '../../config/config';
import { projectPath } from '../../config/project-files';
import { startEmailDelivery } from '../../email/email-delivery';
import { createSmtpTransport } from '../../email/smtp-transport';
import { SYSTEM_ACTOR } from '../../domain/accounts/actor';
import { buildApp } from '../../http/build-app';
import { scheduleDueHandovers } from '../../services/handovers/complete-handover';
import { startBulkExportRunner } from '../bulk-export-runner';
import { startCollegeChores } from '../college-chores';
import { startAuditSequencer } from '../../storage/audit-sequencer';
import { isDatabaseReady } from '../../storage/database';
import { isEmptyOrganisation } from '../../storage/migrate';
import { scheduleStatisticsRefresh } from '../../storage/statistics-refresh';
import { openRuntime } from '../runtime';
import { loadDemo } from './demo';
import { superviseWorkers } from './serve-workers';

const WEB_ROOT = projectPath('dist', 'web');

export interface ServeOptions {
  demoIfEmpty: boolean;
  version: string;
  /** Server processes asked for on the command line; overrides TANDEM_WORKERS. */
  workers?: number;
}

/**
 * How many server processes to run. PostgreSQL: as asked, or one per core. The embedded database
 * lives inside one process, so it always gets one, and says so when more were asked for.
 */
export function workerCount(config: Config, asked: number | undefined, warn: (message: string) => void): number {
  const wanted = asked ?? config.workers;
  if (!config.databaseUrl) {
    if (wanted !== null && wanted !== undefined && wanted > 1) {
      warn(
        `The embedded database serves from one process; running 1 worker, not ${wanted}. Set DATABASE_URL to PostgreSQL for more.\n`,
      );
    }
    return 1;
  }
  return wanted ?? availableParallelism();
}

/** Starts the HTTP server; with `demoIfEmpty`, a new database is filled with the demo organisation first. */
export async function serve(config: Config, options: ServeOptions): Promise<void> {
  if (cluster.isWorker) return serveOneProcess(config, { ...options, demoIfEmpty: false });
  const workers = workerCount(config, options.workers, (message) => process.stderr.write(message));
  if (workers === 1) return serveOneProcess(config, options);
  // Migrate and load the demo once, here, before any worker opens the database.
  const runtime = await openRuntime(config);
  try {
    if (options.demoIfEmpty && (await isEmptyOrganisation(runtime.handle))) await loadDemo(runtime, { scale: 1 });
  } finally {
    await runtime.close();
  }
  await superviseWorkers(workers);
  process.stdout.write(
    `Tandem is running at http://localhost:${config.port} (PostgreSQL, ${workers} server processes)\n`,
  );
}

async function serveOneProcess(config: Config, options: ServeOptions): Promise<void> {
  const runtime = await openRuntime(config);
  if (options.demoIfEmpty && (await isEmptyOrganisation(runtime.handle))) {
    process.stdout.write('New database: loading the demo organisation (sign in as demo-worker / tandem-demo)…\n');
    await loadDemo(runtime, { scale: 1 });
  }
  const app = await buildApp({
    services: runtime.services,
    engine: runtime.handle.engine,
    version: options.version,
    webRoot: WEB_ROOT,
    logger: { level: config.logLevel },
    isDatabaseReady: () => isDatabaseReady(runtime.handle),
    allowedOrigins: config.allowedOrigins,
    trustedProxies: config.trustedProxies,
  });
  if (config.secretKey.isDevelopmentKey) {
    app.log.warn(
      'TANDEM_SECRET_KEY is not set: authenticator secrets are sealed with the published development key. Set it before real use (ADR 0048).',
    );
  }
  const statistics = scheduleStatisticsRefresh(runtime.handle, {
    onRefreshed: (ms) => app.log.info({ ms: Math.round(ms) }, 'planner statistics refreshed'),
    onError: (error) => app.log.warn({ err: error }, 'planner statistics could not be refreshed'),
  });
  // Every process runs one; the advisory lock lets one of them seal at a time (ADR 0018).
  const sequencer = startAuditSequencer(runtime.handle, {
    onError: (error) => app.log.error({ err: error }, 'audit events could not be sealed; retrying'),
  });
  const email = startEmail(config, runtime, app.log);
  const handovers = scheduleDueHandovers(runtime.services, SYSTEM_ACTOR, {
    onError: (error) => app.log.warn({ err: error }, 'a planned handover could not be completed on its day'),
  });
  const college = startCollegeChores(runtime.services, {
    onError: (error) => app.log.error({ err: error }, 'college offers and reminders could not be processed; retrying'),
  });
  const bulkExports = startBulkExportRunner(runtime.services, {
    onError: (error) => app.log.error({ err: error }, 'bulk exports could not be written; retrying'),
  });
  const shutDown = async () => {
    await app.close();
    await bulkExports.stop();
    await handovers.stop();
    await college.stop();
    await email?.stop();
    await sequencer.stop();
    await statistics.stop();
    await runtime.close();
    process.exit(0);
  };
  // A signal handler cannot wait for a promise: a failure to close is logged and ends the process.
  const stop = () => {
    shutDown().catch((error: unknown) => {
      app.log.error({ err: error }, 'Tandem could not close cleanly');
      process.exit(1);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ port: config.port, host: config.host });
  if (cluster.isWorker) return;
  process.stdout.write(
    `Tandem is running at http://localhost:${config.port} (${runtime.handle.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})\n`,
  );
}

/**
 * Sends the outbox's emails when a mail server is configured. The server is checked at start-up; when it
 * cannot be reached Tandem still serves (care goes on without email) and the emails wait in the outbox.
 */
function startEmail(
  config: Config,
  runtime: Awaited<ReturnType<typeof openRuntime>>,
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void },
): { stop: () => Promise<void> } | null {
  if (!config.smtp) return null;
  const transport = createSmtpTransport(config.smtp);
  transport.verify().then(
    () => log.info({}, 'the mail server answered; notification emails will be sent'),
    (error: unknown) => log.error({ err: error }, 'the mail server could not be reached; emails wait in the outbox'),
  );
  const delivery = startEmailDelivery(runtime.services, transport, {
    onError: (error) => log.error({ err: error }, 'emails could not be sent; retrying'),
  });
  return {
    stop: async () => {
      await delivery.stop();
      transport.close();
    },
  };
}
