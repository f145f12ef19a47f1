import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { signCarePlan } from '../../services/care-plan/sign-care-plan';
import { recordRiskDiscussion } from '../../services/risk/record-risk-discussion';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };
type Entry = {
  fullUrl: string;
  resource: Json & { id: string; meta: { versionId: string }; note: { text: string }[] };
  request?: { method: string; url: string };
  response?: { etag: string };
};
type Bundle = Json & { type: string; total?: number; entry: Entry[]; link: { relation: string; url: string }[] };

async function get(client: SignedInClient, url: string) {
  const response = await client.request({ method: 'GET', url });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, headers: response.headers, body, text: response.body };
}

/**
 * A risk formulation discussed and agreed twice (versions 1 and 2), then changed without agreement (3);
 * a positive risk-taking plan agreed at version 1; a care plan agreed at version 1.
 */
async function riskWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const personId = world.person.id;
  const save = (kind: DocumentKind, sectionKey: string, text: string) =>
    saveCarePlanSection(t.deps, { personId, kind, sectionKey, text, baseVersion: 0 }, world.personActor);
  const agree = async (kind: DocumentKind, version: number) => {
    await signCarePlan(t.deps, { personId, kind, version }, world.personActor);
    await signCarePlan(t.deps, { personId, kind, version }, world.coordinatorActor);
  };
  const discuss = () =>
    recordRiskDiscussion(
      t.deps,
      { personId, discussedOn: '2026-06-15', mode: 'in_person', response: 'Fair.', isDeclined: false },
      world.coordinatorActor,
    );
  await save('risk_formulation', 'what_helps_person', 'Music, and my sister.');
  await discuss();
  await agree('risk_formulation', 1);
  await save('risk_formulation', 'early_signs_person', 'I stop sleeping and skip meals.');
  await discuss();
  await agree('risk_formulation', 2);
  await save('risk_formulation', 'what_makes_it_harder_person', 'A draft nobody agreed.');
  await save('positive_risk_plan', 'what_i_want_to_do', 'Take the train to the coast alone.');
  await agree('positive_risk_plan', 1);
  await save('care_plan', 'about_me', 'I grow leeks.');
  await agree('care_plan', 1);
  return { world, f, personId };
}

describe('FHIR CarePlans of the risk formulation and the positive risk-taking plan, and CarePlan history', () => {
  it('serves each agreed version of the risk formulation and the positive risk-taking plan as a CarePlan of its own category', async () => {
    const { world, personId } = await riskWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const formulation = await get(coordinator, `/fhir/R4/CarePlan/risk-formulation-${personId}`);
    expect(formulation.status).toBe(200);
    expect(formulation.headers.etag).toBe('W/"2"');
    expect(formulation.body).toMatchObject({
      id: `risk-formulation-${personId}`,
      meta: { versionId: '2' },
      category: [{ coding: [{ code: 'risk-formulation' }] }],
      subject: { reference: `Patient/${personId}` },
    });
    expect(formulation.text).toContain('I stop sleeping');
    expect(formulation.text).not.toContain('A draft nobody agreed');
    const first = await get(coordinator, `/fhir/R4/CarePlan/risk-formulation-${personId}/_history/1`);
    expect(first.body).toMatchObject({ meta: { versionId: '1' } });
    expect(first.text).not.toContain('I stop sleeping');
    expect((await get(coordinator, `/fhir/R4/CarePlan/risk-formulation-${personId}/_history/3`)).status).toBe(404);

    const ids = async (query: string) =>
      ((await get(coordinator, `/fhir/R4/CarePlan?patient=${personId}&${query}`)).body as Bundle).entry.map(
        (e) => e.resource.id,
      );
    expect(await ids('category=risk-formulation,positive-risk-taking-plan')).toEqual([
      `risk-formulation-${personId}`,
      `positive-risk-plan-${personId}`,
    ]);
    expect(await ids('_revinclude=Provenance:target&category=positive-risk-taking-plan')).toEqual([
      `positive-risk-plan-${personId}`,
      `positive-risk-plan-${personId}-v1`,
    ]);
    expect(await ids('status=active')).toHaveLength(3);
  });

  it('lists every version that was in force as a history Bundle, newest first, a page at a time', async () => {
    const { world, personId } = await riskWorld();
    const person = await signInAs(app, world.personActor.username);
    const url = `/fhir/R4/CarePlan/risk-formulation-${personId}/_history`;
    const history = (await get(person, url)).body as Bundle;
    expect(history).toMatchObject({ type: 'history', total: 2 });
    expect(history.entry.map((e) => [e.resource.meta.versionId, e.request?.method, e.response?.etag])).toEqual([
      ['2', 'PUT', 'W/"2"'],
      ['1', 'POST', 'W/"1"'],
    ]);
    expect(history.link.map((l) => l.relation)).toEqual(['self']);

    const firstPage = (await get(person, `${url}?_count=1`)).body as Bundle;
    expect(firstPage.entry.map((e) => e.resource.meta.versionId)).toEqual(['2']);
    const next = firstPage.link.find((l) => l.relation === 'next')!.url;
    const secondPage = (await get(person, next.slice(next.indexOf('/fhir/R4')))).body as Bundle;
    expect(secondPage.entry.map((e) => e.resource.meta.versionId)).toEqual(['1']);
    expect(secondPage.link.some((l) => l.relation === 'next')).toBe(false);

    const carePlan = (await get(person, `/fhir/R4/CarePlan/care-plan-${personId}/_history`)).body as Bundle;
    expect(carePlan.entry.map((e) => e.resource.meta.versionId)).toEqual(['1']);
    expect((await get(person, `${url}?_cursor=x`)).status).toBe(400);
    expect((await get(person, `${url}?colour=blue`)).status).toBe(400);
  });

  it('gives a plan never agreed an empty history, and audits the history as one read', async () => {
    const world = await createFactories(t).careTeamWorld();
    const personId = world.person.id;
    await saveCarePlanSection(
      t.deps,
      {
        personId,
        kind: 'positive_risk_plan',
        sectionKey: 'what_i_want_to_do',
        text: 'Still thinking.',
        baseVersion: 0,
      },
      world.personActor,
    );
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const history = (await get(coordinator, `/fhir/R4/CarePlan/positive-risk-plan-${personId}/_history`))
      .body as Bundle;
    expect(history).toMatchObject({ type: 'history', total: 0, entry: [] });
    expect((await get(coordinator, `/fhir/R4/CarePlan/positive-risk-plan-${personId}`)).status).toBe(404);
    const reads = (await t.repositories.audit.listForPerson(personId, { limit: 50 })).filter(
      (e) => e.action === 'positive_risk_plan.read' && e.accountId === world.coordinatorActor.accountId,
    );
    expect(reads).toHaveLength(2);
  });

  it('keeps the risk documents from a carer who sees the care plan, and everything from a stranger', async () => {
    const { world, f, personId } = await riskWorld();
    const sharesPlan = await f.account('carer', { carerId: await f.carerFor(personId, ['care_plan']) });
    const carer = await signInAs(app, sharesPlan.username);
    const seen = (await get(carer, `/fhir/R4/CarePlan?patient=${personId}`)).body as Bundle;
    expect(seen.entry.map((e) => e.resource.id)).toEqual([`care-plan-${personId}`]);
    const stranger = await signInAs(app, world.strangerActor.username);
    for (const client of [carer, stranger]) {
      for (const url of [
        `/fhir/R4/CarePlan/risk-formulation-${personId}`,
        `/fhir/R4/CarePlan/risk-formulation-${personId}/_history`,
        `/fhir/R4/CarePlan/risk-formulation-${personId}/_history/1`,
        `/fhir/R4/CarePlan/positive-risk-plan-${personId}/_history`,
        `/fhir/R4/CarePlan?patient=${personId}&category=risk-formulation`,
      ]) {
        const refused = await get(client, url);
        expect(refused.status, url).toBe(403);
        expect(refused.text).not.toContain('sister');
        expect(refused.text).not.toContain('coast');
      }
    }
    const refused = await get(stranger, `/fhir/R4/CarePlan/care-plan-${personId}/_history`);
    expect(refused.status).toBe(403);
  });
});
