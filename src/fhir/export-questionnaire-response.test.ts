import { describe, expect, it } from 'vitest';
import { buildResponse, InstrumentError, scoreResponse, srs, type InstrumentDefinition } from '../domain/instruments';
import { fixtureInstrument } from '../../test/support/fixture-instrument';
import { scoredResponseToQuestionnaireResponse } from './export-questionnaire-response';
import { TANDEM, TANDEM_FHIR_BASE } from './instrument-extensions';

const exportOf = (definition: InstrumentDefinition, values: Parameters<typeof buildResponse>[1]) => {
  const response = buildResponse(definition, values);
  return scoredResponseToQuestionnaireResponse({
    definition,
    response,
    scored: scoreResponse(definition, response),
    authored: '2025-03-04T10:15:00Z',
    subject: { reference: 'Patient/123' },
  });
};

describe('scoredResponseToQuestionnaireResponse', () => {
  it('points at the Questionnaire version that was answered, as completed', () => {
    expect(exportOf(srs, { 'item-1': 9, 'item-2': 9, 'item-3': 9, 'item-4': 9 })).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: `${TANDEM_FHIR_BASE}/Questionnaire/srs|1.0.0`,
      status: 'completed',
      authored: '2025-03-04T10:15:00Z',
      subject: { reference: 'Patient/123' },
    });
  });

  it('writes each answer in the type its item asks for, and the scores', () => {
    // a = 4; b = 2 → 4; c = 3; d "don't know" → prorated sum = 11 × 4 / 3 = 14.666667.
    const resource = exportOf(fixtureInstrument, {
      a: 4,
      b: 2,
      c: 3,
      d: 'dont-know',
      'line-1': 7.3,
      'line-2': 2.6,
      'wants-help': true,
    });
    const byLinkId = Object.fromEntries((resource.item ?? []).map((entry) => [entry.linkId, entry]));
    expect(byLinkId['a']).toEqual({
      linkId: 'a',
      text: 'Item A',
      answer: [{ valueCoding: { system: TANDEM.scalePointSystem, code: '4', display: '4' } }],
    });
    expect(byLinkId['d']?.answer).toEqual([
      { valueCoding: { system: TANDEM.nonScoredSystem, code: 'dont-know', display: 'Don\u2019t know' } },
    ]);
    expect(byLinkId['line-1']?.answer).toEqual([{ valueDecimal: 7.3 }]);
    expect(byLinkId['wants-help']?.answer).toEqual([{ valueBoolean: true }]);
    expect(byLinkId['sum-abcd']).toEqual({
      linkId: 'sum-abcd',
      text: 'Sum of A–D',
      answer: [{ valueDecimal: 14.666667 }],
    });
    // line-1 = 7.3; line-2 = 2.6 → 7.4; 14.7 meets "> 10" and ">= 10".
    expect(byLinkId['lines']?.extension).toEqual([
      { url: TANDEM.thresholdMet, valueString: 'above 10' },
      { url: TANDEM.thresholdMet, valueString: 'at least 10' },
    ]);
  });

  it('leaves out unanswered items and says why a score is missing', () => {
    const resource = exportOf(srs, { 'item-1': 9, 'item-2': 9, 'item-3': 9 });
    expect(resource.item?.map((entry) => entry.linkId)).toEqual(['item-1', 'item-2', 'item-3', 'total']);
    expect(resource.item?.at(-1)).toEqual({
      linkId: 'total',
      text: 'Total (0–40)',
      extension: [{ url: TANDEM.scoreUndefined, valueCode: 'too-many-missing' }],
    });
  });

  it('refuses a response that does not fit the instrument', () => {
    const response = buildResponse(srs, { 'item-1': 11 });
    const scored = { instrumentId: 'srs', version: '1.0.0', scores: [] };
    expect(() => scoredResponseToQuestionnaireResponse({ definition: srs, response, scored })).toThrow(InstrumentError);
  });
});
