import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };

async function get(client: SignedInClient | null, url: string, headers: Record<string, string> = {}) {
  const response = client
    ? await client.request({ method: 'GET', url, headers })
    : await app.inject({ method: 'GET', url, headers });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, type: response.headers['content-type'], body, text: response.body };
}

async function worldWithContacts() {
  const world = await createFactories(t).careTeamWorld();
  const coordinator = await signInAs(app, world.coordinatorActor.username);
  for (const occurredAt of ['2026-03-10T09:00:00Z', '2026-04-12T14:30:00Z', '2026-05-20T10:00:00Z']) {
    const created = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/contacts`,
      payload: { durationMinutes: 45, mode: 'home', kind: 'meeting', occurredAt, note: 'Talked about the allotment' },
    });
    expect(created.statusCode).toBe(201);
  }
  return { world, coordinator };
}

describe('FHIR R4 API', () => {
  it('states what it serves in a CapabilityStatement, without signing in', async () => {
    const { status, type, body } = await get(null, '/fhir/R4/metadata');
    expect(status).toBe(200);
    expect(type).toContain('application/fhir+json');
    expect(body).toMatchObject({ resourceType: 'CapabilityStatement', fhirVersion: '4.0.1', kind: 'instance' });
    const types = (body.rest as { resource: { type: string }[] }[])[0]!.resource.map((r) => r.type);
    expect(types.slice(0, 6)).toEqual([
      'Patient',
      'CareTeam',
      'Encounter',
      'Practitioner',
      'AuditEvent',
      'Questionnaire',
    ]);
  });

  it('reads a person as a Patient for their care team, and records the read in their audit trail', async () => {
    const { world, coordinator } = await worldWithContacts();
    const { status, body } = await get(coordinator, `/fhir/R4/Patient/${world.person.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      resourceType: 'Patient',
      id: world.person.id,
      active: true,
      name: [{ use: 'official', text: 'Sam Taylor' }],
      meta: { versionId: '1' },
    });
    const events = await t.repositories.audit.listForPerson(world.person.id, { limit: 50 });
    expect(
      events.filter((e) => e.action === 'person.read' && e.accountId === world.coordinatorActor.accountId),
    ).toHaveLength(1);

    const search = await get(coordinator, `/fhir/R4/Patient?_id=${world.person.id}`);
    expect(search.body).toMatchObject({
      resourceType: 'Bundle',
      type: 'searchset',
      entry: [{ resource: { id: world.person.id } }],
    });
  });

  it('answers a stranger, someone signed out, an unknown id and an unknown resource with an OperationOutcome and no data', async () => {
    const { world } = await worldWithContacts();
    const stranger = await signInAs(app, world.strangerActor.username);
    for (const url of [
      `/fhir/R4/Patient/${world.person.id}`,
      `/fhir/R4/CareTeam?patient=Patient/${world.person.id}`,
      `/fhir/R4/Encounter?patient=${world.person.id}`,
    ]) {
      const refused = await get(stranger, url);
      expect(refused.status).toBe(403);
      expect(refused.body.resourceType).toBe('OperationOutcome');
      expect(refused.text).not.toContain('Sam Taylor');
      expect(refused.text).not.toContain('allotment');
      const signedOut = await get(null, url);
      expect(signedOut.status).toBe(401);
      expect(signedOut.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'login' }] });
    }
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    expect((await get(coordinator, '/fhir/R4/Patient/not-an-id')).status).toBe(404);
    expect((await get(coordinator, '/fhir/R4/Patient/0190c0de-0000-7000-8000-000000000000')).status).toBe(404);
    const unknown = await get(coordinator, '/fhir/R4/Condition?patient=x');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ issue: [{ code: 'not-supported' }] });
  });

  it('gives the care team with every membership, and nothing of it to a carer the person has not shared it with', async () => {
    const { world, coordinator } = await worldWithContacts();
    const { body } = await get(coordinator, `/fhir/R4/CareTeam?patient=Patient/${world.person.id}`);
    expect(body).toMatchObject({
      entry: [
        {
          resource: {
            resourceType: 'CareTeam',
            status: 'active',
            subject: { reference: `Patient/${world.person.id}` },
            participant: [
              {
                member: { reference: `Practitioner/${world.coordinator.id}`, display: 'Alex Morgan' },
                role: [{ text: 'Care coordinator' }],
                period: { start: '2025-01-01' },
              },
            ],
          },
        },
      ],
    });
    const factories = createFactories(t);
    const withScope = await factories.account('carer', {
      carerId: await factories.carerFor(world.person.id, ['care_team']),
    });
    const without = await factories.account('carer', { carerId: await factories.carerFor(world.person.id, []) });
    const shared = await get(await signInAs(app, withScope.username), `/fhir/R4/CareTeam?patient=${world.person.id}`);
    expect(shared.body.entry).toHaveLength(1);
    const notShared = await get(await signInAs(app, without.username), `/fhir/R4/CareTeam?patient=${world.person.id}`);
    expect(notShared.status).toBe(200);
    expect(notShared.body.entry).toEqual([]);
    expect((await get(await signInAs(app, without.username), `/fhir/R4/CareTeam/${world.person.id}`)).status).toBe(404);
  });

  it('pages contacts as Encounters, newest first, by _count with a next link, within a date range', async () => {
    const { world, coordinator } = await worldWithContacts();
    const first = await get(coordinator, `/fhir/R4/Encounter?patient=${world.person.id}&_count=2`);
    const entries = (b: Json) =>
      (b.entry as { resource: { period: { start: string } } }[]).map((e) => e.resource.period.start);
    expect(entries(first.body)).toEqual(['2026-05-20T10:00:00.000Z', '2026-04-12T14:30:00.000Z']);
    expect(first.text).not.toContain('allotment');
    const next = (first.body.link as { relation: string; url: string }[]).find((l) => l.relation === 'next')!;
    const second = await get(coordinator, new URL(next.url).pathname + new URL(next.url).search);
    expect(entries(second.body)).toEqual(['2026-03-10T09:00:00.000Z']);
    expect((second.body.link as { relation: string }[]).map((l) => l.relation)).toEqual(['self']);

    const april = await get(
      coordinator,
      `/fhir/R4/Encounter?subject=Patient/${world.person.id}&date=ge2026-04&date=lt2026-05`,
    );
    expect(entries(april.body)).toEqual(['2026-04-12T14:30:00.000Z']);
    const fromApril = await get(
      coordinator,
      `/fhir/R4/Encounter?patient=${world.person.id}&date=gt2026-04-12T14:30:00Z`,
    );
    expect(entries(fromApril.body)).toEqual(['2026-05-20T10:00:00.000Z']);
    const day = await get(coordinator, `/fhir/R4/Encounter?patient=${world.person.id}&date=2026-03-10`);
    expect(entries(day.body)).toEqual(['2026-03-10T09:00:00.000Z']);
  });

  it('refuses malformed searches with 400, and ignores unknown parameters only when asked to be lenient', async () => {
    const { world, coordinator } = await worldWithContacts();
    const base = `/fhir/R4/Encounter?patient=${world.person.id}`;
    for (const [query, message] of [
      ['&date=yesterday', 'not a date search'],
      ['&date=ge2026-02-30', 'not a real date'],
      ['&_count=lots', '_count must be a whole number'],
      ['&colour=blue', 'colour is not supported'],
      ['&_format=xml', 'Only JSON'],
      ['&_cursor=bm9wZQ', 'page link is not valid'],
    ] as const) {
      const refused = await get(coordinator, base + query);
      expect(refused.status, query).toBe(400);
      expect(refused.body).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
      expect(refused.text).toContain(message);
    }
    expect((await get(coordinator, '/fhir/R4/Encounter')).status).toBe(400);
    const lenient = await get(coordinator, `${base}&colour=blue`, { prefer: 'handling=lenient' });
    expect(lenient.status).toBe(200);
    expect(lenient.body.entry).toHaveLength(3);
    const huge = await get(coordinator, `${base}&_count=999999`);
    expect(huge.status).toBe(200);
  });

  it('includes the care team’s practitioners when asked, once each, and refuses other includes', async () => {
    const { world, coordinator } = await worldWithContacts();
    const { body } = await get(
      coordinator,
      `/fhir/R4/CareTeam?patient=${world.person.id}&_include=CareTeam:participant`,
    );
    const entries = body.entry as { resource: { resourceType: string; id: string }; search: { mode: string } }[];
    expect(entries.map((e) => [e.resource.resourceType, e.search.mode])).toEqual([
      ['CareTeam', 'match'],
      ['Practitioner', 'include'],
    ]);
    expect(entries[1]!.resource).toMatchObject({ id: world.coordinator.id, name: [{ text: 'Alex Morgan' }] });
    const refused = await get(coordinator, `/fhir/R4/CareTeam?patient=${world.person.id}&_include=CareTeam:subject`);
    expect(refused.status).toBe(400);
  });

  it('shows who opened the record as AuditEvents to the person, and to nobody else', async () => {
    const { world, coordinator } = await worldWithContacts();
    await get(coordinator, `/fhir/R4/Patient/${world.person.id}`);
    const person = await signInAs(app, world.personActor.username);
    const { status, body } = await get(person, `/fhir/R4/AuditEvent?patient=${world.person.id}`);
    expect(status).toBe(200);
    const events = (
      body.entry as { resource: { agent: { who: { display: string } }[]; entity: { description: string }[] } }[]
    ).map((e) => e.resource);
    expect(events.map((e) => e.agent[0]!.who.display)).toContain('Alex Morgan');
    expect(events.every((e) => e.entity[0]!.description.length > 0)).toBe(true);
    expect((await get(coordinator, `/fhir/R4/AuditEvent?patient=${world.person.id}`)).status).toBe(403);
  });

  it('serves the instruments as Questionnaires, by id and by canonical URL', async () => {
    const { coordinator } = await worldWithContacts();
    const all = await get(coordinator, '/fhir/R4/Questionnaire');
    const questionnaires = (all.body.entry as { resource: { id: string; url: string } }[]).map((e) => e.resource);
    expect(questionnaires.length).toBeGreaterThan(0);
    const first = questionnaires[0]!;
    expect((await get(coordinator, `/fhir/R4/Questionnaire/${first.id}`)).body).toMatchObject({ id: first.id });
    const byUrl = await get(coordinator, `/fhir/R4/Questionnaire?url=${encodeURIComponent(first.url)}`);
    expect((byUrl.body.entry as unknown[]).length).toBe(1);
    expect((await get(coordinator, '/fhir/R4/Questionnaire/no-such-instrument')).status).toBe(404);
  });

  it('reads a member of staff as a Practitioner for staff, and not for people or carers', async () => {
    const { world, coordinator } = await worldWithContacts();
    const { status, body } = await get(coordinator, `/fhir/R4/Practitioner/${world.stranger.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ resourceType: 'Practitioner', active: true, name: [{ text: 'Jo Stranger' }] });
    const person = await signInAs(app, world.personActor.username);
    expect((await get(person, `/fhir/R4/Practitioner/${world.coordinator.id}`)).status).toBe(403);
    expect((await get(coordinator, '/fhir/R4/Practitioner/0190c0de-0000-7000-8000-000000000000')).status).toBe(404);
  });

  it('finds people by NHS number or name, returning only those the account may open', async () => {
    const factories = createFactories(t);
    const { world, coordinator } = await worldWithContacts();
    const mine = await factories.person({ teamId: world.team.id, name: 'Rowan Ashby', localIdentifier: '9434765919' });
    await factories.membership(mine.id, world.coordinator.id);
    const notMine = await factories.person({ name: 'Rowan Ashby-Clarke' });

    const byNumber = await get(coordinator, '/fhir/R4/Patient?identifier=https://fhir.nhs.uk/Id/nhs-number|9434765919');
    expect(byNumber.body.entry).toMatchObject([
      { resource: { id: mine.id, identifier: [{ system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9434765919' }] } },
    ]);
    const byName = await get(coordinator, '/fhir/R4/Patient?name=Rowan');
    const ids = (byName.body.entry as { resource: { id: string } }[]).map((e) => e.resource.id);
    expect(ids).toEqual([mine.id]);
    expect(byName.text).not.toContain(notMine.id);
    expect((await get(coordinator, '/fhir/R4/Patient?identifier=http://other.example|123')).status).toBe(400);
    expect((await get(coordinator, '/fhir/R4/Patient?name=Rowan&_id=' + mine.id)).status).toBe(400);
    const person = await signInAs(app, world.personActor.username);
    expect((await get(person, '/fhir/R4/Patient?name=Rowan')).status).toBe(403);
  });
});
