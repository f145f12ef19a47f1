import { fileURLToPath } from 'node:url';
import type { Config } from '../../config/config';
import { buildApp } from '../../http/build-app';
import { isEmptyOrganisation } from '../../storage/migrate';
import { scheduleStatisticsRefresh } from '../../storage/statistics-refresh';
import { openRuntime } from '../runtime';
import { loadDemo } from './demo';

const WEB_ROOT = fileURLToPath(new URL('../../../dist/web', import.meta.url));

/** Starts the HTTP server; with `demoIfEmpty`, a new database is filled with the demo organisation first. */
export async function serve(config: Config, options: { demoIfEmpty: boolean; version: string }): Promise<void> {
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
  });
  const statistics = scheduleStatisticsRefresh(runtime.handle, {
    onRefreshed: (ms) => app.log.info({ ms: Math.round(ms) }, 'planner statistics refreshed'),
    onError: (error) => app.log.warn({ err: error }, 'planner statistics could not be refreshed'),
  });
  const shutDown = async () => {
    await app.close();
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
  process.stdout.write(`Tandem is running at http://localhost:${config.port} (${runtime.handle.engine === 'pglite' ? `embedded database in ${config.dataDir}` : 'PostgreSQL'})\n`);
}
