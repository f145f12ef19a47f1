import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { enrolmentEpisodeId } from '../../fhir/college-resources';
import { addSession } from '../../services/college/add-session';
import { updateCourse } from '../../services/college/create-course';
import { updateTerm } from '../../services/college/manage-college';
import { joinCollege } from '../../services/college/register-student';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };
type Episode = Json & { id: string; status: string; type: { text: string }[] };
type Bundle = Json & { entry: { resource: Episode }[]; link: { relation: string; url: string }[] };

async function get(client: SignedInClient, url: string) {
  const response = await client.request({ method: 'GET', url });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, body, text: response.body };
}

/** A person in a care team who joined the college, took a place on one course and gave up another. */
async function studentWorld() {
  const f = createCollegeFixtures(t);
  const world = await f.careTeamWorld();
  const c = await f.college();
  const kept = await f.publishedCourse(c, { title: 'Understanding Sleep' });
  const givenUp = await f.publishedCourse(c, { title: 'Cooking on a Budget' });
  await joinCollege(t.deps, { name: 'Sam', email: 'sam@example.org', kind: 'service_user' }, world.personActor);
  const person = await signInAs(app, world.personActor.username);
  const enrol = async (courseId: string) => {
    const created = await person.request({ method: 'POST', url: `/api/v1/college/courses/${courseId}/enrolments` });
    expect(created.statusCode).toBe(201);
    return created.json<{ id: string }>().id;
  };
  const keptId = await enrol(kept.course.id);
  const givenUpId = await enrol(givenUp.course.id);
  const cancelled = await person.request({
    method: 'PUT',
    url: `/api/v1/college/enrolments/${givenUpId}`,
    payload: { change: 'cancel' },
  });
  expect(cancelled.statusCode).toBe(200);
  const share = (sharesWithCareTeam: boolean) =>
    person.request({ method: 'PUT', url: '/api/v1/college/learning-plan/sharing', payload: { sharesWithCareTeam } });
  return { f, c, kept, givenUp, world, person, personId: world.person.id, keptId, givenUpId, share };
}

describe('FHIR EpisodeOfCare of Recovery College enrolments', () => {
  it('gives the student their enrolments, by status and date, a page at a time', async () => {
    const { person, personId, keptId, givenUpId } = await studentWorld();
    const search = async (query: string) =>
      ((await get(person, `/fhir/R4/EpisodeOfCare?patient=${personId}&${query}`)).body as Bundle).entry.map((e) => [
        e.resource.type[0]?.text,
        e.resource.status,
      ]);
    expect(await search('')).toEqual([
      [expect.stringContaining('Understanding Sleep'), 'planned'],
      [expect.stringContaining('Cooking on a Budget'), 'cancelled'],
    ]);
    expect(await search('status=cancelled')).toEqual([[expect.stringContaining('Cooking'), 'cancelled']]);
    // The kept course meets a week after the tests' today; the place given up ended today.
    expect(await search('date=ge2026-06-20')).toEqual([[expect.stringContaining('Sleep'), 'planned']]);
    expect(await search('date=lt2026-06-20')).toEqual([[expect.stringContaining('Cooking'), 'cancelled']]);

    const read = await get(person, `/fhir/R4/EpisodeOfCare/${enrolmentEpisodeId(personId, keptId)}`);
    expect(read.body).toMatchObject({
      resourceType: 'EpisodeOfCare',
      patient: { reference: `Patient/${personId}` },
      extension: [{ valueCode: 'enrolled' }],
    });

    const firstPage = (await get(person, `/fhir/R4/EpisodeOfCare?patient=${personId}&_count=1`)).body as Bundle;
    expect(firstPage.entry.map((e) => e.resource.id)).toEqual([enrolmentEpisodeId(personId, keptId)]);
    const next = firstPage.link.find((l) => l.relation === 'next')!.url;
    const secondPage = (await get(person, next.slice(next.indexOf('/fhir/R4')))).body as Bundle;
    expect(secondPage.entry.map((e) => e.resource.id)).toEqual([enrolmentEpisodeId(personId, givenUpId)]);
    expect(secondPage.link.some((l) => l.relation === 'next')).toBe(false);
  });

  it('carries when each enrolment last changed as meta.lastUpdated and finds only the changed one with _lastUpdated=gt', async () => {
    const { world, personId, keptId, givenUpId } = await studentWorld();
    const asked = t.deps.now();
    const changedAt = new Date(asked.getTime() + 10 * 60_000);
    t.setNow(changedAt);
    const person = await signInAs(app, world.personActor.username);
    const cancelled = await person.request({
      method: 'PUT',
      url: `/api/v1/college/enrolments/${keptId}`,
      payload: { change: 'cancel' },
    });
    expect(cancelled.statusCode).toBe(200);

    const lastUpdated = async (enrolmentId: string) =>
      (
        (await get(person, `/fhir/R4/EpisodeOfCare/${enrolmentEpisodeId(personId, enrolmentId)}`)).body as Episode & {
          meta: { lastUpdated: string };
        }
      ).meta.lastUpdated;
    expect(await lastUpdated(keptId)).toBe(changedAt.toISOString());
    expect(await lastUpdated(givenUpId)).toBe(asked.toISOString());

    const search = async (query: string) => {
      const found = await get(person, `/fhir/R4/EpisodeOfCare?patient=${personId}&${query}`);
      expect(found.status).toBe(200);
      return (found.body as Bundle).entry.map((e) => e.resource.id);
    };
    expect(await search(`_lastUpdated=gt${asked.toISOString()}`)).toEqual([enrolmentEpisodeId(personId, keptId)]);
    expect(await search(`_lastUpdated=le${asked.toISOString()}`)).toEqual([enrolmentEpisodeId(personId, givenUpId)]);
    expect(await search(`_lastUpdated=eq${changedAt.toISOString().slice(0, 10)}`)).toHaveLength(2);
    expect(await search('_lastUpdated=gt2999')).toEqual([]);
    expect((await get(person, `/fhir/R4/EpisodeOfCare?patient=${personId}&_lastUpdated=2026-02-30x`)).status).toBe(400);
  });

  it('moves the enrolments’ meta.lastUpdated when their course’s title, sessions or term change', async () => {
    const { c, kept, givenUp, world, personId, keptId, givenUpId } = await studentWorld();
    const person = await signInAs(app, world.personActor.username);
    const changedSince = async (at: Date) => {
      const found = await get(person, `/fhir/R4/EpisodeOfCare?patient=${personId}&_lastUpdated=gt${at.toISOString()}`);
      return (found.body as Bundle).entry.map((e) => [
        e.resource.id,
        (e.resource.meta as { lastUpdated: string }).lastUpdated,
      ]);
    };
    const minutesLater = (minutes: number) => {
      const at = new Date(t.deps.now().getTime() + minutes * 60_000);
      t.setNow(at);
      return at;
    };
    const asked = t.deps.now();
    expect(await changedSince(asked)).toEqual([]);

    const renamed = minutesLater(10);
    const {
      id: _id,
      termId: _termId,
      version,
      status: _status,
      ...fields
    } = (await t.repositories.college.findCourse(kept.course.id))!;
    await updateCourse(
      t.deps,
      { courseId: kept.course.id, version, fields: { ...fields, title: 'Sleep Well' } },
      c.admin,
    );
    expect(await changedSince(asked)).toEqual([[enrolmentEpisodeId(personId, keptId), renamed.toISOString()]]);

    const rescheduled = minutesLater(10);
    const startsAt = new Date(rescheduled.getTime() + 14 * 86_400_000);
    await addSession(
      t.deps,
      {
        courseId: givenUp.course.id,
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        place: 'Room 1',
        isOnline: false,
        trainerIds: [c.peer.id, c.practitioner.id],
      },
      c.admin,
    );
    expect(await changedSince(renamed)).toEqual([[enrolmentEpisodeId(personId, givenUpId), rescheduled.toISOString()]]);

    const termRenamed = minutesLater(10);
    await updateTerm(
      t.deps,
      {
        termId: c.term.id,
        version: c.term.version,
        fields: { name: 'Autumn 2026', startsOn: c.term.startsOn, endsOn: c.term.endsOn },
      },
      c.admin,
    );
    expect((await changedSince(rescheduled)).map(([, at]) => at)).toEqual([
      termRenamed.toISOString(),
      termRenamed.toISOString(),
    ]);
  });

  it('shows the care team the enrolments only while the student shares their college life', async () => {
    const { world, personId, keptId, share } = await studentWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const id = enrolmentEpisodeId(personId, keptId);
    const search = async () =>
      ((await get(coordinator, `/fhir/R4/EpisodeOfCare?patient=${personId}`)).body as Bundle).entry.length;
    expect(await search()).toBe(0);
    const hidden = await get(coordinator, `/fhir/R4/EpisodeOfCare/${id}`);
    expect(hidden.status).toBe(404);
    expect(hidden.text).not.toContain('Sleep');

    expect((await share(true)).statusCode).toBe(200);
    expect(await search()).toBe(2);
    expect((await get(coordinator, `/fhir/R4/EpisodeOfCare/${id}`)).status).toBe(200);
    expect((await share(false)).statusCode).toBe(200);
    expect(await search()).toBe(0);

    const reads = (await t.repositories.audit.listForPerson(personId, { limit: 100 })).filter(
      (e) => e.action === 'college_life.read' && e.accountId === world.coordinatorActor.accountId,
    );
    expect(reads).toHaveLength(5);
  });

  it('refuses a stranger and a carer even when the student shares with the care team', async () => {
    const { f, world, personId, keptId, share } = await studentWorld();
    await share(true);
    const carerAccount = await f.account('carer', {
      carerId: await f.carerFor(personId, ['care_team', 'contacts', 'care_plan', 'messages', 'ips', 'safety_plan']),
    });
    for (const username of [world.strangerActor.username, carerAccount.username]) {
      const client = await signInAs(app, username);
      for (const url of [
        `/fhir/R4/EpisodeOfCare/${enrolmentEpisodeId(personId, keptId)}`,
        `/fhir/R4/EpisodeOfCare?patient=${personId}`,
      ]) {
        const refused = await get(client, url);
        expect(refused.status, url).toBe(403);
        expect(refused.text).not.toContain('Sleep');
      }
    }
    const other = await f.careTeamWorld();
    const otherTeam = await signInAs(app, other.coordinatorActor.username);
    expect((await get(otherTeam, `/fhir/R4/EpisodeOfCare/${enrolmentEpisodeId(other.person.id, keptId)}`)).status).toBe(
      404,
    );
    expect((await get(otherTeam, `/fhir/R4/EpisodeOfCare?patient=${personId}&date=xx`)).status).toBe(400);
  });
});
