import { readFileSync } from 'node:fs';
import { createSecretBox } from '../../src/domain/accounts/secret-box';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, inject } from 'vitest';
import type { Actor } from '../../src/domain/accounts/actor';
import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS } from '../../src/domain/feedback/alert-thresholds';
import { createAnalyticsReader } from '../../src/analytics/analytics-reader';
import { createArgon2Hasher } from '../../src/services/accounts/argon2-password-hasher';
import { SESSION_IDLE_MINUTES } from '../../src/services/accounts/session-tokens';
import type { Repositories, ServiceDeps } from '../../src/services/ports';
import { sealAllAuditEvents } from '../../src/storage/audit-sequencer';
import { openDatabase, type DatabaseHandle } from '../../src/storage/database';
import { createRepositories, createUnitOfWork } from '../../src/storage/unit-of-work';
import { adminQuery, withDatabase } from './global-setup';

export interface TestDatabase {
  handle: DatabaseHandle;
  engine: 'pglite' | 'postgres';
  deps: ServiceDeps;
  /** Repositories outside any transaction, for factories and assertions. */
  repositories: Repositories;
  /** Seals every audit event written so far, as a running server's sequencer would. */
  sealAudit(): Promise<void>;
  /** Moves the clock the services see. */
  setNow(at: Date): void;
  close(): Promise<void>;
}

/** The instant tests run at unless they move the clock: a fixed date keeps results repeatable. */
export const TEST_NOW = new Date('2026-06-15T10:00:00Z');

/**
 * A freshly migrated database for one test file: PGlite restored from the run's template, or a
 * PostgreSQL database copied from the template when TANDEM_TEST_DATABASE_URL is set.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const postgres = inject('postgresTemplate');
  let handle: DatabaseHandle;
  let dropDatabase = async () => undefined as void;
  if (postgres) {
    const name = `tandem_test_${randomBytes(6).toString('hex')}`;
    await adminQuery(postgres.adminUrl, `create database ${name} template ${postgres.templateName}`);
    handle = await openDatabase({ engine: 'postgres', url: withDatabase(postgres.adminUrl, name), poolSize: 4 });
    dropDatabase = () => adminQuery(postgres.adminUrl, `drop database if exists ${name}`);
  } else {
    const snapshot = new Blob([readFileSync(inject('pgliteTemplatePath'))]);
    handle = await openDatabase({ engine: 'pglite-memory', snapshot });
  }
  let now = new Date(TEST_NOW);
  // Split into small slices even here, so that tests exercise the split; never cached, so tests see what they wrote.
  const deps = testServiceDeps(handle, () => new Date(now), { parallelism: 2, peoplePerQuery: 3 });

  return {
    handle,
    engine: handle.engine,
    deps,
    repositories: createRepositories(handle.db),
    sealAudit: async () => {
      await sealAllAuditEvents(handle.db);
    },
    setNow: (at) => {
      now = new Date(at);
    },
    close: async () => {
      await handle.close();
      await dropDatabase();
    },
  };
}

/**
 * A fresh test database for one test file: opened before the file's tests, handed to `opened`, and
 * closed after them.
 *
 * @example
 * let t: TestDatabase;
 * useTestDatabase((opened) => (t = opened));
 */
export function useTestDatabase(opened: (t: TestDatabase) => unknown): void {
  let t: TestDatabase | undefined;
  beforeAll(async () => {
    t = await createTestDatabase();
    await opened(t);
  });
  afterAll(async () => {
    await t?.close();
  });
}

export type { Actor };

/**
 * The services' dependencies over a test database, as the runtime wires them but with a cheap
 * password hash and an analytics reader that never caches.
 */
export function testServiceDeps(
  handle: DatabaseHandle,
  now: () => Date = () => new Date(TEST_NOW),
  analytics: { parallelism: number; peoplePerQuery?: number } = { parallelism: 1 },
): ServiceDeps {
  return {
    uow: createUnitOfWork(handle.db),
    passwords: createArgon2Hasher('low'),
    now,
    analytics: createAnalyticsReader(handle.db, { ...analytics, cacheTtlMs: 0 }),
    feedbackAlertThresholds: DEFAULT_FEEDBACK_ALERT_THRESHOLDS,
    sessionIdleMinutes: SESSION_IDLE_MINUTES,
    localIdentifierScheme: 'nhs_number',
    emailEnabled: false,
    publicUrl: 'http://tandem.test',
    singleSignOn: null,
    secretBox: createSecretBox(TEST_SECRET_KEY),
  };
}

/** The key tests seal secrets under (TANDEM_SECRET_KEY in production). */
export const TEST_SECRET_KEY = Buffer.alloc(32, 0x5a);
