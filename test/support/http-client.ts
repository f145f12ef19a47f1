import { createFactories } from './factories';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/http/build-app';
import { afterAll, beforeAll } from 'vitest';
import { isDatabaseReady } from '../../src/storage/database';
import { createTestDatabase, type TestDatabase } from './test-database';

/** The HTTP app over a test database, with no web files. */
export function buildTestApp(t: TestDatabase): Promise<FastifyInstance> {
  return buildApp({
    services: t.deps,
    engine: t.engine,
    version: 'test',
    webRoot: null,
    isDatabaseReady: () => isDatabaseReady(t.handle),
  });
}

export interface SignedInClient {
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
  cookie: string;
  csrfToken: string;
}

/** Signs in through the API and returns a client that sends the cookie and CSRF token. */
export async function signInAs(
  app: FastifyInstance,
  username: string,
  password = 'correct horse battery',
): Promise<SignedInClient> {
  const response = await app.inject({ method: 'POST', url: '/api/v1/session', payload: { username, password } });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  const setCookie = response.cookies.find((c) => c.name === 'tandem_session');
  if (!setCookie) throw new Error('no session cookie');
  const cookie = `tandem_session=${setCookie.value}`;
  const csrfToken = (response.json() as { csrfToken: string }).csrfToken;
  return {
    cookie,
    csrfToken,
    request: (options) =>
      app.inject({ ...options, headers: { cookie, 'x-csrf-token': csrfToken, ...(options.headers ?? {}) } }),
  };
}

/**
 * A fresh test database and the HTTP app over it for one test file: opened before the file's
 * tests, handed to `opened`, and closed after them.
 *
 * @example
 * let t: TestDatabase;
 * let app: FastifyInstance;
 * useTestApp((opened) => ({ t, app } = opened));
 */
export function useTestApp(opened: (handles: { t: TestDatabase; app: FastifyInstance }) => void): void {
  let handles: { t: TestDatabase; app: FastifyInstance } | undefined;
  beforeAll(async () => {
    const t = await createTestDatabase();
    handles = { t, app: await buildTestApp(t) };
    opened(handles);
  });
  afterAll(async () => {
    await handles?.app.close();
    await handles?.t.close();
  });
}

/** A care team's world (see `careTeamWorld`) with the person, their care coordinator and a stranger signed in. */
export async function signedInCareTeamWorld(t: TestDatabase, app: FastifyInstance) {
  const world = await createFactories(t).careTeamWorld();
  return {
    ...world,
    asPerson: await signInAs(app, world.personActor.username),
    asCoordinator: await signInAs(app, world.coordinatorActor.username),
    asStranger: await signInAs(app, world.strangerActor.username),
  };
}
