import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { buildTestApp, signInAs } from '../../../test/support/http-client';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { signCarePlan } from '../../services/care-plan/sign-care-plan';
import { joinCollege } from '../../services/college/register-student';
import { createEmployer } from '../../services/ips/employers';
import { recordJob } from '../../services/ips/record-job';

let t: TestDatabase;
let app: FastifyInstance;
let baseUrl: string;
useTestDatabase((opened) => (t = opened));
beforeAll(async () => {
  // Compiling the R4 schema takes seconds; done first, so no pause between requests outlasts the
  // server's keep-alive and resets the client's connection.
  fhirSchemaErrors({ resourceType: 'Patient' });
  app = await buildTestApp(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/fhir/R4`;
}, 120_000);
afterAll(() => app.close());

type Resource = { resourceType: string; id: string; meta?: { versionId?: string } };
type Bundle = { resourceType: 'Bundle'; type: string; entry: { resource: Resource }[] };

describe('the FHIR API’s later records driven by a FHIR client library over HTTP', () => {
  it('reads the positive risk-taking plan, its history, IPS jobs and college enrolments as a client would', async () => {
    const f = createCollegeFixtures(t);
    const world = await f.careTeamWorld();
    const personId = world.person.id;
    const save = (kind: DocumentKind, sectionKey: string, text: string) =>
      saveCarePlanSection(t.deps, { personId, kind, sectionKey, text, baseVersion: 0 }, world.personActor);
    const agree = async (version: number) => {
      await signCarePlan(t.deps, { personId, kind: 'positive_risk_plan', version }, world.personActor);
      await signCarePlan(t.deps, { personId, kind: 'positive_risk_plan', version }, world.coordinatorActor);
    };
    await save('positive_risk_plan', 'what_i_want_to_do', 'Cycle to work.');
    await agree(1);
    await save('positive_risk_plan', 'what_would_help', 'A helmet and a route planned together.');
    await agree(2);
    const employer = await createEmployer(
      t.deps,
      { name: 'Bike Hub', sector: 'Retail', town: 'York' },
      world.coordinatorActor,
    );
    for (const [title, startsOn] of [
      ['Bike mechanic', '2026-02-02'],
      ['Shop assistant', '2026-04-06'],
    ] as const) {
      await recordJob(
        t.deps,
        {
          personId,
          employerId: employer.id,
          kind: 'job',
          title,
          startsOn,
          hoursPerWeek: 15,
          hourlyPayPence: 1250,
          isCompetitive: true,
        },
        world.coordinatorActor,
      );
    }
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    await joinCollege(t.deps, { name: 'Sam', email: 'sam@example.org', kind: 'service_user' }, world.personActor);
    const person = await signInAs(app, world.personActor.username);
    expect(
      (await person.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` })).statusCode,
    ).toBe(201);

    const client = new Client({ baseUrl, customHeaders: { cookie: person.cookie } });
    const id = `positive-risk-plan-${personId}`;
    const plan = (await client.read({ resourceType: 'CarePlan', id })) as unknown as Resource;
    expect(plan.meta?.versionId).toBe('2');
    const history = (await client.history({ resourceType: 'CarePlan', id })) as unknown as Bundle;
    expect(history.type).toBe('history');
    expect(history.entry.map((e) => e.resource.meta?.versionId)).toEqual(['2', '1']);

    const jobs: string[] = [];
    let page: Bundle | undefined = (await client.search({
      resourceType: 'Observation',
      searchParams: { patient: `Patient/${personId}`, date: 'ge2026-01-01', _count: 1 },
    })) as unknown as Bundle;
    while (page) {
      expect(fhirSchemaErrors(page)).toEqual([]);
      jobs.push(...page.entry.map((e) => e.resource.id));
      page = (await client.nextPage({ bundle: page as never })) as unknown as Bundle | undefined;
    }
    expect(jobs).toHaveLength(2);
    const job = (await client.read({ resourceType: 'Observation', id: jobs[0]! })) as unknown as Resource;
    expect(job.resourceType).toBe('Observation');

    const enrolments = (await client.search({
      resourceType: 'EpisodeOfCare',
      searchParams: { patient: personId, status: 'planned' },
    })) as unknown as Bundle;
    expect(enrolments.entry).toHaveLength(1);
    const enrolment = (await client.read({
      resourceType: 'EpisodeOfCare',
      id: enrolments.entry[0]!.resource.id,
    })) as unknown as Resource;
    for (const resource of [plan, history, job, enrolments, enrolment]) {
      expect(fhirSchemaErrors(resource)).toEqual([]);
    }
  });

  it('gives a stranger’s client an OperationOutcome for each of them', async () => {
    const world = await createCollegeFixtures(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const client = new Client({ baseUrl, customHeaders: { cookie: stranger.cookie } });
    const personId = world.person.id;
    for (const request of [
      () => client.history({ resourceType: 'CarePlan', id: `risk-formulation-${personId}` }),
      () => client.search({ resourceType: 'Observation', searchParams: { patient: personId } }),
      () => client.search({ resourceType: 'EpisodeOfCare', searchParams: { patient: personId } }),
    ]) {
      const refused = await request().catch((error: unknown) => error);
      expect(refused).toMatchObject({ response: { status: 403, data: { resourceType: 'OperationOutcome' } } });
    }
  });
});
