import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { importedDefinition, importedQuestionnaire, importedUrl } from '../../../test/support/imported-questionnaire';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };

const goodWeek = [
  { itemId: 'calm', value: 3 },
  { itemId: 'out', value: 2 },
  { itemId: 'worried', value: 1 },
  { itemId: 'sleep', value: 7 },
  { itemId: 'talk', value: true },
];

async function fhir(client: SignedInClient, method: 'GET' | 'POST', url: string, body?: unknown) {
  const response = await client.request({
    method,
    url,
    headers: { 'content-type': 'application/fhir+json' },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  const json = response.json<Json>();
  expect(fhirSchemaErrors(json)).toEqual([]);
  return { status: response.statusCode, body: json };
}

/** An administrator imports the questionnaire over FHIR and offers it to people, and the care team asks the person to fill it in. */
async function invited(id: string, options: { scored?: boolean } = {}) {
  const w = await createFactories(t).careTeamWorld();
  const admin = await signInAs(app, w.admin.username);
  const imported = await fhir(
    admin,
    'POST',
    '/fhir/R4/Questionnaire',
    importedQuestionnaire(importedDefinition({ id, ...options })),
  );
  expect(imported.status).toBe(201);
  const offered = await admin.request({
    method: 'PUT',
    url: `/api/v1/admin/instruments/${id}/offer`,
    payload: { offered: true, revision: 0 },
  });
  expect(offered.statusCode).toBe(200);
  const coordinator = await signInAs(app, w.coordinatorActor.username);
  const person = await signInAs(app, w.personActor.username);
  const base = `/api/v1/people/${w.person.id}/questionnaires`;
  const asked = await coordinator.request({
    method: 'PUT',
    url: `${base}/schedules/${id}`,
    payload: { everyDays: 28 },
  });
  expect(asked.statusCode).toBe(200);
  const open = (await person.request({ method: 'GET', url: base })).json<{ open: { id: string; revision: number }[] }>()
    .open;
  expect(open).toHaveLength(1);
  return { w, admin, coordinator, person, base, invitationId: open[0]!.id };
}

describe('imported questionnaires over HTTP', () => {
  it('imports, invites, takes the person’s answers, scores them by the import and serves them with its canonical URL', async () => {
    const { w, coordinator, person, base, invitationId } = await invited('week-http');
    const draft = await person.request({
      method: 'PUT',
      url: `${base}/${invitationId}/draft`,
      payload: { answers: goodWeek.slice(0, 2), revision: 0 },
    });
    expect(draft.statusCode).toBe(200);
    const sent = await person.request({
      method: 'POST',
      url: `${base}/${invitationId}/responses`,
      payload: { answers: goodWeek, revision: 1 },
    });
    expect(sent.statusCode).toBe(201);
    const view = (await coordinator.request({ method: 'GET', url: base })).json<{ trends: Json[] }>();
    expect(view.trends).toEqual([
      expect.objectContaining({ instrumentId: 'week-http', points: [expect.objectContaining({ value: 7 })] }),
    ]);

    const canonical = `${importedUrl('week-http')}|1.0.0`;
    const found = await fhir(
      coordinator,
      'GET',
      `/fhir/R4/QuestionnaireResponse?patient=${w.person.id}&questionnaire=${encodeURIComponent(canonical)}`,
    );
    const entries = found.body.entry as { resource: Json & { id: string } }[];
    expect(entries).toHaveLength(1);
    const resource = entries[0]!.resource;
    expect(resource).toMatchObject({ questionnaire: canonical, status: 'completed' });
    const scoreItem = (resource.item as { linkId: string; answer: { valueDecimal?: number }[] }[]).find(
      (item) => item.linkId === 'week-total',
    );
    expect(scoreItem?.answer[0]?.valueDecimal).toBe(7);
    expect((await fhir(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse/${resource.id}`)).body).toMatchObject({
      questionnaire: canonical,
    });

    // Another app sends the next one back as read, score item and all: the score item is not an answer.
    const { id: _id, meta: _meta, ...again } = resource;
    const created = await fhir(person, 'POST', '/fhir/R4/QuestionnaireResponse', again);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ questionnaire: canonical, status: 'completed' });

    const stranger = await signInAs(app, w.strangerActor.username);
    expect((await fhir(stranger, 'GET', `/fhir/R4/QuestionnaireResponse/${resource.id}`)).status).toBe(403);
    expect((await stranger.request({ method: 'GET', url: base })).statusCode).toBe(403);
  });

  it('refuses answers that do not fit the imported items with a 400 naming the item, and keeps nothing', async () => {
    const { w, coordinator, person, base, invitationId } = await invited('week-http-bad');
    const send = (answers: unknown) =>
      person.request({ method: 'POST', url: `${base}/${invitationId}/responses`, payload: { answers, revision: 0 } });
    const outOfRange = await send([...goodWeek.slice(1), { itemId: 'calm', value: 9 }]);
    expect(outOfRange.statusCode).toBe(400);
    expect(outOfRange.body).toContain('Item \\"calm\\": 9 is outside 0–3');
    const unanswered = await send(goodWeek.filter((answer) => answer.itemId !== 'talk'));
    expect(unanswered.statusCode).toBe(400);
    expect(unanswered.body).toContain('needs an answer before sending');
    const search = await fhir(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse?patient=${w.person.id}`);
    expect(search.body.entry ?? []).toEqual([]);
  });

  it('keeps and shows answers to an imported questionnaire without a score', async () => {
    const { coordinator, person, base, invitationId } = await invited('week-http-plain', { scored: false });
    const sent = await person.request({
      method: 'POST',
      url: `${base}/${invitationId}/responses`,
      payload: { answers: goodWeek, revision: 0 },
    });
    expect(sent.statusCode).toBe(201);
    const view = (await coordinator.request({ method: 'GET', url: base })).json<Json>();
    expect(view.trends).toEqual([]);
    expect(view.answeredWithoutScore).toEqual([
      expect.objectContaining({
        instrumentId: 'week-http-plain',
        responses: [
          expect.objectContaining({
            answers: expect.arrayContaining([
              { itemId: 'talk', question: 'I would like to talk about this with my worker', answer: 'Yes' },
            ]),
          }),
        ],
      }),
    ]);
  });

  it('offers an imported questionnaire only once an administrator turns it on, and keeps open ones answerable when turned off', async () => {
    const w = await createFactories(t).careTeamWorld();
    const admin = await signInAs(app, w.admin.username);
    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const person = await signInAs(app, w.personActor.username);
    const definition = importedDefinition({ id: 'week-http-offer' });
    expect((await fhir(admin, 'POST', '/fhir/R4/Questionnaire', importedQuestionnaire(definition))).status).toBe(201);
    const base = `/api/v1/people/${w.person.id}/questionnaires`;
    const schedule = () =>
      coordinator.request({ method: 'PUT', url: `${base}/schedules/week-http-offer`, payload: { everyDays: 28 } });
    const offerUrl = '/api/v1/admin/instruments/week-http-offer/offer';
    const offers = async () =>
      (await admin.request({ method: 'GET', url: '/api/v1/admin/instruments/offers' })).json<{
        offers: { instrumentId: string; offered: boolean; revision: number }[];
      }>().offers;

    expect(await offers()).toContainEqual(expect.objectContaining({ instrumentId: 'week-http-offer', offered: false }));
    const refused = await schedule();
    expect(refused.statusCode).toBe(409);
    expect(refused.body).toContain('not offered to people');

    for (const client of [coordinator, person]) {
      const switched = await client.request({ method: 'PUT', url: offerUrl, payload: { offered: true, revision: 0 } });
      expect(switched.statusCode).toBe(403);
      expect((await client.request({ method: 'GET', url: '/api/v1/admin/instruments/offers' })).statusCode).toBe(403);
    }
    const bad = await admin.request({ method: 'PUT', url: offerUrl, payload: { offered: 'yes', revision: 0 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Offered to people');

    const on = await admin.request({ method: 'PUT', url: offerUrl, payload: { offered: true, revision: 0 } });
    expect(on.statusCode).toBe(200);
    expect(on.json()).toMatchObject({ instrumentId: 'week-http-offer', offered: true, revision: 1 });
    expect((await schedule()).statusCode).toBe(200);
    const [open] = (await person.request({ method: 'GET', url: base })).json<{ open: { id: string }[] }>().open;

    const stale = await admin.request({ method: 'PUT', url: offerUrl, payload: { offered: false, revision: 0 } });
    expect(stale.statusCode).toBe(409);
    const off = await admin.request({ method: 'PUT', url: offerUrl, payload: { offered: false, revision: 1 } });
    expect(off.statusCode).toBe(200);
    expect((await schedule()).statusCode).toBe(409);
    const sent = await person.request({
      method: 'POST',
      url: `${base}/${open!.id}/responses`,
      payload: { answers: goodWeek, revision: 0 },
    });
    expect(sent.statusCode).toBe(201);
  });
});
