import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { Client } from 'fhir-kit-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { buildTestApp, signInAs } from '../../../test/support/http-client';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { signCarePlan } from '../../services/care-plan/sign-care-plan';
import { qpr15 } from '../../domain/instruments';
import { fixtureInstrument } from '../../../test/support/fixture-instrument';
import { instrumentToQuestionnaire, questionnaireUrl } from '../../fhir/export-questionnaire';
import { TANDEM } from '../../fhir/instrument-extensions';

let t: TestDatabase;
let app: FastifyInstance;
let baseUrl: string;
useTestDatabase((opened) => (t = opened));
beforeAll(async () => {
  // Compiling the R4 schema takes seconds; done first, so no pause between requests outlasts the
  // server's keep-alive and resets the client's connection.
  fhirSchemaErrors({ resourceType: 'Patient' });
  app = await buildTestApp(t);
  await app.listen({ port: 0, host: '127.0.0.1' });
  baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/fhir/R4`;
});
afterAll(() => app.close());

type Bundle = {
  resourceType: 'Bundle';
  entry: { resource: { resourceType: string; id: string } }[];
  link: { relation: string; url: string }[];
};

describe('the FHIR API driven by a FHIR client library over HTTP', () => {
  it('reads the capability statement, a Patient, the CareTeam, and every Encounter page by page', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    for (let day = 1; day <= 5; day++) {
      const created = await coordinator.request({
        method: 'POST',
        url: `/api/v1/people/${world.person.id}/contacts`,
        payload: { durationMinutes: 30, mode: 'phone', kind: 'brief_contact', occurredAt: `2026-05-0${day}T12:00:00Z` },
      });
      expect(created.statusCode).toBe(201);
    }
    const client = new Client({ baseUrl, customHeaders: { cookie: coordinator.cookie } });

    const capability = (await client.capabilityStatement()) as { resourceType: string };
    expect(capability.resourceType).toBe('CapabilityStatement');

    const patient = (await client.read({ resourceType: 'Patient', id: world.person.id })) as {
      resourceType: string;
      id: string;
    };
    expect(patient).toMatchObject({ resourceType: 'Patient', id: world.person.id });
    expect(fhirSchemaErrors(patient)).toEqual([]);

    const teams = (await client.search({
      resourceType: 'CareTeam',
      searchParams: { patient: world.person.id },
    })) as Bundle;
    expect(teams.entry.map((e) => e.resource.resourceType)).toEqual(['CareTeam']);

    const seen: string[] = [];
    let page: Bundle | undefined = (await client.search({
      resourceType: 'Encounter',
      searchParams: { patient: `Patient/${world.person.id}`, _count: 2 },
    })) as Bundle;
    while (page) {
      expect(fhirSchemaErrors(page)).toEqual([]);
      seen.push(...page.entry.map((e) => e.resource.id));
      page = (await client.nextPage({ bundle: page })) as Bundle | undefined;
    }
    expect(seen).toHaveLength(5);
    expect(new Set(seen).size).toBe(5);
  });

  it('reads the agreed care plan, an earlier version, its Provenance, its Goal, the carers and their Consents', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const personId = world.person.id;
    const save = (sectionKey: string, text: string) =>
      saveCarePlanSection(t.deps, { personId, sectionKey, text, baseVersion: 0 }, world.personActor);
    const agree = async (version: number) => {
      await signCarePlan(t.deps, { personId, version }, world.personActor);
      await signCarePlan(t.deps, { personId, version }, world.coordinatorActor);
    };
    await save('about_me', 'I like long walks.');
    await agree(1);
    await save('what_matters', 'Walking the coast path in spring.');
    await agree(2);
    await f.carerFor(personId, ['care_plan']);
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const client = new Client({ baseUrl, customHeaders: { cookie: coordinator.cookie } });
    const id = `care-plan-${personId}`;

    const plan = (await client.read({ resourceType: 'CarePlan', id })) as unknown as { meta: { versionId: string } };
    expect(plan.meta.versionId).toBe('2');
    const first = (await client.vread({ resourceType: 'CarePlan', id, version: '1' })) as unknown as {
      meta: { versionId: string };
      note: unknown[];
    };
    expect(first.meta.versionId).toBe('1');
    expect(first.note).toHaveLength(1);
    const withSignatures = (await client.search({
      resourceType: 'CarePlan',
      searchParams: { patient: personId, category: 'care-plan', _revinclude: 'Provenance:target' },
    })) as Bundle;
    expect(withSignatures.entry.map((e) => e.resource.resourceType)).toEqual(['CarePlan', 'Provenance']);
    const goals = (await client.search({ resourceType: 'Goal', searchParams: { patient: personId } })) as Bundle;
    expect(goals.entry).toHaveLength(1);
    const carers = (await client.search({
      resourceType: 'RelatedPerson',
      searchParams: { patient: personId },
    })) as Bundle;
    const consents = (await client.search({ resourceType: 'Consent', searchParams: { patient: personId } })) as Bundle;
    expect(carers.entry).toHaveLength(1);
    expect(consents.entry).toHaveLength(1);
    for (const resource of [plan, first, withSignatures, goals, carers, consents] as { resourceType: string }[]) {
      expect(fhirSchemaErrors(resource)).toEqual([]);
    }
  });

  it('gives the client an OperationOutcome it can read when access is refused', async () => {
    const world = await createFactories(t).careTeamWorld();
    const stranger = await signInAs(app, world.strangerActor.username);
    const client = new Client({ baseUrl, customHeaders: { cookie: stranger.cookie } });
    const refused = await client
      .read({ resourceType: 'Patient', id: world.person.id })
      .catch((error: unknown) => error);
    expect(refused).toMatchObject({ response: { status: 403, data: { resourceType: 'OperationOutcome' } } });
  });

  it('answers a questionnaire from another app: create, update with If-Match, search; a stranger can do none of it', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    const admin = await signInAs(app, world.admin.username);
    const asClient = (signedIn: { cookie: string; csrfToken: string }) =>
      new Client({ baseUrl, customHeaders: { cookie: signedIn.cookie, 'x-csrf-token': signedIn.csrfToken } });
    const adminClient = asClient(admin);
    await admin.request({
      method: 'POST',
      url: '/api/v1/admin/instruments/wording',
      payload: {
        instrumentId: qpr15.id,
        version: qpr15.version,
        items: qpr15.items.map((item, i) => ({ id: item.id, text: `Statement ${i + 1}` })),
      },
    });
    const imported = (await adminClient.create({
      resourceType: 'Questionnaire',
      body: instrumentToQuestionnaire({ ...fixtureInstrument, id: 'client-import' }) as never,
    })) as { resourceType: string; id: string };
    expect(imported.id).toBe(`client-import-${fixtureInstrument.version}`);
    expect(fhirSchemaErrors(imported)).toEqual([]);
    expect(await adminClient.read({ resourceType: 'Questionnaire', id: imported.id })).toMatchObject({
      id: imported.id,
    });

    const answers = (count: number) =>
      qpr15.items.slice(0, count).map((item) => ({
        linkId: item.id,
        answer: [{ valueCoding: { system: TANDEM.scalePointSystem, code: '3' } }],
      }));
    const body = (status: string, count: number, id?: string) => ({
      resourceType: 'QuestionnaireResponse',
      ...(id ? { id } : {}),
      questionnaire: `${questionnaireUrl(qpr15)}|${qpr15.version}`,
      status,
      subject: { reference: `Patient/${personId}` },
      item: answers(count),
    });
    type QR = { resourceType: string; id: string; status: string; meta: { versionId: string } };
    const person = asClient(await signInAs(app, world.personActor.username));
    const begun = (await person.create({
      resourceType: 'QuestionnaireResponse',
      body: body('in-progress', 4) as never,
    })) as QR;
    expect(begun).toMatchObject({ status: 'in-progress', meta: { versionId: '1' } });
    const read = (await person.read({ resourceType: 'QuestionnaireResponse', id: begun.id })) as QR;
    const sent = (await person.update({
      resourceType: 'QuestionnaireResponse',
      id: begun.id,
      body: body('completed', 15, begun.id) as never,
      options: { headers: { 'If-Match': `W/"${read.meta.versionId}"` } },
    })) as QR;
    expect(sent).toMatchObject({ status: 'completed', meta: { versionId: '1' } });
    const stale = await person
      .update({
        resourceType: 'QuestionnaireResponse',
        id: begun.id,
        body: body('completed', 15, begun.id) as never,
        options: { headers: { 'If-Match': `W/"${read.meta.versionId}"` } },
      })
      .catch((error: unknown) => error);
    // Sent already: the answers in progress are no more, and nothing is sent twice.
    expect(stale).toMatchObject({ response: { status: 409 } });

    const found = (await person.search({
      resourceType: 'QuestionnaireResponse',
      searchParams: { patient: personId, questionnaire: questionnaireUrl(qpr15), status: 'completed' },
    })) as Bundle;
    expect(found.entry.map((e) => e.resource.id)).toEqual([sent.id]);
    for (const resource of [begun, read, sent, found] as { resourceType: string }[]) {
      expect(fhirSchemaErrors(resource)).toEqual([]);
    }

    const stranger = asClient(await signInAs(app, world.strangerActor.username));
    // One request at a time, each refusal caught as it comes.
    for (const attempt of [
      () => stranger.read({ resourceType: 'QuestionnaireResponse', id: sent.id }),
      () => stranger.search({ resourceType: 'QuestionnaireResponse', searchParams: { patient: personId } }),
      () => stranger.create({ resourceType: 'QuestionnaireResponse', body: body('completed', 15) as never }),
      () =>
        stranger.create({ resourceType: 'Questionnaire', body: instrumentToQuestionnaire(fixtureInstrument) as never }),
    ]) {
      const refused = await attempt().catch((error: unknown) => error);
      expect(refused).toMatchObject({ response: { status: 403, data: { resourceType: 'OperationOutcome' } } });
    }
  });
});
