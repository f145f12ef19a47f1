import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { PLAN_EXTENSIONS } from '../../fhir/care-plan-resources';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { signCarePlan } from '../../services/care-plan/sign-care-plan';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };
type Note = { text: string; extension: { url: string; valueBoolean?: boolean }[]; authorReference?: unknown };
type SearchBundle = Json & { entry: { resource: Json & { id: string }; search: { mode: string } }[] };

async function get(client: SignedInClient | null, url: string) {
  const response = client ? await client.request({ method: 'GET', url }) : await app.inject({ method: 'GET', url });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}

/** A care plan agreed at version 3 (the person's words, the team's words), then changed again at 4, not agreed. */
async function agreedPlanWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const personId = world.person.id;
  const save = (sectionKey: string, text: string, baseVersion: number, actor = world.personActor) =>
    saveCarePlanSection(t.deps, { personId, sectionKey, text, baseVersion }, actor);
  await save('about_me', 'I grow leeks on the allotment.', 0);
  await save('what_matters', 'Getting back to the allotment twice a week.', 0);
  await save('agreed_support', 'Alex phones on Mondays.', 0, world.coordinatorActor);
  await signCarePlan(t.deps, { personId, version: 3 }, world.personActor);
  await signCarePlan(t.deps, { personId, version: 3 }, world.coordinatorActor);
  await save('strengths', 'A draft not yet agreed.', 0);
  return { world, f, personId, planId: `care-plan-${personId}` };
}

describe('FHIR CarePlan, Provenance and Goal', () => {
  it('serves the latest agreed version with the person’s own words marked, its version in meta and ETag, and audits the read', async () => {
    const { world, personId, planId } = await agreedPlanWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const { status, headers, body, text } = await get(coordinator, `/fhir/R4/CarePlan/${planId}`);
    expect(status).toBe(200);
    expect(headers.etag).toBe('W/"3"');
    expect(body).toMatchObject({
      resourceType: 'CarePlan',
      id: planId,
      meta: { versionId: '3' },
      status: 'active',
      intent: 'plan',
      subject: { reference: `Patient/${personId}` },
      goal: [{ reference: `Goal/goal-${personId}` }],
    });
    expect(text).not.toContain('A draft not yet agreed');
    const notes = body.note as Note[];
    const ownWords = (note: Note) =>
      note.extension.find((e) => e.url === PLAN_EXTENSIONS.personsOwnWords)?.valueBoolean;
    expect(notes.map((n) => [n.text, ownWords(n)])).toEqual([
      ['I grow leeks on the allotment.', true],
      ['Getting back to the allotment twice a week.', true],
      ['Alex phones on Mondays.', false],
    ]);
    expect(notes[0]!.authorReference).toMatchObject({ reference: `Patient/${personId}` });
    const reads = (await t.repositories.audit.listForPerson(personId, { limit: 50 })).filter(
      (e) => e.action === 'care_plan.read' && e.accountId === world.coordinatorActor.accountId,
    );
    expect(reads).toHaveLength(1);
  });

  it('reads an agreed version by vread, and refuses versions that were never agreed', async () => {
    const { world, planId } = await agreedPlanWorld();
    const person = await signInAs(app, world.personActor.username);
    const three = await get(person, `/fhir/R4/CarePlan/${planId}/_history/3`);
    expect(three.status).toBe(200);
    expect(three.body).toMatchObject({ meta: { versionId: '3' } });
    for (const version of ['1', '4', '99', '0', 'x']) {
      const refused = await get(person, `/fhir/R4/CarePlan/${planId}/_history/${version}`);
      expect(refused.status).toBe(404);
      expect(refused.body.resourceType).toBe('OperationOutcome');
    }
  });

  it('searches a person’s plans with their signatures as Provenance, by category, status and _lastUpdated', async () => {
    const { world, personId, planId } = await agreedPlanWorld();
    await saveCarePlanSection(
      t.deps,
      {
        personId,
        kind: 'safety_plan',
        sectionKey: 'warning_signs',
        text: 'I stop answering the phone.',
        baseVersion: 0,
      },
      world.personActor,
    );
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const all = (await get(coordinator, `/fhir/R4/CarePlan?patient=Patient/${personId}&_revinclude=Provenance:target`))
      .body as SearchBundle;
    expect(all.entry.map((e) => [e.resource.resourceType, e.resource.id, e.search.mode])).toEqual([
      ['CarePlan', planId, 'match'],
      ['CarePlan', `safety-plan-${personId}`, 'match'],
      ['Provenance', `${planId}-v3`, 'include'],
    ]);
    // One search, one look in "who opened my record", naming the plans it returned.
    const looks = (await t.repositories.audit.listForPerson(personId, { limit: 50 })).filter(
      (e) => e.accountId === world.coordinatorActor.accountId && /\.(read|search)$/.test(e.action),
    );
    expect(looks.map((e) => [e.action, e.detail])).toEqual([
      [
        'plans.search',
        {
          plans: [
            { kind: 'care_plan', version: 3 },
            { kind: 'safety_plan', version: 1 },
          ],
          inForce: true,
        },
      ],
    ]);
    expect(all.entry[2]!.resource).toMatchObject({
      target: [{ reference: `CarePlan/${planId}/_history/3` }],
      agent: [
        { who: { reference: `Patient/${personId}` } },
        { who: { reference: `Practitioner/${world.coordinator.id}` } },
      ],
    });

    const ids = async (query: string) =>
      ((await get(coordinator, `/fhir/R4/CarePlan?subject=${personId}&${query}`)).body as SearchBundle).entry.map(
        (e) => e.resource.id,
      );
    expect(await ids('category=safety-plan')).toEqual([`safety-plan-${personId}`]);
    expect(await ids('status=completed')).toEqual([]);
    expect(await ids('status=active&category=care-plan')).toEqual([planId]);
    expect(await ids('_lastUpdated=lt2000-01-01')).toEqual([]);
    expect(await ids('_lastUpdated=ge2000-01-01')).toHaveLength(2);

    const goal = await get(coordinator, `/fhir/R4/Goal/goal-${personId}`);
    expect(goal.body).toMatchObject({
      resourceType: 'Goal',
      lifecycleStatus: 'active',
      description: { text: 'Getting back to the allotment twice a week.' },
      expressedBy: { reference: `Patient/${personId}` },
    });
    const goals = (await get(coordinator, `/fhir/R4/Goal?patient=${personId}`)).body as SearchBundle;
    expect(goals.entry.map((e) => e.resource.id)).toEqual([`goal-${personId}`]);
  });

  it('gives a carer only the plans the person shares with them, and a stranger nothing', async () => {
    const { world, f, personId, planId } = await agreedPlanWorld();
    const sharesPlan = await f.account('carer', { carerId: await f.carerFor(personId, ['care_plan']) });
    const sharesNothing = await f.account('carer', { carerId: await f.carerFor(personId, ['contacts']) });
    await saveCarePlanSection(
      t.deps,
      {
        personId,
        kind: 'safety_plan',
        sectionKey: 'warning_signs',
        text: 'I stop answering the phone.',
        baseVersion: 0,
      },
      world.personActor,
    );

    const carer = await signInAs(app, sharesPlan.username);
    const seen = (await get(carer, `/fhir/R4/CarePlan?patient=${personId}`)).body as SearchBundle;
    expect(seen.entry.map((e) => e.resource.id)).toEqual([planId]);
    expect((await get(carer, `/fhir/R4/CarePlan/safety-plan-${personId}`)).status).toBe(403);

    for (const username of [sharesNothing.username, world.strangerActor.username]) {
      const client = await signInAs(app, username);
      for (const url of [
        `/fhir/R4/CarePlan/${planId}`,
        `/fhir/R4/CarePlan/${planId}/_history/3`,
        `/fhir/R4/CarePlan?patient=${personId}&_revinclude=Provenance:target`,
        `/fhir/R4/Goal/goal-${personId}`,
      ]) {
        const refused = await get(client, url);
        expect(refused.status).toBe(403);
        expect(refused.text).not.toContain('allotment');
      }
    }
    expect((await get(null, `/fhir/R4/CarePlan/${planId}`)).status).toBe(401);
  });

  it('shares no care plan before one is agreed, and says so', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    await saveCarePlanSection(
      t.deps,
      { personId, sectionKey: 'about_me', text: 'Still thinking.', baseVersion: 0 },
      world.personActor,
    );
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const read = await get(coordinator, `/fhir/R4/CarePlan/care-plan-${personId}`);
    expect(read.status).toBe(404);
    expect(read.text).toContain('agreed');
    const search = (await get(coordinator, `/fhir/R4/CarePlan?patient=${personId}&category=care-plan`))
      .body as SearchBundle;
    expect(search.entry).toEqual([]);
    expect((await get(coordinator, `/fhir/R4/CarePlan/not-a-plan`)).status).toBe(404);
    expect((await get(coordinator, `/fhir/R4/CarePlan?patient=${personId}&_revinclude=Goal:x`)).status).toBe(400);
    expect((await get(coordinator, `/fhir/R4/CarePlan?patient=${personId}&category=other|x`)).status).toBe(400);
  });
});
