import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import { feedbackResponse, ratingsResponse } from '../../../test/support/meeting-fixtures';
import type { TestDatabase } from '../../../test/support/test-database';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import { qpr15, type InstrumentDefinition } from '../../domain/instruments';
import { instrumentToQuestionnaire, questionnaireUrl } from '../../fhir/export-questionnaire';
import { questionnaireToInstrument } from '../../fhir/import-questionnaire';
import { TANDEM } from '../../fhir/instrument-extensions';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string; id?: string; meta?: { versionId?: string } };
type SearchBundle = Json & { entry: { resource: Json & { id: string } }[]; link: { relation: string; url: string }[] };
const QPR = `${questionnaireUrl(qpr15)}|${qpr15.version}`;

async function call(client: SignedInClient, method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown, headers = {}) {
  const response = await client.request({
    method,
    url,
    headers: { 'content-type': 'application/fhir+json', ...headers },
    ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
  });
  const json = response.json<Json>();
  expect(fhirSchemaErrors(json)).toEqual([]);
  return { status: response.statusCode, body: json, headers: response.headers, text: response.body };
}

/** A QuestionnaireResponse another app sends: QPR-15 with every item answered 2 unless given. */
function qprResponse(personId: string, status: string, values: (number | null)[] = qpr15.items.map(() => 2)) {
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: QPR,
    status,
    subject: { reference: `Patient/${personId}` },
    item: qpr15.items.flatMap((item, i) =>
      values[i] === null || values[i] === undefined
        ? []
        : [
            {
              linkId: item.id,
              answer: [{ valueCoding: { system: TANDEM.scalePointSystem, code: String(values[i]) } }],
            },
          ],
    ),
  };
}

async function world() {
  const f = createFactories(t);
  const w = await f.careTeamWorld();
  const admin = await signInAs(app, w.admin.username);
  const wording = {
    instrumentId: qpr15.id,
    version: qpr15.version,
    items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
  };
  expect(
    (await admin.request({ method: 'POST', url: '/api/v1/admin/instruments/wording', payload: wording })).statusCode,
  ).toBe(201);
  return {
    w,
    f,
    personId: w.person.id,
    person: await signInAs(app, w.personActor.username),
    coordinator: await signInAs(app, w.coordinatorActor.username),
    stranger: await signInAs(app, w.strangerActor.username),
  };
}

async function meetingWithFeedback(coordinator: SignedInClient, person: SignedInClient, personId: string) {
  const created = await coordinator.request({
    method: 'POST',
    url: `/api/v1/people/${personId}/meetings`,
    payload: { durationMinutes: 30, mode: 'clinic', ratings: ratingsResponse() },
  });
  expect(created.statusCode).toBe(201);
  const meetingId = created.json<{ id: string }>().id;
  const base = `/api/v1/people/${personId}/meetings/${meetingId}/feedback`;
  // The person's answer is kept for the average only (the default): never shown to staff on its own.
  const theirs = await person.request({
    method: 'POST',
    url: `${base}/person`,
    payload: { response: feedbackResponse('person', [2, 2, 1, 2, 2]) },
  });
  const mine = await coordinator.request({
    method: 'POST',
    url: `${base}/worker`,
    payload: { response: feedbackResponse('worker', [4, 4, 4, 4, 4]) },
  });
  expect([theirs.statusCode, mine.statusCode]).toEqual([201, 201]);
}

const instrumentsOf = (bundle: SearchBundle) =>
  bundle.entry.map((e) => String(e.resource.questionnaire).split('|')[0]!.split('/').at(-1)).sort();

describe('FHIR QuestionnaireResponse search', () => {
  it('gives each account what it may see: staff never see feedback the person kept private', async () => {
    const { personId, person, coordinator, stranger } = await world();
    await meetingWithFeedback(coordinator, person, personId);
    const url = `/fhir/R4/QuestionnaireResponse?patient=Patient/${personId}`;

    const staff = (await call(coordinator, 'GET', url)).body as SearchBundle;
    expect(instrumentsOf(staff)).toEqual(['dialog-ratings', 'tandem-meeting-feedback-worker'].sort());
    const own = (await call(person, 'GET', url)).body as SearchBundle;
    expect(instrumentsOf(own)).toEqual(['dialog-ratings', 'tandem-meeting-feedback-person'].sort());
    expect(own.entry.every((e) => e.resource.status === 'completed')).toBe(true);

    const refused = await call(stranger, 'GET', url);
    expect(refused.status).toBe(403);
    expect(refused.body.resourceType).toBe('OperationOutcome');
    expect(refused.text).not.toContain('dialog');

    // One audit event for the coordinator's search, naming exactly what it gave.
    const events = (await t.repositories.audit.listForPerson(personId, { limit: 50 })).filter(
      (e) => e.action === 'response.export',
    );
    const searched = events.map((e) => (e.detail as { responseIds?: string[] }).responseIds?.length);
    expect(searched.sort()).toEqual([2, 2]);
  });

  it('filters by questionnaire, authored, status and _id, and pages with next links', async () => {
    const { personId, person, coordinator } = await world();
    for (let i = 0; i < 3; i++) await meetingWithFeedback(coordinator, person, personId);
    const base = `/fhir/R4/QuestionnaireResponse?subject=${personId}`;
    const ratings = (
      await call(coordinator, 'GET', `${base}&questionnaire=${questionnaireUrl({ id: 'dialog-ratings' })}`)
    ).body as SearchBundle;
    expect(ratings.entry).toHaveLength(3);
    const today = String(ratings.entry[0]!.resource.authored).slice(0, 10);
    expect(((await call(coordinator, 'GET', `${base}&authored=ge${today}`)).body as SearchBundle).entry).toHaveLength(
      6,
    );
    expect(((await call(coordinator, 'GET', `${base}&authored=lt${today}`)).body as SearchBundle).entry).toHaveLength(
      0,
    );
    expect(((await call(coordinator, 'GET', `${base}&_lastUpdated=gt2999`)).body as SearchBundle).entry).toHaveLength(
      0,
    );
    expect(((await call(coordinator, 'GET', `${base}&status=in-progress`)).body as SearchBundle).entry).toHaveLength(0);

    const seen: string[] = [];
    let next: string | undefined = `${base}&_count=4`;
    while (next) {
      const page = (await call(coordinator, 'GET', next)).body as SearchBundle;
      seen.push(...page.entry.map((e) => e.resource.id));
      next = page.link.find((l) => l.relation === 'next')?.url.replace(/^https?:\/\/[^/]+/, '');
    }
    expect(seen).toHaveLength(6);
    expect(new Set(seen).size).toBe(6);

    const byId = (await call(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse?_id=${seen[0]},${seen[5]}`))
      .body as SearchBundle;
    expect(byId.entry.map((e) => e.resource.id).sort()).toEqual([seen[0], seen[5]].sort());

    const unknown = await call(coordinator, 'GET', `${base}&colour=blue`);
    expect(unknown.status).toBe(400);
    expect(unknown.text).toContain('colour is not supported here');
    const lenient = await call(coordinator, 'GET', `${base}&colour=blue`, undefined, { prefer: 'handling=lenient' });
    expect(lenient.status).toBe(200);
    expect((await call(coordinator, 'GET', '/fhir/R4/QuestionnaireResponse?status=completed')).status).toBe(400);
  });
});

describe('FHIR QuestionnaireResponse create and update', () => {
  it('sends a person’s answers through the questionnaire use case: 201, Location, ETag, scores, read back', async () => {
    const { personId, person, coordinator } = await world();
    const created = await call(person, 'POST', '/fhir/R4/QuestionnaireResponse', qprResponse(personId, 'completed'));
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('W/"1"');
    const id = created.body.id!;
    expect(id).toMatch(/^response-/);
    expect(created.headers.location).toMatch(new RegExp(`/fhir/R4/QuestionnaireResponse/${id}/_history/1$`));
    expect(created.body).toMatchObject({ status: 'completed', subject: { reference: `Patient/${personId}` } });
    // Tandem works the score out: 15 items answered 2.
    expect(JSON.stringify(created.body)).toContain('"valueDecimal":30');

    const read = await call(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse/${id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('W/"1"');
    expect((await call(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse/${id}/_history/1`)).status).toBe(200);
    expect((await call(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse/${id}/_history/2`)).status).toBe(404);
    // The app shows it in the person's trend, as its own form's answers.
    const view = (await person.request({ method: 'GET', url: `/api/v1/people/${personId}/questionnaires` })).json<{
      trends: { instrumentId: string; points: unknown[] }[];
    }>();
    expect(view.trends.find((trend) => trend.instrumentId === 'qpr-15')?.points).toHaveLength(1);
  });

  it('refuses answers that do not fit, naming the item, and keeps nothing', async () => {
    const { personId, person } = await world();
    const values = qpr15.items.map(() => 2);
    values[3] = 9;
    const refused = await call(
      person,
      'POST',
      '/fhir/R4/QuestionnaireResponse',
      qprResponse(personId, 'completed', values),
    );
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'invalid', expression: ['QuestionnaireResponse.item[3]'] }],
    });
    expect(refused.text).toContain(qpr15.items[3]!.id);
    const tooFew = await call(
      person,
      'POST',
      '/fhir/R4/QuestionnaireResponse',
      qprResponse(personId, 'completed', [2, 2]),
    );
    expect(tooFew.status).toBe(400);
    expect(tooFew.text).toContain('too few to work out your score');
    const shapeless = await call(person, 'POST', '/fhir/R4/QuestionnaireResponse', {
      resourceType: 'QuestionnaireResponse',
      status: 'amended',
    });
    expect(shapeless.status).toBe(400);
    expect((shapeless.body as unknown as { issue: unknown[] }).issue.length).toBeGreaterThanOrEqual(3);
    // Nothing was opened or saved by any of them.
    const view = (await person.request({ method: 'GET', url: `/api/v1/people/${personId}/questionnaires` })).json<{
      open: unknown[];
      trends: unknown[];
    }>();
    expect(view).toMatchObject({ open: [], trends: [] });
  });

  it('lets nobody but the person answer: staff, a stranger and another person get 403 and nothing is kept', async () => {
    const { personId, f, coordinator, stranger } = await world();
    const other = await f.careTeamWorld();
    const otherPerson = await signInAs(app, other.personActor.username);
    for (const client of [coordinator, stranger, otherPerson]) {
      const refused = await call(client, 'POST', '/fhir/R4/QuestionnaireResponse', qprResponse(personId, 'completed'));
      expect(refused.status).toBe(403);
      expect(refused.body.resourceType).toBe('OperationOutcome');
    }
    const responses = await t.repositories.instruments.listResponses(personId, { limit: 10 });
    expect(responses).toEqual([]);
  });

  it('gives a retried create the first answer again, with its Location and ETag, for the same Idempotency-Key', async () => {
    const { personId, person } = await world();
    const body = qprResponse(personId, 'completed');
    const headers = { 'idempotency-key': crypto.randomUUID() };
    const first = await call(person, 'POST', '/fhir/R4/QuestionnaireResponse', body, headers);
    const again = await call(person, 'POST', '/fhir/R4/QuestionnaireResponse', body, headers);
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    expect(first.headers.location).toMatch(/\/QuestionnaireResponse\/.+\/_history\/1$/);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.headers.location).toBe(first.headers.location);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['content-type']).toBe(first.headers['content-type']);
    expect(await t.repositories.instruments.listResponses(personId, { limit: 10 })).toHaveLength(1);
  });

  it('keeps answers in progress for the person, and changes them only with the version they read', async () => {
    const { personId, person, coordinator } = await world();
    const begun = await call(
      person,
      'POST',
      '/fhir/R4/QuestionnaireResponse',
      qprResponse(personId, 'in-progress', [3, 3, 3]),
    );
    expect(begun.status).toBe(201);
    expect(begun.headers.etag).toBe('W/"1"');
    const id = begun.body.id!;
    expect(id).toMatch(/^draft-/);
    expect(begun.body.status).toBe('in-progress');

    // The person's draft is theirs alone.
    expect((await call(coordinator, 'GET', `/fhir/R4/QuestionnaireResponse/${id}`)).status).toBe(403);
    const search = (await call(person, 'GET', `/fhir/R4/QuestionnaireResponse?patient=${personId}&status=in-progress`))
      .body as SearchBundle;
    expect(search.entry.map((e) => e.resource.id)).toEqual([id]);

    // A second create would start again over the draft: refused, pointing at the draft.
    const twice = await call(person, 'POST', '/fhir/R4/QuestionnaireResponse', qprResponse(personId, 'in-progress'));
    expect(twice.status).toBe(409);
    expect(twice.text).toContain(id);

    const url = `/fhir/R4/QuestionnaireResponse/${id}`;
    const more = { ...qprResponse(personId, 'in-progress', [3, 3, 3, 3, 3]), id };
    expect((await call(person, 'PUT', url, more)).status).toBe(428);
    expect((await call(person, 'PUT', url, more, { 'if-match': 'W/"0"' })).status).toBe(412);
    const saved = await call(person, 'PUT', url, more, { 'if-match': 'W/"1"' });
    expect(saved.status).toBe(200);
    expect(saved.headers.etag).toBe('W/"2"');
    expect((saved.body as unknown as { item: unknown[] }).item).toHaveLength(5);
    // Another app still holding version 1 cannot overwrite what was saved since.
    const stale = await call(person, 'PUT', url, { ...more, status: 'completed' }, { 'if-match': 'W/"1"' });
    expect(stale.status).toBe(412);
    expect((await call(coordinator, 'PUT', url, more, { 'if-match': 'W/"2"' })).status).toBe(403);

    const sent = await call(person, 'PUT', url, { ...qprResponse(personId, 'completed'), id }, { 'if-match': 'W/"2"' });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ status: 'completed', meta: { versionId: '1' } });
    expect(sent.headers['content-location']).toContain(String(sent.body.id));
    expect((await call(person, 'GET', url)).status).toBe(410);
    expect((await call(person, 'PUT', `/fhir/R4/QuestionnaireResponse/${sent.body.id}`, more)).status).toBe(409);
  });
});

describe('FHIR Questionnaire import', () => {
  const exported = (definition: InstrumentDefinition) =>
    JSON.parse(JSON.stringify(instrumentToQuestionnaire(definition))) as Json & { url: string };

  it('stores an administrator’s Questionnaire so the app lists it, serves it back, and audits the import', async () => {
    const { w } = await world();
    const admin = await signInAs(app, w.admin.username);
    const created = await call(admin, 'POST', '/fhir/R4/Questionnaire', exported(fixtureInstrument));
    expect(created.status).toBe(201);
    const id = `${fixtureInstrument.id}-${fixtureInstrument.version}`;
    expect(created.body.id).toBe(id);
    expect(created.headers.location).toMatch(new RegExp(`/fhir/R4/Questionnaire/${id}$`));

    const coordinator = await signInAs(app, w.coordinatorActor.username);
    const read = await call(coordinator, 'GET', `/fhir/R4/Questionnaire/${id}`);
    expect(read.status).toBe(200);
    expect(questionnaireToInstrument(read.body)).toEqual(fixtureInstrument);
    const found = (await call(coordinator, 'GET', `/fhir/R4/Questionnaire?url=${exported(fixtureInstrument).url}`))
      .body as SearchBundle;
    expect(found.entry.map((e) => e.resource.id)).toEqual([id]);
    const listed = (await coordinator.request({ method: 'GET', url: '/api/v1/instruments' })).json<{
      instruments: { id: string; version: string }[];
    }>();
    expect(listed.instruments).toContainEqual(expect.objectContaining({ id: 'fixture', version: '2.0.0' }));

    const events = await t.repositories.audit.listChain(`account:${w.admin.accountId}`);
    expect(events.filter((e) => e.action === 'instrument.import')).toHaveLength(1);
  });

  it('keeps a version as it was: the same again is 200, other content 409, a new version is stored beside it', async () => {
    const { w } = await world();
    const admin = await signInAs(app, w.admin.username);
    const first = { ...fixtureInstrument, id: 'versioned-scale' };
    expect((await call(admin, 'POST', '/fhir/R4/Questionnaire', exported(first))).status).toBe(201);
    const again = await call(admin, 'POST', '/fhir/R4/Questionnaire', exported(first));
    expect(again.status).toBe(200);
    const changed = await call(admin, 'POST', '/fhir/R4/Questionnaire', exported({ ...first, title: 'Changed' }));
    expect(changed.status).toBe(409);
    expect(changed.text).toContain('new version');
    const next = await call(
      admin,
      'POST',
      '/fhir/R4/Questionnaire',
      exported({ ...first, version: '2.1.0', title: 'Changed' }),
    );
    expect(next.status).toBe(201);
    expect(next.body.id).toBe('versioned-scale-2.1.0');
    expect((await call(admin, 'GET', '/fhir/R4/Questionnaire/versioned-scale-2.0.0')).body).toMatchObject({
      title: 'Fixture',
    });
    // A shipped instrument exported and imported again is already there.
    expect((await call(admin, 'POST', '/fhir/R4/Questionnaire', exported(qpr15))).status).toBe(200);
    expect((await call(admin, 'POST', '/fhir/R4/Questionnaire', exported({ ...qpr15, title: 'Mine' }))).status).toBe(
      409,
    );
  });

  it('refuses anyone but an administrator with 403, and says what is wrong with a Questionnaire', async () => {
    const { w, person, coordinator } = await world();
    for (const client of [person, coordinator]) {
      const refused = await call(
        client,
        'POST',
        '/fhir/R4/Questionnaire',
        exported({ ...fixtureInstrument, id: 'nope' }),
      );
      expect(refused.status).toBe(403);
      expect(refused.body.resourceType).toBe('OperationOutcome');
      // Not even what is wrong with a broken one.
      expect((await call(client, 'POST', '/fhir/R4/Questionnaire', { resourceType: 'Questionnaire' })).status).toBe(
        403,
      );
    }
    expect((await call(coordinator, 'GET', '/fhir/R4/Questionnaire/nope-2.0.0')).status).toBe(404);
    const admin = await signInAs(app, w.admin.username);
    const broken = {
      ...exported({ ...fixtureInstrument, id: 'broken' }),
      url: 'https://example.org/instruments/broken',
    };
    const refused = await call(admin, 'POST', '/fhir/R4/Questionnaire', broken);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ issue: [{ expression: ['Questionnaire.url'] }] });
  });
});
