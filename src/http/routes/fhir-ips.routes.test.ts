import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { ipsJobId } from '../../fhir/ips-resources';
import { createEmployer } from '../../services/ips/employers';
import { recordJob } from '../../services/ips/record-job';
import { updateJob } from '../../services/ips/update-job';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };
type Observation = Json & {
  id: string;
  status: string;
  valueCodeableConcept: { text: string };
  effectivePeriod: { start: string; end?: string };
  component: { code: { coding: { code: string }[] }; valueQuantity?: { value: number }; valueBoolean?: boolean }[];
};
type Bundle = Json & { entry: { resource: Observation }[]; link: { relation: string; url: string }[] };

async function get(client: SignedInClient, url: string) {
  const response = await client.request({ method: 'GET', url });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, body, text: response.body };
}

/** A paid job that ended, a current one changed since it was recorded, and a college course. */
async function ipsWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const personId = world.person.id;
  const by = world.coordinatorActor;
  const employer = await createEmployer(t.deps, { name: 'Green Spaces', sector: 'Gardening', town: 'Leeds' }, by);
  const base = { personId, employerId: employer.id, isCompetitive: true };
  const ended = await recordJob(
    t.deps,
    {
      ...base,
      kind: 'job',
      title: 'Gardener',
      startsOn: '2025-09-01',
      endsOn: '2026-02-27',
      hoursPerWeek: 16,
      hourlyPayPence: 1260,
      endReason: 'contract_ended',
    },
    by,
  );
  const current = await recordJob(
    t.deps,
    { ...base, kind: 'job', title: 'Café assistant', startsOn: '2026-03-02', hoursPerWeek: 12, hourlyPayPence: 1200 },
    by,
  );
  await updateJob(
    t.deps,
    {
      ...base,
      jobId: current.id,
      baseRevision: 1,
      kind: 'job',
      title: 'Café assistant',
      startsOn: '2026-03-02',
      hoursPerWeek: 20,
      hourlyPayPence: 1200,
    },
    by,
  );
  const course = await recordJob(
    t.deps,
    { ...base, kind: 'education', title: 'Horticulture level 2', startsOn: '2026-01-12', isCompetitive: false },
    by,
  );
  return { f, world, personId, ended, current, course };
}

describe('FHIR Observations of IPS jobs, education and training', () => {
  it('serves each job as an Observation with its period, hours, pay and whether it is competitive, searchable by date, status and code', async () => {
    const { world, personId, ended, current, course } = await ipsWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const search = async (query: string) =>
      ((await get(coordinator, `/fhir/R4/Observation?patient=Patient/${personId}&${query}`)).body as Bundle).entry.map(
        (e) => e.resource.valueCodeableConcept.text,
      );
    expect(await search('')).toEqual(['Café assistant', 'Horticulture level 2', 'Gardener']);
    expect(await search('date=ge2026-03-01')).toEqual(['Café assistant', 'Horticulture level 2']);
    expect(await search('date=lt2026-01-01')).toEqual(['Gardener']);
    expect(await search('date=ge2025-10&date=lt2025-11')).toEqual(['Gardener']);
    expect(await search('status=amended')).toEqual(['Café assistant']);
    expect(await search('code=education')).toEqual(['Horticulture level 2']);
    expect(await search('code=http://loinc.org|11341-5')).toEqual(['Café assistant', 'Gardener']);
    expect(await search(`_id=${ipsJobId(personId, course.id)}`)).toEqual(['Horticulture level 2']);

    const read = await get(coordinator, `/fhir/R4/Observation/${ipsJobId(personId, ended.id)}`);
    expect(read.status).toBe(200);
    const observation = read.body as Observation;
    expect(observation).toMatchObject({
      status: 'final',
      subject: { reference: `Patient/${personId}` },
      effectivePeriod: { start: '2025-09-01', end: '2026-02-27' },
      code: { coding: [{ system: 'http://loinc.org', code: '11341-5' }, { code: 'paid-job' }] },
    });
    const component = (code: string) => observation.component.find((c) => c.code.coding[0]?.code === code);
    expect(component('hours-per-week')?.valueQuantity?.value).toBe(16);
    expect(component('hourly-pay')?.valueQuantity?.value).toBe(12.6);
    expect(component('competitive')?.valueBoolean).toBe(true);
    expect(component('end-reason')).toBeDefined();
    const amended = (await get(coordinator, `/fhir/R4/Observation/${ipsJobId(personId, current.id)}`))
      .body as Observation;
    expect(amended).toMatchObject({ status: 'amended', meta: { versionId: '2' } });
    expect(amended.effectivePeriod.end).toBeUndefined();

    const reads = (await t.repositories.audit.listForPerson(personId, { limit: 100 })).filter(
      (e) => e.action === 'ips.read' && e.accountId === world.coordinatorActor.accountId,
    );
    expect(reads).toHaveLength(10);
  });

  it('pages with _count and next links until every job has been seen once', async () => {
    const { world, personId } = await ipsWorld();
    const person = await signInAs(app, world.personActor.username);
    const seen: string[] = [];
    let url: string | undefined = `/fhir/R4/Observation?subject=${personId}&_count=1`;
    while (url) {
      const page = (await get(person, url)).body as Bundle;
      seen.push(...page.entry.map((e) => e.resource.id));
      const next = page.link.find((l) => l.relation === 'next')?.url;
      url = next?.slice(next.indexOf('/fhir/R4'));
    }
    expect(seen).toHaveLength(3);
    expect(new Set(seen).size).toBe(3);
    const readsBefore = (await t.repositories.audit.listForPerson(personId, { limit: 100 })).length;
    expect((await get(person, `/fhir/R4/Observation?subject=${personId}&_cursor=nonsense`)).status).toBe(400);
    expect(await t.repositories.audit.listForPerson(personId, { limit: 100 })).toHaveLength(readsBefore);
  });

  it('carries when each job last changed as meta.lastUpdated and finds only the changed one with _lastUpdated=gt', async () => {
    const { world, personId, ended, current, course } = await ipsWorld();
    const by = world.coordinatorActor;
    const recorded = t.deps.now();
    const changedAt = new Date(recorded.getTime() + 10 * 60_000);
    t.setNow(changedAt);
    await updateJob(
      t.deps,
      {
        personId,
        jobId: course.id,
        baseRevision: 1,
        employerId: course.employerId,
        isCompetitive: false,
        kind: 'education',
        title: 'Horticulture level 3',
        startsOn: '2026-01-12',
      },
      by,
    );
    const coordinator = await signInAs(app, by.username);
    const lastUpdated = async (jobId: string) =>
      (
        (await get(coordinator, `/fhir/R4/Observation/${ipsJobId(personId, jobId)}`)).body as Observation & {
          meta: { lastUpdated: string };
        }
      ).meta.lastUpdated;
    expect(await lastUpdated(course.id)).toBe(changedAt.toISOString());
    expect(await lastUpdated(ended.id)).toBe(recorded.toISOString());
    expect(await lastUpdated(current.id)).toBe(recorded.toISOString());

    const search = async (query: string) => {
      const found = await get(coordinator, `/fhir/R4/Observation?patient=Patient/${personId}&${query}`);
      expect(found.status).toBe(200);
      return (found.body as Bundle).entry.map((e) => e.resource.valueCodeableConcept.text);
    };
    expect(await search(`_lastUpdated=gt${recorded.toISOString()}`)).toEqual(['Horticulture level 3']);
    expect(await search(`_lastUpdated=le${recorded.toISOString()}`)).toEqual(['Café assistant', 'Gardener']);
    expect(await search(`_lastUpdated=ge${changedAt.toISOString().slice(0, 10)}`)).toHaveLength(3);
    expect(await search('_lastUpdated=lt2000-01-01')).toEqual([]);
    expect((await get(coordinator, `/fhir/R4/Observation?patient=${personId}&_lastUpdated=soon`)).status).toBe(400);
  });

  it('shows jobs to a carer only with IPS shared, and nothing to a stranger or another person’s care team', async () => {
    const { f, world, personId, ended } = await ipsWorld();
    const id = ipsJobId(personId, ended.id);
    const withIps = await f.account('carer', { carerId: await f.carerFor(personId, ['ips']) });
    const carer = await signInAs(app, withIps.username);
    expect((await get(carer, `/fhir/R4/Observation/${id}`)).status).toBe(200);

    const withoutIps = await f.account('carer', {
      carerId: await f.carerFor(personId, ['care_team', 'contacts', 'care_plan', 'messages', 'safety_plan']),
    });
    for (const username of [withoutIps.username, world.strangerActor.username]) {
      const client = await signInAs(app, username);
      for (const url of [`/fhir/R4/Observation/${id}`, `/fhir/R4/Observation?patient=${personId}`]) {
        const refused = await get(client, url);
        expect(refused.status, url).toBe(403);
        expect(refused.text).not.toContain('Gardener');
      }
    }

    // Another person's care team, with this job's id under their own person: not found, nothing shown.
    const other = await f.careTeamWorld();
    const otherTeam = await signInAs(app, other.coordinatorActor.username);
    const disguised = await get(otherTeam, `/fhir/R4/Observation/${ipsJobId(other.person.id, ended.id)}`);
    expect(disguised.status).toBe(404);
    expect(disguised.text).not.toContain('Gardener');
    expect((await get(otherTeam, `/fhir/R4/Observation/not-a-job`)).status).toBe(404);
    expect((await get(otherTeam, `/fhir/R4/Observation`)).status).toBe(400);
    expect((await get(otherTeam, `/fhir/R4/Observation?patient=${personId}&code=other|x`)).status).toBe(400);
    expect((await get(otherTeam, `/fhir/R4/Observation?patient=${personId}&date=2026-13`)).status).toBe(400);
  });
});
