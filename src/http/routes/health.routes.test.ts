import type { FastifyInstance } from 'fastify';
import { createSecretBox } from '../../domain/accounts/secret-box';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../../test/support/http-client';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { feedbackAlertThresholds } from '../../domain/feedback/alert-thresholds';
import type { ServiceDeps } from '../../services/ports';
import { buildApp } from '../build-app';

const noDatabase = (): never => {
  throw new Error('the database was touched');
};
/** Services whose every database access fails, so any use of them shows. */
const servicesWithoutDatabase: ServiceDeps = {
  uow: { run: noDatabase, read: noDatabase },
  passwords: { hash: noDatabase, verify: noDatabase } as unknown as ServiceDeps['passwords'],
  now: () => new Date(),
  analytics: new Proxy({}, { get: noDatabase }) as ServiceDeps['analytics'],
  feedbackAlertThresholds: feedbackAlertThresholds(),
  sessionIdleMinutes: 30,
  localIdentifierScheme: 'nhs_number',
  emailEnabled: false,
  publicUrl: 'http://tandem.test',
  singleSignOn: null,
  secretBox: createSecretBox(Buffer.alloc(32)),
};

describe('health checks', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildApp({
      services: servicesWithoutDatabase,
      engine: 'postgres',
      version: '1.2.3',
      webRoot: null,
      isDatabaseReady: () => Promise.reject(new Error('down')),
    });
  });
  afterAll(() => app.close());

  it('answers /health without the database or the session, even with a session cookie', async () => {
    const response = await app.inject({
      method: 'GET',
      url: '/api/v1/health',
      headers: { cookie: 'tandem_session=some-token' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: 'postgres', version: '1.2.3' });
  });

  it('reports not ready with 503 when the database does not answer', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'database_unavailable', database: 'postgres' });
  });
});

describe('readiness over a real database', () => {
  let t: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    t = await createTestDatabase();
    app = await buildTestApp(t);
  });
  afterAll(async () => {
    await app.close();
    await t.close();
  });

  it('is ready when the database answers', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/health/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', database: t.engine });
  });
});
