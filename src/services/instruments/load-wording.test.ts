import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { buildResponse, srs, starP } from '../../domain/instruments';
import { buildResponseRecord } from './build-response-record';
import { getInstrument } from './get-instrument';
import { listInstruments } from './list-instruments';
import { loadWording } from './load-wording';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const srsWording = (text = (n: number) => `Wording of line ${n}`) => ({
  instrumentId: srs.id,
  version: srs.version,
  items: srs.items.map((item, index) => ({ id: item.id, text: text(index + 1) })),
});

describe('loadWording', () => {
  it('refuses a file that does not match the instrument with a 400 listing every problem, and stores nothing', async () => {
    const admin = await createFactories(t).account('admin');
    const wrong = {
      instrumentId: srs.id,
      version: '2.0.0',
      items: [
        { id: 'item-1', text: ' ' },
        { id: 'item-9', text: 'Extra' },
      ],
    };
    await expect(loadWording(t.deps, wrong, admin)).rejects.toMatchObject({
      code: 'bad_request',
      details: {
        kind: 'invalid-wording',
        issues: [
          { path: 'version', code: 'wrong-version' },
          { path: 'items.0.text', code: 'empty-text' },
          { path: 'items.1.id', code: 'unknown-item' },
          { path: 'items', code: 'missing-item' },
          { path: 'items', code: 'missing-item' },
          { path: 'items', code: 'missing-item' },
        ],
      },
    });
    expect(await t.repositories.instruments.listWordings()).toEqual([]);
  });

  it('refuses a wording file for an instrument that ships its own wording, or one Tandem does not have', async () => {
    const admin = await createFactories(t).account('admin');
    await expect(
      loadWording(t.deps, { instrumentId: 'dialog-ratings', version: '1.0.0', items: [] }, admin),
    ).rejects.toMatchObject({
      code: 'bad_request',
      message: expect.stringMatching(/comes with its own wording/),
    });
    await expect(
      loadWording(t.deps, { instrumentId: 'no-such-thing', version: '1.0.0', items: [] }, admin),
    ).rejects.toMatchObject({
      code: 'bad_request',
    });
  });

  it('stores a matching file, which then words the instrument for everyone signed in; loading again replaces it', async () => {
    const f = createFactories(t);
    const admin = await f.account('admin');
    const worker = await f.account('worker', { workerId: (await f.worker()).id });
    expect((await getInstrument(t.deps, { instrumentId: srs.id, version: srs.version }, worker)).hasWording).toBe(
      false,
    );

    await loadWording(t.deps, srsWording(), admin);
    await loadWording(
      t.deps,
      srsWording((n) => `Better wording of line ${n}`),
      admin,
    );

    const worded = await getInstrument(t.deps, { instrumentId: srs.id, version: srs.version }, worker);
    expect(worded.hasWording).toBe(true);
    expect(worded.definition.items.map((item) => item.text)).toEqual(
      [1, 2, 3, 4].map((n) => `Better wording of line ${n}`),
    );
    const listed = await listInstruments(t.deps, worker);
    expect(listed.find((entry) => entry.definition.id === srs.id)?.hasWording).toBe(true);
    expect(listed.find((entry) => entry.definition.id === 'qpr-15')).toMatchObject({ hasWording: false });
  });

  it('lets only administrators load wording', async () => {
    const f = createFactories(t);
    const worker = await f.account('worker', { workerId: (await f.worker()).id });
    await expect(loadWording(t.deps, srsWording(), worker)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('answers 404 for an instrument version Tandem does not have', async () => {
    const admin = await createFactories(t).account('admin');
    await expect(getInstrument(t.deps, { instrumentId: srs.id, version: '9.9.9' }, admin)).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  describe('an instrument whose scoring key the service supplies (STAR)', () => {
    // An EXAMPLE key for the test, not the published assignment (Tandem ships none).
    const exampleKey = {
      subscales: [
        { id: 'positive-collaboration', itemIds: ['item-1', 'item-2', 'item-3', 'item-4', 'item-5', 'item-6'] },
        { id: 'positive-clinician-input', itemIds: ['item-7', 'item-8', 'item-9'] },
        { id: 'non-supportive-clinician-input', itemIds: ['item-10', 'item-11', 'item-12'] },
      ],
      reverseKeyedItemIds: ['item-10', 'item-11', 'item-12'],
    };
    const starWording = (scoringKey?: typeof exampleKey) => ({
      instrumentId: starP.id,
      version: starP.version,
      items: starP.items.map((item) => ({ id: item.id, text: `Service text ${item.id}` })),
      ...(scoringKey ? { scoringKey } : {}),
    });
    const response = buildResponse(starP, Object.fromEntries(starP.items.map((item) => [item.id, 2])));
    const context = {
      personId: 'p',
      purpose: 'person_feedback' as const,
      meetingId: null,
      completedAt: new Date(),
      recordedByAccountId: 'a',
    };

    it('refuses wording without the key, or with a key of the wrong subscale sizes, and stores nothing', async () => {
      const admin = await createFactories(t).account('admin');
      await expect(loadWording(t.deps, starWording(), admin)).rejects.toMatchObject({
        code: 'bad_request',
        details: { kind: 'invalid-wording', issues: [{ path: 'scoringKey', code: 'missing-scoring-key' }] },
      });
      const lopsided = {
        ...exampleKey,
        subscales: [
          exampleKey.subscales[0]!,
          exampleKey.subscales[1]!,
          { id: 'non-supportive-clinician-input', itemIds: ['item-10', 'item-11'] },
        ],
      };
      await expect(loadWording(t.deps, starWording(lopsided), admin)).rejects.toMatchObject({
        details: { issues: [{ path: 'scoringKey.subscales.2.itemIds', code: 'wrong-item-count' }] },
      });
      expect(await t.repositories.instruments.findWording(starP.id, starP.version)).toBeNull();
    });

    it('refuses to score a response (409) until the key is loaded; then scores it with the key', async () => {
      const admin = await createFactories(t).account('admin');
      expect(() => buildResponseRecord(starP, response, context)).toThrow(
        expect.objectContaining({
          code: 'conflict',
          kind: 'scoring-key-not-supplied',
          message: expect.stringMatching(/cannot be scored until the service loads its scoring key/),
        }),
      );
      await loadWording(t.deps, starWording(exampleKey), admin);
      expect((await t.repositories.instruments.findWording(starP.id, starP.version))?.scoringKey).toEqual(exampleKey);
      const { definition, hasWording } = await getInstrument(
        t.deps,
        { instrumentId: starP.id, version: starP.version },
        admin,
      );
      expect(hasWording).toBe(true);
      expect(definition.scoringKey).toBeUndefined();
      // Every item rated 2; reversed items score 4 − 2 = 2 as well: total 24, positive collaboration 12.
      const record = buildResponseRecord(definition, response, context);
      expect(record.scores.map((score) => [score.scoreId, score.value])).toEqual([
        ['total', 24],
        ['positive-collaboration-sum', 12],
        ['positive-clinician-input-sum', 6],
        ['non-supportive-clinician-input-sum', 6],
      ]);
    });
  });
});
