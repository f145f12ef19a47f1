import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../test/support/factories';
import { signInAs, useTestApp } from '../../test/support/http-client';
import type { TestDatabase } from '../../test/support/test-database';
import { buildApp } from './build-app';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const HOST = 'tandem.example.org';
const contact = { durationMinutes: 20, mode: 'phone', kind: 'brief_contact' };

async function coordinatorClient(on: FastifyInstance) {
  const world = await createFactories(t).careTeamWorld();
  const client = await signInAs(on, world.coordinatorActor.username);
  return { world, client, contacts: `/api/v1/people/${world.person.id}/contacts` };
}

describe('changes from another website', () => {
  it('refuses a change with a valid CSRF token whose Origin is another site, and saves nothing', async () => {
    const { client, contacts } = await coordinatorClient(app);
    const response = await client.request({
      method: 'POST',
      url: contacts,
      payload: contact,
      headers: { host: HOST, origin: 'https://evil.example.com' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.message).toMatch(/another website/);
    expect((await client.request({ method: 'GET', url: contacts })).json().contacts).toEqual([]);
  });

  it('refuses by Referer when there is no Origin, and an opaque Origin', async () => {
    const { client, contacts } = await coordinatorClient(app);
    const byReferer = await client.request({
      method: 'POST',
      url: contacts,
      payload: contact,
      headers: { host: HOST, referer: 'https://evil.example.com/page' },
    });
    expect(byReferer.statusCode).toBe(403);
    const opaque = await client.request({
      method: 'POST',
      url: contacts,
      payload: contact,
      headers: { host: HOST, origin: 'null' },
    });
    expect(opaque.statusCode).toBe(403);
  });

  it('refuses a sign-in posted from another site', async () => {
    const world = await createFactories(t).careTeamWorld();
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { host: HOST, origin: 'https://evil.example.com' },
      payload: { username: world.coordinatorActor.username, password: 'correct horse battery' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('accepts a change from Tandem’s own origin, by Origin or by Referer, and reads from anywhere', async () => {
    const { client, contacts } = await coordinatorClient(app);
    const own = await client.request({
      method: 'POST',
      url: contacts,
      payload: contact,
      headers: { host: HOST, origin: `https://${HOST}` },
    });
    expect(own.statusCode).toBe(201);
    const byReferer = await client.request({
      method: 'POST',
      url: contacts,
      payload: contact,
      headers: { host: HOST, referer: `https://${HOST}/people/x` },
    });
    expect(byReferer.statusCode).toBe(201);
    const read = await client.request({
      method: 'GET',
      url: contacts,
      headers: { host: HOST, origin: 'https://elsewhere.example.com' },
    });
    expect(read.statusCode).toBe(200);
  });

  describe('behind a proxy that rewrites Host', () => {
    let proxied: FastifyInstance;
    beforeAll(async () => {
      proxied = await buildApp({
        services: t.deps,
        engine: t.engine,
        version: 'test',
        webRoot: null,
        allowedOrigins: [`https://${HOST}`],
      });
    });
    afterAll(() => proxied.close());

    it('accepts only the configured origins', async () => {
      const { client, contacts } = await coordinatorClient(proxied);
      const headers = { host: '10.0.0.5:3000' };
      expect(
        (
          await client.request({
            method: 'POST',
            url: contacts,
            payload: contact,
            headers: { ...headers, origin: `https://${HOST}` },
          })
        ).statusCode,
      ).toBe(201);
      expect(
        (
          await client.request({
            method: 'POST',
            url: contacts,
            payload: contact,
            headers: { ...headers, origin: 'http://10.0.0.5:3000' },
          })
        ).statusCode,
      ).toBe(403);
    });
  });
});

describe('caching of personal data', () => {
  it('tells browsers and proxies to keep no copy of a person’s record, contacts, plan or errors', async () => {
    const { world, client, contacts } = await coordinatorClient(app);
    const urls = [
      `/api/v1/people/${world.person.id}`,
      contacts,
      `/api/v1/people/${world.person.id}/care-plan`,
      '/api/v1/caseload',
      '/api/v1/me',
      `/api/v1/people/${world.person.id}/access-log`,
    ];
    for (const url of urls) {
      const response = await client.request({ method: 'GET', url });
      expect(response.headers['cache-control'], url).toBe('no-store');
    }
    const created = await client.request({ method: 'POST', url: contacts, payload: contact });
    expect(created.headers['cache-control']).toBe('no-store');
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      payload: { username: world.personActor.username, password: 'correct horse battery' },
    });
    expect(signIn.headers['cache-control']).toBe('no-store');
  });
});
