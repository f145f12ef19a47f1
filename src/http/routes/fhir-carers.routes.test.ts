import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { fhirSchemaErrors } from '../../../test/support/fhir-schema';
import { signInAs, type SignedInClient, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { ratingsResponse } from '../../../test/support/meeting-fixtures';
import { consentId, pairId, parsePairId, relatedPersonId } from '../../fhir/carer-resources';
import { setCarerSharing } from '../../services/carer-consent/set-carer-sharing';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));
// Compiling the R4 schema takes seconds on a busy machine: done once, before any test's clock starts.
beforeAll(() => void fhirSchemaErrors({ resourceType: 'Patient' }), 120_000);

type Json = Record<string, unknown> & { resourceType: string };
type SearchBundle = Json & { entry: { resource: Json & { id: string } }[] };

async function get(client: SignedInClient, url: string) {
  const response = await client.request({ method: 'GET', url });
  const body = response.json<Json>();
  expect(fhirSchemaErrors(body)).toEqual([]);
  return { status: response.statusCode, body, text: response.body };
}

async function carerWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const personId = world.person.id;
  const sister = await f.carerFor(personId, []);
  await setCarerSharing(
    t.deps,
    { personId, carerId: sister, version: 1, sharedScopes: ['care_plan', 'safety_plan'] },
    world.personActor,
  );
  const friend = await f.carerFor(personId, []);
  return { world, f, personId, sister, friend };
}

describe('FHIR RelatedPerson, Consent and PractitionerRole', () => {
  it('keeps a person and a carer in one id that reads back', () => {
    const personId = '01a23d16-ae79-7263-84ba-c5af78d77b87';
    const carerId = '01a23d16-ae77-74f5-b322-7e8a88d00d44';
    expect(relatedPersonId(personId, carerId).length).toBeLessThanOrEqual(64);
    expect(parsePairId(relatedPersonId(personId, carerId).slice('carer-'.length))).toEqual({
      personId,
      otherId: carerId,
    });
    expect(parsePairId('short')).toBeNull();
    // FHIR ids hold letters, digits, '-' and '.' only.
    for (let i = 0; i < 200; i++) {
      const id = relatedPersonId(crypto.randomUUID(), crypto.randomUUID());
      expect(id).toMatch(/^[A-Za-z0-9.-]{1,64}$/);
    }
  });

  it('gives the care team the carers and what each may see, as the person chose it, and audits the reads', async () => {
    const { world, personId, sister, friend } = await carerWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const carers = (await get(coordinator, `/fhir/R4/RelatedPerson?patient=${personId}`)).body as SearchBundle;
    expect(carers.entry.map((e) => e.resource.id).sort()).toEqual(
      [relatedPersonId(personId, sister), relatedPersonId(personId, friend)].sort(),
    );
    const read = await get(coordinator, `/fhir/R4/RelatedPerson/${relatedPersonId(personId, sister)}`);
    expect(read.body).toMatchObject({
      patient: { reference: `Patient/${personId}` },
      relationship: [{ text: 'Sister' }],
    });

    const consent = await get(coordinator, `/fhir/R4/Consent/${consentId(personId, sister)}`);
    expect(consent.body).toMatchObject({
      status: 'active',
      patient: { reference: `Patient/${personId}` },
      performer: [{ reference: `Patient/${personId}` }],
      provision: {
        type: 'permit',
        actor: [{ reference: { reference: `RelatedPerson/${relatedPersonId(personId, sister)}` } }],
        code: [{ coding: [{ code: 'care_plan' }] }, { coding: [{ code: 'safety_plan' }] }],
      },
    });
    const inactive = (await get(coordinator, `/fhir/R4/Consent?patient=${personId}&status=inactive`))
      .body as SearchBundle;
    expect(inactive.entry.map((e) => e.resource.id)).toEqual([consentId(personId, friend)]);

    const reads = (await t.repositories.audit.listForPerson(personId, { limit: 50 })).filter(
      (e) => e.action === 'carer_sharing.read' && e.accountId === world.coordinatorActor.accountId,
    );
    expect(reads).toHaveLength(4);
  });

  it('refuses a stranger and a carer, and answers an id that is not a carer with 404', async () => {
    const { world, f, personId, sister } = await carerWorld();
    const carerAccount = await f.account('carer', { carerId: sister });
    for (const username of [world.strangerActor.username, carerAccount.username]) {
      const client = await signInAs(app, username);
      for (const url of [
        `/fhir/R4/RelatedPerson?patient=${personId}`,
        `/fhir/R4/Consent/${consentId(personId, sister)}`,
      ]) {
        const refused = await get(client, url);
        expect(refused.status).toBe(403);
        expect(refused.text).not.toContain('Sister');
      }
    }
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    expect((await get(coordinator, `/fhir/R4/Consent/consent-nonsense`)).status).toBe(404);
    expect((await get(coordinator, `/fhir/R4/RelatedPerson/${consentId(personId, sister)}`)).status).toBe(404);
  });

  it('reads a saved response as a QuestionnaireResponse for the care team, and not for a stranger', async () => {
    const { world, personId } = await carerWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const created = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${personId}/meetings`,
      payload: { durationMinutes: 30, mode: 'clinic', ratings: ratingsResponse({ friendships: 6 }) },
    });
    const id = `response-${pairId(personId, created.json<{ ratings: { responseId: string } }>().ratings.responseId)}`;
    const read = await get(coordinator, `/fhir/R4/QuestionnaireResponse/${id}`);
    expect(read.body).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id,
      status: 'completed',
      subject: { reference: `Patient/${personId}` },
    });
    const stranger = await signInAs(app, world.strangerActor.username);
    expect((await get(stranger, `/fhir/R4/QuestionnaireResponse/${id}`)).status).toBe(403);
    expect((await get(coordinator, `/fhir/R4/QuestionnaireResponse/response-x`)).status).toBe(404);
  });

  it('reads a member of staff’s role for staff, and not for the person', async () => {
    const { world } = await carerWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const role = await get(coordinator, `/fhir/R4/PractitionerRole/${world.coordinator.id}`);
    expect(role.body).toMatchObject({
      resourceType: 'PractitionerRole',
      practitioner: { reference: `Practitioner/${world.coordinator.id}` },
      code: [{ text: 'Nurse' }],
    });
    const search = (
      await get(coordinator, `/fhir/R4/PractitionerRole?practitioner=Practitioner/${world.coordinator.id}`)
    ).body as SearchBundle;
    expect(search.entry.map((e) => e.resource.id)).toEqual([world.coordinator.id]);
    expect((await get(coordinator, '/fhir/R4/PractitionerRole')).status).toBe(400);
    const person = await signInAs(app, world.personActor.username);
    expect((await get(person, `/fhir/R4/PractitionerRole/${world.coordinator.id}`)).status).toBe(403);
  });
});
