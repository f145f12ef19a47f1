import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signedInCareTeamWorld, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const formulationUrl = (personId: string) => `/api/v1/people/${personId}/risk-formulation`;

const signedInWorld = () => signedInCareTeamWorld(t, app);

describe('risk formulation API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: formulationUrl(world.person.id) })).statusCode).toBe(401);
    const post = await app.inject({
      method: 'POST',
      url: `${formulationUrl(world.person.id)}/discussions`,
      payload: { discussedOn: '2026-06-15', mode: 'phone', response: 'ok', isDeclined: false },
    });
    expect(post.statusCode).toBe(401);
  });

  it('answers 202 when a worker changes the person’s own words, and records the discussion (201)', async () => {
    const world = await signedInWorld();
    const proposed = await world.asCoordinator.request({
      method: 'PUT',
      url: `${formulationUrl(world.person.id)}/sections/early_signs_person`,
      payload: { text: 'Stops answering the phone.', baseVersion: 0 },
    });
    expect(proposed.statusCode).toBe(202);
    const formulation = await world.asPerson.request({ method: 'GET', url: formulationUrl(world.person.id) });
    expect(formulation.json()).toMatchObject({
      kind: 'risk_formulation',
      pendingProposals: [{ sectionKey: 'early_signs_person' }],
    });
    expect(formulation.json().sections[0]).toMatchObject({ key: 'what_helps_person', voice: 'person' });

    const recorded = await world.asCoordinator.request({
      method: 'POST',
      url: `${formulationUrl(world.person.id)}/discussions`,
      payload: {
        discussedOn: '2026-06-14',
        mode: 'in_person',
        response: 'I want my sister to know.',
        isDeclined: false,
      },
    });
    expect(recorded.statusCode).toBe(201);
    const list = await world.asPerson.request({ method: 'GET', url: `${formulationUrl(world.person.id)}/discussions` });
    expect(list.json()).toMatchObject({ discussions: [{ mode: 'in_person', response: 'I want my sister to know.' }] });
  });

  it('answers 400 naming the field for a bad discussion, 403 to the person recording one and to a stranger', async () => {
    const world = await signedInWorld();
    const url = `${formulationUrl(world.person.id)}/discussions`;
    const bad = await world.asCoordinator.request({
      method: 'POST',
      url,
      payload: { discussedOn: '15/06/2026', mode: 'letter', isDeclined: false },
    });
    expect(bad.statusCode).toBe(400);
    const payload = { discussedOn: '2026-06-15', mode: 'phone', response: 'Fine', isDeclined: false };
    expect((await world.asPerson.request({ method: 'POST', url, payload })).statusCode).toBe(403);
    expect((await world.asStranger.request({ method: 'POST', url, payload })).statusCode).toBe(403);
    expect((await world.asStranger.request({ method: 'GET', url: formulationUrl(world.person.id) })).statusCode).toBe(
      403,
    );
  });
});

describe('positive risk-taking plan review date API', () => {
  const planUrl = (personId: string) => `/api/v1/people/${personId}/positive-risk-plan`;

  it('sets the review date as a date, refuses a stale change with 409 and the current date, and audits both', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/review`;
    const early = await world.asCoordinator.request({
      method: 'PUT',
      url,
      payload: { reviewOn: '2026-09-01', previousReviewOn: null },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toMatch(/Write the plan/);
    const written = await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/what_i_want_to_do`,
      payload: { text: 'Take the train to Leeds on my own.', baseVersion: 0 },
    });
    expect(written.statusCode).toBe(200);

    const set = await world.asCoordinator.request({
      method: 'PUT',
      url,
      payload: { reviewOn: '2026-09-01', previousReviewOn: null },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({ reviewOn: '2026-09-01', updatedBy: 'Alex Morgan' });
    // The person opened the plan before that change: theirs is refused, not saved over it.
    const stale = await world.asPerson.request({
      method: 'PUT',
      url,
      payload: { reviewOn: '2026-08-01', previousReviewOn: null },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details).toMatchObject({ currentReviewOn: '2026-09-01' });
    const moved = await world.asPerson.request({
      method: 'PUT',
      url,
      payload: { reviewOn: '2026-08-01', previousReviewOn: '2026-09-01' },
    });
    expect(moved.statusCode).toBe(200);
    expect((await world.asPerson.request({ method: 'GET', url })).json()).toMatchObject({ reviewOn: '2026-08-01' });

    const log = await t.repositories.audit.listForPerson(world.person.id, { limit: 20 });
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['positive_risk_plan.review.set', 'positive_risk_plan.review.read']),
    );
  });

  it('answers 400 for a date that is not a date, in the past or years ahead, and 403 to a stranger, changing nothing', async () => {
    const world = await signedInWorld();
    const url = `${planUrl(world.person.id)}/review`;
    await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl(world.person.id)}/sections/what_i_want_to_do`,
      payload: { text: 'Start work two days a week.', baseVersion: 0 },
    });
    for (const reviewOn of ['1/9/2026', '2026-02-30', '2026-06-14', '2062-06-01']) {
      const refused = await world.asCoordinator.request({
        method: 'PUT',
        url,
        payload: { reviewOn, previousReviewOn: null },
      });
      expect(refused.statusCode, reviewOn).toBe(400);
    }
    const payload = { reviewOn: '2026-09-01', previousReviewOn: null };
    expect((await world.asStranger.request({ method: 'PUT', url, payload })).statusCode).toBe(403);
    expect((await world.asStranger.request({ method: 'GET', url })).statusCode).toBe(403);
    expect(await t.repositories.risk.findPlanReview(world.person.id)).toBeNull();
  });
});
