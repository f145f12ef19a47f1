import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { dialogRatings } from '../../domain/instruments';
import { breakGlass } from '../access/break-glass';
import { getMeeting } from './get-meeting';
import { getMeetingOpening } from './get-meeting-opening';
import { listMeetings } from './list-meetings';
import { ratingsResponse } from '../../../test/support/meeting-fixtures';
import { recordMeeting } from './record-meeting';
import type { RecordMeetingInput } from './record-meeting-input';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const TWO_WEEKS_AGO = new Date('2026-06-01T10:00:00Z');

const firstMeeting = (personId: string): RecordMeetingInput => ({
  personId,
  occurredAt: TWO_WEEKS_AGO,
  durationMinutes: 50,
  mode: 'community',
  beyondRoutineNote: 'Walked to the library together and sorted out a library card',
  ratings: ratingsResponse({
    accommodation: 2,
    'accommodation-more-help': true,
    friendships: 6,
    medication: 'not-applicable',
  }),
  areas: [
    {
      areaId: 'accommodation',
      understanding: 'Damp in the bedroom, landlord not answering',
      lookingForward: 'A dry room by winter',
      exploringOptions: 'Council repairs line; tenants’ advice',
      agreeingActions: 'Sam rings, Alex writes',
    },
    {
      areaId: 'friendships',
      understanding: 'Sees Jo on Fridays',
      lookingForward: 'One more regular thing',
      exploringOptions: 'Walking group',
      agreeingActions: 'Try the walking group',
    },
    {
      areaId: 'mental-health',
      understanding: 'Sleeping better',
      lookingForward: null,
      exploringOptions: null,
      agreeingActions: null,
    },
  ],
  actions: [
    { areaId: 'accommodation', owner: 'person', description: 'Ring the council repairs line', dueOn: '2026-06-08' },
    {
      areaId: 'accommodation',
      owner: 'worker',
      description: 'Write to the landlord about the damp',
      dueOn: '2026-06-05',
    },
  ],
});

describe('recordMeeting', () => {
  it('records a full meeting as a contact with ratings, three chosen areas, four steps and two actions', async () => {
    const world = await createFactories(t).careTeamWorld();
    const view = await recordMeeting(t.deps, firstMeeting(world.person.id), world.coordinatorActor);

    expect(view.contact).toMatchObject({
      kind: 'meeting',
      beyondRoutine: true,
      workers: [{ id: world.coordinator.id, name: 'Alex Morgan' }],
    });
    // Life domains: six at 4, accommodation 2, friendships 6 → (24 + 2 + 6) / 8 = 4.
    // Treatment: medication not applicable, practical help 4, meetings 4 → (4 + 4) / 2 = 4.
    expect(view.ratings?.scores.map((score) => [score.scoreId, score.value])).toEqual([
      ['subjective-quality-of-life', 4],
      ['treatment-satisfaction', 4],
    ]);
    expect(view.areas.map((area) => [area.position, area.areaId, area.label])).toEqual([
      [1, 'accommodation', 'Accommodation'],
      [2, 'friendships', 'Friendships'],
      [3, 'mental-health', 'Mental health'],
    ]);
    expect(view.areas[0]).toMatchObject({
      understanding: 'Damp in the bedroom, landlord not answering',
      agreeingActions: 'Sam rings, Alex writes',
    });
    expect(view.actions.map((action) => [action.owner, action.outcome])).toEqual([
      ['person', null],
      ['worker', null],
    ]);
    // The meeting is a contact like any other: it shows in the history and counts for continuity.
    const contacts = await t.repositories.contacts.listForPerson(world.person.id, { limit: 10 });
    expect(contacts.map((contact) => [contact.id, contact.kind])).toEqual([[view.meeting.id, 'meeting']]);
    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 5 });
    expect(log[0]).toMatchObject({ action: 'meeting.create', basis: 'care_team' });
  });

  it('opens the next meeting with the open actions, which it marks done and not done', async () => {
    const world = await createFactories(t).careTeamWorld();
    const first = await recordMeeting(t.deps, firstMeeting(world.person.id), world.coordinatorActor);
    const opening = await getMeetingOpening(t.deps, { personId: world.person.id }, world.coordinatorActor);
    expect(opening.lastMeeting?.id).toBe(first.meeting.id);
    expect(opening.openActions.map((action) => action.description)).toEqual([
      'Ring the council repairs line',
      'Write to the landlord about the damp',
    ]);
    const [ring, write] = opening.openActions;

    const second = await recordMeeting(
      t.deps,
      {
        personId: world.person.id,
        durationMinutes: 40,
        mode: 'home',
        ratings: ratingsResponse({ accommodation: 3 }),
        actionReviews: [
          { actionId: ring!.id, outcome: 'done' },
          { actionId: write!.id, outcome: 'not_done' },
        ],
      },
      world.coordinatorActor,
    );

    expect(
      second.reviewedActions.map((action) => [action.description, action.outcome, action.reviewedInMeetingId]),
    ).toEqual([
      ['Ring the council repairs line', 'done', second.meeting.id],
      ['Write to the landlord about the damp', 'not_done', second.meeting.id],
    ]);
    expect(
      (await getMeetingOpening(t.deps, { personId: world.person.id }, world.coordinatorActor)).openActions,
    ).toEqual([]);
    const again = await getMeeting(
      t.deps,
      { personId: world.person.id, meetingId: first.meeting.id },
      world.personActor,
    );
    expect(again.actions.map((action) => action.outcome)).toEqual(['done', 'not_done']);
  });

  it('refuses a meeting that leaves an open action unmarked, and saves nothing', async () => {
    const world = await createFactories(t).careTeamWorld();
    await recordMeeting(t.deps, firstMeeting(world.person.id), world.coordinatorActor);
    const attempt = recordMeeting(
      t.deps,
      { personId: world.person.id, durationMinutes: 30, mode: 'phone' },
      world.coordinatorActor,
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/Mark each open action/),
    });
    expect(await listMeetings(t.deps, { personId: world.person.id }, world.coordinatorActor)).toHaveLength(1);
  });

  it('refuses a fourth chosen area with a 400', async () => {
    const world = await createFactories(t).careTeamWorld();
    const input = firstMeeting(world.person.id);
    input.areas = [...input.areas!, { areaId: 'physical-health' }];
    await expect(recordMeeting(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/up to 3 areas/),
    });
    input.areas = [{ areaId: 'housing' }];
    input.actions = [];
    await expect(recordMeeting(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request',
      details: { fields: [{ field: 'areas.0.areaId', message: expect.stringMatching(/housing/) }] },
    });
  });

  it('refuses a rating of 8 with a 400 naming the item, and saves nothing, not even the contact', async () => {
    const world = await createFactories(t).careTeamWorld();
    const input = { ...firstMeeting(world.person.id), ratings: ratingsResponse({ accommodation: 8 }) };
    await expect(recordMeeting(t.deps, input, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request',
      details: {
        kind: 'invalid-response',
        issues: [{ code: 'out-of-range', message: expect.stringMatching(/accommodation.*8 is outside 1–7/) }],
      },
    });
    expect(await t.repositories.contacts.listForPerson(world.person.id, { limit: 10 })).toEqual([]);
    expect(await t.repositories.meetings.listForPerson(world.person.id, { limit: 10 })).toEqual([]);
    expect(await t.repositories.meetings.listOpenActions(world.person.id)).toEqual([]);
  });

  it('refuses ratings to a version of the instrument that has changed, or an item it does not have', async () => {
    const world = await createFactories(t).careTeamWorld();
    const old = { ...ratingsResponse(), version: '0.9.0' };
    await expect(
      recordMeeting(t.deps, { ...firstMeeting(world.person.id), ratings: old }, world.coordinatorActor),
    ).rejects.toMatchObject({
      details: { issues: [{ code: 'wrong-version' }] },
    });
    const unknown = {
      instrumentId: dialogRatings.id,
      version: dialogRatings.version,
      answers: [{ itemId: 'happiness', value: 5 }],
    };
    await expect(
      recordMeeting(t.deps, { ...firstMeeting(world.person.id), ratings: unknown }, world.coordinatorActor),
    ).rejects.toMatchObject({
      details: { issues: [{ code: 'unknown-item' }] },
    });
  });
});

describe('who may see and record meetings', () => {
  it('refuses a stranger worker with 403, and lets them read but not record after breaking glass', async () => {
    const world = await createFactories(t).careTeamWorld();
    const meeting = await recordMeeting(t.deps, firstMeeting(world.person.id), world.coordinatorActor);
    const read = { personId: world.person.id, meetingId: meeting.meeting.id };
    await expect(getMeeting(t.deps, read, world.strangerActor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      recordMeeting(t.deps, { personId: world.person.id, durationMinutes: 30, mode: 'phone' }, world.strangerActor),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    await breakGlass(
      t.deps,
      { personId: world.person.id, reason: 'Crisis team call at night, need the agreed actions' },
      world.strangerActor,
    );
    expect((await getMeeting(t.deps, read, world.strangerActor)).areas).toHaveLength(3);
    await expect(
      recordMeeting(t.deps, { personId: world.person.id, durationMinutes: 30, mode: 'phone' }, world.strangerActor),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });

  it('refuses a carer with 403 even when the person shares contacts, and lets the person read but not record', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_team', 'contacts']) });
    const meeting = await recordMeeting(t.deps, firstMeeting(world.person.id), world.coordinatorActor);
    await expect(
      getMeeting(t.deps, { personId: world.person.id, meetingId: meeting.meeting.id }, carer),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listMeetings(t.deps, { personId: world.person.id }, carer)).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await listMeetings(t.deps, { personId: world.person.id }, world.personActor)).toHaveLength(1);
    await expect(
      recordMeeting(t.deps, { personId: world.person.id, durationMinutes: 30, mode: 'phone' }, world.personActor),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
  });
});
