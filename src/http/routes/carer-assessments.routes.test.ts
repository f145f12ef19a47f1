import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

async function assessmentWorld() {
  const f = createFactories(t);
  const w = await f.careTeamWorld();
  const nurse = await f.worker({ teamId: w.team.id, name: 'Nia Evans' });
  await f.membership(w.person.id, nurse.id, { role: 'nurse' });
  const carerId = await f.carerFor(w.person.id, []);
  const carer = await f.account('carer', { carerId });
  return { ...w, f, nurseActor: await f.account('worker', { workerId: nurse.id }), carer };
}

describe('carer’s assessment API', () => {
  it('takes a carer’s request, shows it to the care team (even a colleague of an absent coordinator) and tells the carer the answer', async () => {
    const w = await assessmentWorld();
    const asCarer = await signInAs(app, w.carer.username);
    const url = `/api/v1/people/${w.person.id}/carer-assessments`;
    const asked = await asCarer.request({ method: 'POST', url, payload: { carerNote: 'I am not sleeping.' } });
    expect(asked.statusCode).toBe(201);
    expect(asked.json().requests).toMatchObject([{ status: 'requested', carerNote: 'I am not sleeping.', version: 1 }]);

    const asNurse = await signInAs(app, w.nurseActor.username);
    const waiting = (await asNurse.request({ method: 'GET', url: '/api/v1/carer-assessments' })).json().requests;
    expect(waiting).toMatchObject([{ personName: 'Sam Taylor', status: 'requested' }]);
    const answerUrl = `/api/v1/carer-assessments/${waiting[0].id}/answer`;
    const arranged = await asNurse.request({
      method: 'PUT',
      url: answerUrl,
      payload: { version: 1, answer: 'arranged', arrangedOn: '2026-06-22' },
    });
    expect(arranged.statusCode).toBe(200);
    expect(arranged.json()).toMatchObject({
      status: 'arranged',
      arrangedOn: '2026-06-22',
      answeredByName: expect.any(String),
    });

    const asCoordinator = await signInAs(app, w.coordinatorActor.username);
    const stale = await asCoordinator.request({
      method: 'PUT',
      url: answerUrl,
      payload: { version: 1, answer: 'declined', declineReason: 'The council does these.' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'arranged' });
    expect((await asCoordinator.request({ method: 'GET', url: '/api/v1/carer-assessments' })).json().requests).toEqual(
      [],
    );

    expect((await asCarer.request({ method: 'GET', url })).json().requests).toMatchObject([
      { status: 'arranged', arrangedOn: '2026-06-22' },
    ]);
  });

  it('refuses bad input, a second open request and a wrong answer, changing nothing', async () => {
    const w = await assessmentWorld();
    const asCarer = await signInAs(app, w.carer.username);
    const url = `/api/v1/people/${w.person.id}/carer-assessments`;
    expect((await app.inject({ method: 'POST', url, payload: {} })).statusCode).toBe(401);
    expect(
      (await asCarer.request({ method: 'POST', url, payload: { carerNote: '<script>x</script>' } })).statusCode,
    ).toBe(400);
    expect((await asCarer.request({ method: 'POST', url, payload: { carerNote: 'x'.repeat(1_001) } })).statusCode).toBe(
      400,
    );
    expect(await t.repositories.carerAssessments.listForPerson(w.person.id)).toEqual([]);
    expect((await asCarer.request({ method: 'POST', url, payload: {} })).statusCode).toBe(201);
    expect((await asCarer.request({ method: 'POST', url, payload: {} })).statusCode).toBe(409);

    const [request] = await t.repositories.carerAssessments.listForPerson(w.person.id);
    const answerUrl = `/api/v1/carer-assessments/${request!.id}/answer`;
    const asCoordinator = await signInAs(app, w.coordinatorActor.username);
    for (const payload of [
      { version: 1, answer: 'maybe' },
      { version: 1, answer: 'arranged' },
      { version: 1, answer: 'arranged', arrangedOn: '2026-06-01' },
      { version: 1, answer: 'declined' },
      { version: 1, answer: 'declined', declineReason: '<b>no</b>' },
    ])
      expect((await asCoordinator.request({ method: 'PUT', url: answerUrl, payload })).statusCode).toBe(400);
    expect((await t.repositories.carerAssessments.findById(request!.id))?.status).toBe('requested');
    expect(
      (
        await asCoordinator.request({
          method: 'PUT',
          url: `/api/v1/carer-assessments/${newId()}/answer`,
          payload: { version: 1, answer: 'accepted' },
        })
      ).statusCode,
    ).toBe(404);
  });

  it('keeps the person, strangers, workers who broke glass, administrators and other carers out', async () => {
    const w = await assessmentWorld();
    const asCarer = await signInAs(app, w.carer.username);
    const url = `/api/v1/people/${w.person.id}/carer-assessments`;
    await asCarer.request({ method: 'POST', url, payload: { carerNote: 'Private to me.' } });
    const [request] = await t.repositories.carerAssessments.listForPerson(w.person.id);
    const answerUrl = `/api/v1/carer-assessments/${request!.id}/answer`;
    const otherCarer = await w.f.account('carer', { carerId: await w.f.carerFor(w.person.id, ['care_plan']) });
    const asOther = await signInAs(app, otherCarer.username);
    expect((await asOther.request({ method: 'GET', url })).json()).toEqual({ requests: [] });

    await t.repositories.breakGlass.create({
      id: newId(),
      personId: w.person.id,
      accountId: w.strangerActor.accountId,
      reason: 'Emergency',
      createdAt: new Date('2026-06-15T09:00:00Z'),
      expiresAt: new Date('2026-06-15T18:00:00Z'),
    });
    for (const username of [w.personActor.username, w.strangerActor.username, w.admin.username]) {
      const client = await signInAs(app, username);
      expect((await client.request({ method: 'GET', url })).statusCode).toBe(403);
      const answered = await client.request({
        method: 'PUT',
        url: answerUrl,
        payload: { version: 1, answer: 'accepted' },
      });
      expect(answered.statusCode).toBe(404);
    }
    expect(
      (await asCarer.request({ method: 'PUT', url: answerUrl, payload: { version: 1, answer: 'accepted' } }))
        .statusCode,
    ).toBe(404);
    expect((await t.repositories.carerAssessments.findById(request!.id))?.status).toBe('requested');

    // The request is the carer's own: nothing of it reaches the person's "who opened my record".
    const asCoordinator = await signInAs(app, w.coordinatorActor.username);
    expect((await asCoordinator.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await asCoordinator.request({ method: 'GET', url: `/api/v1/people/${w.person.id}` })).statusCode).toBe(200);
    await t.sealAudit();
    const asPerson = await signInAs(app, w.personActor.username);
    const log = await asPerson.request({ method: 'GET', url: `/api/v1/people/${w.person.id}/access-log` });
    expect(log.statusCode).toBe(200);
    expect(log.body).toContain('Alex Morgan');
    expect(log.body).not.toContain('assessment');
  });
});
