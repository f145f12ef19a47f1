import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { holdReview } from './hold-review';
import { listReviews } from './list-reviews';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

describe('holdReview', () => {
  it('records when the review was held, who came and what changed, then schedules the next at the team’s cadence', async () => {
    const f = createFactories(t);
    const team = await f.team({ reviewCadenceMonths: 6 });
    const coordinator = await f.worker({ teamId: team.id, name: 'Alex Morgan' });
    const person = await f.person({ teamId: team.id, name: 'Sam Taylor' });
    await f.membership(person.id, coordinator.id);
    const coordinatorActor = await f.account('worker', { workerId: coordinator.id });
    const carerId = await f.carerFor(person.id, []);
    const due = { id: newId(), personId: person.id, dueOn: '2026-06-20', heldOn: null };
    await t.repositories.reviews.create(due);

    const result = await holdReview(
      t.deps,
      {
        personId: person.id,
        attendees: [
          { kind: 'person' },
          { kind: 'carer', carerId },
          { kind: 'worker', workerId: coordinator.id },
          { kind: 'other', name: 'Jo (advocate)' },
        ],
        whatChanged: 'Sam is back at college. Visits drop to fortnightly.',
      },
      coordinatorActor,
    );

    expect(result.review).toMatchObject({
      id: due.id,
      heldOn: '2026-06-15',
      outcome: { whatChanged: 'Sam is back at college. Visits drop to fortnightly.' },
    });
    expect(result.review.outcome?.attendees.map((a) => [a.kind, a.name])).toEqual([
      ['person', 'Sam Taylor'],
      ['carer', expect.stringMatching(/^Carer/)],
      ['worker', 'Alex Morgan'],
      ['other', 'Jo (advocate)'],
    ]);
    expect(result.nextReview).toMatchObject({ dueOn: '2026-12-15', heldOn: null });
    expect((await t.repositories.reviews.findNextDue(person.id))?.id).toBe(result.nextReview.id);
    const reviews = await listReviews(t.deps, { personId: person.id }, coordinatorActor);
    expect(reviews.map((r) => [r.dueOn, r.heldOn])).toEqual([
      ['2026-12-15', null],
      ['2026-06-20', '2026-06-15'],
    ]);
    const log = await t.repositories.audit.listForPerson(person.id, { limit: 2 });
    expect(log.map((e) => e.action)).toEqual(['reviews.read', 'review.hold']);
  });

  it('records a review nobody scheduled, and uses twelve months by default', async () => {
    const world = await createFactories(t).careTeamWorld();
    const result = await holdReview(
      t.deps,
      {
        personId: world.person.id,
        heldOn: '2026-06-01',
        attendees: [{ kind: 'person' }],
        whatChanged: 'Nothing: all going well.',
      },
      world.coordinatorActor,
    );
    expect(result.review).toMatchObject({ dueOn: '2026-06-01', heldOn: '2026-06-01' });
    expect(result.nextReview.dueOn).toBe('2027-06-01');
  });

  it('refuses a review held twice, a date to come, no attendees, a carer of someone else, and the person themself', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const other = await f.careTeamWorld();
    const base = {
      personId: world.person.id,
      attendees: [{ kind: 'person' as const }],
      whatChanged: 'Talked it through.',
    };
    const first = await holdReview(t.deps, base, world.coordinatorActor);
    await expect(
      holdReview(t.deps, { ...base, reviewId: first.review.id }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(holdReview(t.deps, { ...base, heldOn: '2026-06-16' }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'heldOn' },
    });
    await expect(holdReview(t.deps, { ...base, attendees: [] }, world.coordinatorActor)).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'attendees' },
    });
    const strangersCarer = await f.carerFor(other.person.id, []);
    await expect(
      holdReview(t.deps, { ...base, attendees: [{ kind: 'carer', carerId: strangersCarer }] }, world.coordinatorActor),
    ).rejects.toMatchObject({ code: 'bad_request' });
    await expect(holdReview(t.deps, base, world.personActor)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(holdReview(t.deps, base, world.strangerActor)).rejects.toMatchObject({ code: 'forbidden' });
    // Only the first review was held, and only one next review is waiting.
    expect((await t.repositories.reviews.listForPerson(world.person.id)).map((r) => r.heldOn)).toEqual([
      null,
      '2026-06-15',
    ]);
  });

  it('shows a carer who may read the plan that reviews happened and who came, without the notes', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const carer = await f.account('carer', { carerId: await f.carerFor(world.person.id, ['care_plan']) });
    await holdReview(
      t.deps,
      { personId: world.person.id, attendees: [{ kind: 'person' }], whatChanged: 'Private detail.' },
      world.coordinatorActor,
    );
    const reviews = await listReviews(t.deps, { personId: world.person.id }, carer);
    expect(reviews[1]?.outcome).toMatchObject({ whatChanged: null, attendees: [{ kind: 'person' }] });
  });

  it('schedules the next review on an earlier day agreed at this one, and refuses one past the cadence or not after it', async () => {
    const world = await createFactories(t).careTeamWorld();
    const base = {
      personId: world.person.id,
      attendees: [{ kind: 'person' as const }],
      whatChanged: 'Agreed to meet again sooner.',
    };
    await expect(
      holdReview(t.deps, { ...base, nextDueOn: '2027-06-16' }, world.coordinatorActor),
    ).rejects.toMatchObject({
      code: 'bad_request',
      details: { field: 'nextDueOn' },
      message: expect.stringContaining('on or before 2027-06-15'),
    });
    await expect(
      holdReview(t.deps, { ...base, nextDueOn: '2026-06-15' }, world.coordinatorActor),
    ).rejects.toMatchObject({ details: { field: 'nextDueOn' } });
    const result = await holdReview(t.deps, { ...base, nextDueOn: '2026-09-01' }, world.coordinatorActor);
    expect(result.nextReview.dueOn).toBe('2026-09-01');
    expect((await t.repositories.reviews.findNextDue(world.person.id))?.dueOn).toBe('2026-09-01');
  });

  it('brings forward a review already waiting to the agreed day', async () => {
    const world = await createFactories(t).careTeamWorld();
    await t.repositories.reviews.create({ id: newId(), personId: world.person.id, dueOn: '2026-06-01', heldOn: null });
    await t.repositories.reviews.create({ id: newId(), personId: world.person.id, dueOn: '2027-01-01', heldOn: null });
    const result = await holdReview(
      t.deps,
      {
        personId: world.person.id,
        attendees: [{ kind: 'person' }],
        whatChanged: 'Sooner, please.',
        nextDueOn: '2026-08-01',
      },
      world.coordinatorActor,
    );
    expect(result.nextReview.dueOn).toBe('2026-08-01');
  });

  it('refuses a review held before the person joined the service', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const late = await f.person({ teamId: world.team.id, joinedOn: '2026-06-01' });
    await f.membership(late.id, world.coordinator.id, { startsOn: '2026-06-01' });
    await expect(
      holdReview(
        t.deps,
        { personId: late.id, heldOn: '2026-05-20', attendees: [{ kind: 'person' }], whatChanged: 'First review.' },
        world.coordinatorActor,
      ),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: 'A review cannot be before the person joined the service (2026-06-01).',
    });
  });
});
