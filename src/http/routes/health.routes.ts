import type { FastifyInstance } from 'fastify';
import type { HealthResponse, ReadinessResponse } from '../../shared/api/common.responses';

export interface HealthOptions {
  engine: 'pglite' | 'postgres';
  version: string;
  /** Answers whether the database takes queries; only the readiness check calls it. */
  isDatabaseReady: () => Promise<boolean>;
}

/**
 * Liveness and readiness for load balancers and orchestrators. `/health` answers from memory, with
 * no session and no database, so a busy or unreachable database never gets a healthy process
 * restarted; `/health/ready` asks the database, so traffic goes only where it can be served.
 * Registered outside the session hook on purpose.
 */
export function healthRoutes(options: HealthOptions) {
  const health: HealthResponse = { status: 'ok', database: options.engine, version: options.version };
  return async (app: FastifyInstance): Promise<void> => {
    app.get('/health', { schema: { tags: ['health'] } }, async () => health);
    app.get('/health/ready', { schema: { tags: ['health'] } }, async (_request, reply): Promise<ReadinessResponse> => {
      const isReady = await options.isDatabaseReady().catch(() => false);
      if (!isReady) reply.status(503);
      return { status: isReady ? 'ready' : 'database_unavailable', database: options.engine };
    });
  };
}
