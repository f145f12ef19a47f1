import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { qpr15 } from '../../domain/instruments';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const allAnswers = qpr15.items.map((item) => ({ itemId: item.id, value: 2 }));

async function world() {
  const w = await createFactories(t).careTeamWorld();
  const admin = await signInAs(app, w.admin.username);
  const wording = {
    instrumentId: qpr15.id,
    version: qpr15.version,
    items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
  };
  expect(
    (await admin.request({ method: 'POST', url: '/api/v1/admin/instruments/wording', payload: wording })).statusCode,
  ).toBe(201);
  return w;
}

describe('questionnaires API', () => {
  it('needs a session, refuses a stranger with 403 and says what is wrong with bad input', async () => {
    const w = await world();
    const base = `/api/v1/people/${w.person.id}/questionnaires`;
    expect((await app.inject({ method: 'GET', url: base })).statusCode).toBe(401);
    const stranger = await signInAs(app, w.strangerActor.username);
    expect((await stranger.request({ method: 'GET', url: base })).statusCode).toBe(403);
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const tooOften = await coordinator.request({
      method: 'PUT',
      url: `${base}/schedules/qpr-15`,
      payload: { everyDays: 2 },
    });
    expect(tooOften.statusCode).toBe(400);
    expect(tooOften.body).toContain('How often, in days: at least every 7 days.');
    const unknown = await coordinator.request({
      method: 'PUT',
      url: `${base}/schedules/phq-9`,
      payload: { everyDays: 30 },
    });
    expect(unknown.statusCode).toBe(400);
    expect((await coordinator.request({ method: 'GET', url: base })).json()).toMatchObject({ open: [], schedules: [] });
  });

  it('lets the care team ask, the person keep a draft and send it, and both see the trend; the answers export as FHIR', async () => {
    const w = await world();
    const base = `/api/v1/people/${w.person.id}/questionnaires`;
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const person = await signInAs(app, w.personActor.username);
    expect(
      (await coordinator.request({ method: 'PUT', url: `${base}/schedules/qpr-15`, payload: { everyDays: 91 } }))
        .statusCode,
    ).toBe(200);

    const waiting = (await person.request({ method: 'GET', url: base })).json();
    expect(waiting.open).toHaveLength(1);
    const { id, revision } = waiting.open[0];
    const draft = await person.request({
      method: 'PUT',
      url: `${base}/${id}/draft`,
      payload: { answers: allAnswers.slice(0, 4), revision },
    });
    expect(draft.statusCode).toBe(200);
    expect(draft.json().revision).toBe(revision + 1);
    const stale = await person.request({
      method: 'PUT',
      url: `${base}/${id}/draft`,
      payload: { answers: allAnswers.slice(0, 2), revision },
    });
    expect(stale.statusCode).toBe(409);
    expect(
      (await coordinator.request({ method: 'PUT', url: `${base}/${id}/draft`, payload: { answers: [], revision: 1 } }))
        .statusCode,
    ).toBe(403);

    const sent = await person.request({
      method: 'POST',
      url: `${base}/${id}/responses`,
      payload: { answers: allAnswers, revision: revision + 1 },
    });
    expect(sent.statusCode).toBe(201);
    const seen = (await coordinator.request({ method: 'GET', url: base })).json();
    expect(seen.trends[0]).toMatchObject({ instrumentId: 'qpr-15', points: [{ value: 30 }] });
    expect(seen.open[0]).toMatchObject({ dueOn: '2026-09-14', draft: null });

    const fhir = await coordinator.request({
      method: 'GET',
      url: `/api/v1/people/${w.person.id}/responses/${sent.json().responseId}/fhir`,
    });
    expect(fhir.statusCode).toBe(200);
    expect(fhir.json()).toMatchObject({ resourceType: 'QuestionnaireResponse', status: 'completed' });
    const stranger = await signInAs(app, w.strangerActor.username);
    expect(
      (
        await stranger.request({
          method: 'GET',
          url: `/api/v1/people/${w.person.id}/responses/${sent.json().responseId}/fhir`,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('lets the care team stop asking and ask again; needs a session and refuses the person and strangers', async () => {
    const w = await world();
    const stop = `/api/v1/people/${w.person.id}/questionnaires/schedules/qpr-15/stop`;
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    await coordinator.request({ method: 'PUT', url: stop.replace('/stop', ''), payload: { everyDays: 91 } });
    expect((await app.inject({ method: 'POST', url: stop })).statusCode).toBe(401);
    for (const other of [w.personActor, w.strangerActor]) {
      expect((await (await signInAs(app, other.username)).request({ method: 'POST', url: stop })).statusCode).toBe(403);
    }
    const stopped = await coordinator.request({ method: 'POST', url: stop });
    expect(stopped.statusCode).toBe(200);
    expect(stopped.json()).toMatchObject({ instrumentId: 'qpr-15', everyDays: 91, stoppedAt: expect.any(String) });
    expect((await coordinator.request({ method: 'POST', url: stop })).statusCode).toBe(409);
    const list = `/api/v1/people/${w.person.id}/questionnaires`;
    expect((await coordinator.request({ method: 'GET', url: list })).json()).toMatchObject({
      open: [],
      schedules: [{ instrumentId: 'qpr-15', stoppedAt: expect.any(String) }],
    });
    const again = await coordinator.request({
      method: 'PUT',
      url: stop.replace('/stop', ''),
      payload: { everyDays: 91 },
    });
    expect(again.json()).toMatchObject({ stoppedAt: null });
    expect((await coordinator.request({ method: 'GET', url: list })).json().open).toHaveLength(1);
  });

  it('lets the person start one themselves, and only once', async () => {
    const w = await world();
    const person = await signInAs(app, w.personActor.username);
    const url = `/api/v1/people/${w.person.id}/questionnaires`;
    const first = await person.request({ method: 'POST', url, payload: { instrumentId: 'qpr-15' } });
    expect(first.statusCode).toBe(201);
    const second = await person.request({ method: 'POST', url, payload: { instrumentId: 'qpr-15' } });
    expect(second.json().id).toBe(first.json().id);
  });
});
