import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';
import { holdReview } from '../../services/reviews/hold-review';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const answers = (value: number) =>
  ['listened', 'informed', 'knowledge-valued', 'next-steps'].map((itemId) => ({ itemId, value }));
const response = (value = 4) => ({
  instrumentId: 'tandem-meeting-feedback-carer',
  version: '1.0.0',
  answers: answers(value),
});

/** A person, their coordinator, a carer who was at a review and one who was not. */
async function reviewWorld() {
  const f = createFactories(t);
  const w = await f.careTeamWorld();
  const carerId = await f.carerFor(w.person.id, []);
  const absentCarerId = await f.carerFor(w.person.id, ['care_team', 'contacts', 'care_plan']);
  const review = await holdReview(
    t.deps,
    {
      personId: w.person.id,
      heldOn: '2026-06-10',
      attendees: [{ kind: 'person' }, { kind: 'worker', workerId: w.coordinator.id }, { kind: 'carer', carerId }],
      whatChanged: 'Sam wants to try the allotment.',
    },
    w.coordinatorActor,
  );
  const carer = await f.account('carer', { carerId });
  const absentCarer = await f.account('carer', { carerId: absentCarerId });
  return { ...w, f, reviewId: review.review.id, carer, absentCarer };
}

describe('carers’ views API', () => {
  it('lets a carer give their view of a review they were at; the care team reads it, the person reads that it was given', async () => {
    const w = await reviewWorld();
    const asCarer = await signInAs(app, w.carer.username);
    const listUrl = `/api/v1/people/${w.person.id}/carer-views`;
    const before = (await asCarer.request({ method: 'GET', url: listUrl })).json();
    expect(before).toMatchObject({
      reader: 'carer',
      views: [],
      invitations: [{ reviewId: w.reviewId, heldOn: '2026-06-10' }],
    });
    expect(before.instrument.id).toBe('tandem-meeting-feedback-carer');

    const given = await asCarer.request({
      method: 'POST',
      url: `/api/v1/people/${w.person.id}/reviews/${w.reviewId}/carer-view`,
      payload: { response: response(2), comment: 'Nobody asked what I see at home.', sharedWithPerson: false },
    });
    expect(given.statusCode).toBe(201);
    expect(given.json()).toMatchObject({ content: { score: 2, comment: 'Nobody asked what I see at home.' } });
    expect((await asCarer.request({ method: 'GET', url: listUrl })).json()).toMatchObject({ invitations: [] });

    const asCoordinator = await signInAs(app, w.coordinatorActor.username);
    const team = (await asCoordinator.request({ method: 'GET', url: listUrl })).json();
    expect(team).toMatchObject({ reader: 'care_team', views: [{ reviewHeldOn: '2026-06-10', content: { score: 2 } }] });

    const asPerson = await signInAs(app, w.personActor.username);
    const seen = (await asPerson.request({ method: 'GET', url: listUrl })).json();
    expect(seen.views).toHaveLength(1);
    expect(seen.views[0]).toMatchObject({ reviewHeldOn: '2026-06-10', sharedWithPerson: false, content: null });
    expect(JSON.stringify(seen)).not.toContain('Nobody asked');

    const asAbsent = await signInAs(app, w.absentCarer.username);
    expect((await asAbsent.request({ method: 'GET', url: listUrl })).json()).toMatchObject({
      views: [],
      invitations: [],
    });
  });

  it('shows the person what was said when the carer lets them', async () => {
    const w = await reviewWorld();
    const asCarer = await signInAs(app, w.carer.username);
    await asCarer.request({
      method: 'POST',
      url: `/api/v1/people/${w.person.id}/reviews/${w.reviewId}/carer-view`,
      payload: { response: response(5), comment: 'Good to be there.', sharedWithPerson: true },
    });
    const asPerson = await signInAs(app, w.personActor.username);
    const seen = (await asPerson.request({ method: 'GET', url: `/api/v1/people/${w.person.id}/carer-views` })).json();
    expect(seen.views[0]).toMatchObject({ content: { comment: 'Good to be there.', score: 5 } });
  });

  it('refuses bad input, a second view, a review the carer was not at, and everyone but a carer, changing nothing', async () => {
    const w = await reviewWorld();
    const url = `/api/v1/people/${w.person.id}/reviews/${w.reviewId}/carer-view`;
    const body = { response: response(), sharedWithPerson: false };
    expect((await app.inject({ method: 'POST', url, payload: body })).statusCode).toBe(401);
    const asCarer = await signInAs(app, w.carer.username);
    const bad = [
      { ...body, sharedWithPerson: 'yes' },
      { ...body, response: { ...response(), answers: [{ itemId: 'listened', value: 9 }] } },
      { ...body, response: { ...response(), instrumentId: 'tandem-meeting-feedback-person' } },
      { ...body, comment: '<b>shout</b>' },
      { ...body, comment: 'x'.repeat(1_001) },
    ];
    for (const payload of bad) expect((await asCarer.request({ method: 'POST', url, payload })).statusCode).toBe(400);
    expect(
      (
        await asCarer.request({
          method: 'POST',
          url: `/api/v1/people/${w.person.id}/reviews/${newId()}/carer-view`,
          payload: body,
        })
      ).statusCode,
    ).toBe(404);
    const asAbsent = await signInAs(app, w.absentCarer.username);
    expect((await asAbsent.request({ method: 'POST', url, payload: body })).statusCode).toBe(404);
    for (const username of [
      w.personActor.username,
      w.coordinatorActor.username,
      w.strangerActor.username,
      w.admin.username,
    ]) {
      const client = await signInAs(app, username);
      expect((await client.request({ method: 'POST', url, payload: body })).statusCode).toBe(403);
    }
    expect(await t.repositories.carerViews.listForPerson(w.person.id)).toEqual([]);
    expect((await asCarer.request({ method: 'POST', url, payload: body })).statusCode).toBe(201);
    expect((await asCarer.request({ method: 'POST', url, payload: body })).statusCode).toBe(409);
    expect(await t.repositories.carerViews.listForPerson(w.person.id)).toHaveLength(1);
  });

  it('keeps strangers, workers who broke glass and administrators from reading carers’ views', async () => {
    const w = await reviewWorld();
    const asCarer = await signInAs(app, w.carer.username);
    await asCarer.request({
      method: 'POST',
      url: `/api/v1/people/${w.person.id}/reviews/${w.reviewId}/carer-view`,
      payload: { response: response(), sharedWithPerson: false },
    });
    const url = `/api/v1/people/${w.person.id}/carer-views`;
    const asStranger = await signInAs(app, w.strangerActor.username);
    expect((await asStranger.request({ method: 'GET', url })).statusCode).toBe(403);
    await t.repositories.breakGlass.create({
      id: newId(),
      personId: w.person.id,
      accountId: w.strangerActor.accountId,
      reason: 'Emergency',
      createdAt: new Date('2026-06-15T09:00:00Z'),
      expiresAt: new Date('2026-06-15T18:00:00Z'),
    });
    expect((await asStranger.request({ method: 'GET', url })).statusCode).toBe(403);
    expect((await (await signInAs(app, w.admin.username)).request({ method: 'GET', url })).statusCode).toBe(403);
  });
});
