import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { srs, starC } from '../../domain/instruments';
import { ratingsResponse } from '../../../test/support/meeting-fixtures';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const wording = (version = srs.version) => ({
  instrumentId: 'srs',
  version,
  items: srs.items.map((item) => ({ id: item.id, text: `Text of ${item.label}` })),
});

describe('instruments API', () => {
  it('needs a session: 401 without one', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/instruments' })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/instruments/srs/1.0.0/fhir' })).statusCode).toBe(401);
    expect(
      (await app.inject({ method: 'POST', url: '/api/v1/admin/instruments/wording', payload: wording() })).statusCode,
    ).toBe(401);
  });

  it('lists definitions with their wording, and gives each as a FHIR Questionnaire', async () => {
    const f = createFactories(t);
    const worker = await signInAs(app, (await f.account('worker', { workerId: (await f.worker()).id })).username);
    const list = (await worker.request({ method: 'GET', url: '/api/v1/instruments' })).json();
    const dialog = list.instruments.find((i: { id: string }) => i.id === 'dialog-ratings');
    expect(dialog).toMatchObject({ version: '1.0.0', wordingMode: 'included', hasWording: false });
    expect(dialog.items[0].text).toMatch(/How do you feel/);

    const fhir = await worker.request({ method: 'GET', url: '/api/v1/instruments/dialog-ratings/1.0.0/fhir' });
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['content-type']).toMatch(/application\/fhir\+json/);
    expect(fhir.json()).toMatchObject({ resourceType: 'Questionnaire', id: 'dialog-ratings', version: '1.0.0' });
    expect(
      (await worker.request({ method: 'GET', url: '/api/v1/instruments/dialog-ratings/0.1.0/fhir' })).statusCode,
    ).toBe(404);
    expect((await worker.request({ method: 'GET', url: '/api/v1/instruments/Not_An_Id/1.0.0/fhir' })).statusCode).toBe(
      400,
    );
  });

  it('loads a licensed wording file for an administrator only, listing every problem of a file that does not match', async () => {
    const f = createFactories(t);
    const admin = await signInAs(app, (await f.account('admin')).username);
    const worker = await signInAs(app, (await f.account('worker', { workerId: (await f.worker()).id })).username);
    const url = '/api/v1/admin/instruments/wording';

    expect((await worker.request({ method: 'POST', url, payload: wording() })).statusCode).toBe(403);
    const mismatch = await admin.request({
      method: 'POST',
      url,
      payload: { ...wording('2.0.0'), items: [{ id: 'item-7', text: 'x' }] },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.json().error.details.issues.map((issue: { code: string }) => issue.code)).toEqual([
      'wrong-version',
      'unknown-item',
      'missing-item',
      'missing-item',
      'missing-item',
      'missing-item',
    ]);
    const wrongShape = await admin.request({
      method: 'POST',
      url,
      payload: { instrumentId: 'srs', version: '1.0.0', items: [{ id: 'item-1', wording: 'x' }] },
    });
    expect(wrongShape.statusCode).toBe(400);
    expect(wrongShape.json().error.details).toMatchObject({ kind: 'invalid-wording' });

    const loaded = await admin.request({ method: 'POST', url, payload: wording() });
    expect(loaded.statusCode).toBe(201);
    expect(loaded.json()).toMatchObject({ instrumentId: 'srs', version: '1.0.0', itemCount: 4 });
    const fhir = (await worker.request({ method: 'GET', url: '/api/v1/instruments/srs/1.0.0/fhir' })).json();
    expect(fhir.item[0]).toMatchObject({ linkId: 'item-1', text: 'Text of Item 1' });
  });

  it('takes STAR wording only with a scoring key that fits the subscale sizes: 400 otherwise, and the scores wait for it', async () => {
    const admin = await signInAs(app, (await createFactories(t).account('admin')).username);
    const url = '/api/v1/admin/instruments/wording';
    const starWording = {
      instrumentId: 'star-c',
      version: starC.version,
      items: starC.items.map((item) => ({ id: item.id, text: `Text of ${item.label}` })),
    };
    const withoutKey = await admin.request({ method: 'POST', url, payload: starWording });
    expect(withoutKey.statusCode).toBe(400);
    expect(withoutKey.json().error.details.issues).toEqual([
      expect.objectContaining({ path: 'scoringKey', code: 'missing-scoring-key' }),
    ]);
    const badKey = {
      subscales: [{ id: 'emotional-difficulties', itemIds: ['item-1', 'item-2', 'item-3', 'item-4'] }],
      reverseKeyedItemIds: [],
    };
    const wrongKey = await admin.request({ method: 'POST', url, payload: { ...starWording, scoringKey: badKey } });
    expect(wrongKey.statusCode).toBe(400);
    expect(wrongKey.json().error.details.issues.map((issue: { code: string }) => issue.code)).toEqual([
      'wrong-item-count',
      'missing-item',
      'missing-item',
    ]);
    const listed = (await admin.request({ method: 'GET', url: '/api/v1/instruments' })).json();
    expect(listed.instruments.find((entry: { id: string }) => entry.id === 'star-c')).toMatchObject({
      hasWording: false,
      scoringKey: { reverseKeys: 'supplied-by-service' },
    });
  });

  it('exports a saved response as a FHIR QuestionnaireResponse to the care team, 403 to a stranger, 404 when unknown', async () => {
    const world = await createFactories(t).careTeamWorld();
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const created = await coordinator.request({
      method: 'POST',
      url: `/api/v1/people/${world.person.id}/meetings`,
      payload: { durationMinutes: 30, mode: 'clinic', ratings: ratingsResponse({ friendships: 6 }) },
    });
    const responseId = created.json().ratings.responseId;
    const url = `/api/v1/people/${world.person.id}/responses/${responseId}/fhir`;

    const exported = await coordinator.request({ method: 'GET', url });
    expect(exported.statusCode).toBe(200);
    expect(exported.json()).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id: responseId,
      status: 'completed',
      authored: '2026-06-15T10:00:00.000Z',
      questionnaire: expect.stringMatching(/Questionnaire\/dialog-ratings\|1\.0\.0$/),
    });
    const stranger = await signInAs(app, world.strangerActor.username);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    expect(
      (
        await coordinator.request({
          method: 'GET',
          url: `/api/v1/people/${world.person.id}/responses/0190e8b0-0000-7000-8000-000000000000/fhir`,
        })
      ).statusCode,
    ).toBe(404);
  });
});
