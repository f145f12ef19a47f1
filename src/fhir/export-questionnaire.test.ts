import { describe, expect, it } from 'vitest';
import { applyScoringKey, dialogRatings, srs, starP } from '../domain/instruments';
import { questionnaireToInstrument } from './import-questionnaire';
import { instrumentToQuestionnaire } from './export-questionnaire';
import { HL7, TANDEM, TANDEM_FHIR_BASE } from './instrument-extensions';
import type { QuestionnaireItem } from './r4-types';

const itemOf = (items: QuestionnaireItem[] | undefined, linkId: string): QuestionnaireItem => {
  const item = items?.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  return item;
};

const weights = (item: QuestionnaireItem) =>
  item.answerOption?.map((option) => [
    option.valueCoding?.code,
    option.valueCoding?.extension?.find((e) => e.url === HL7.itemWeight)?.valueDecimal,
  ]);

describe('instrumentToQuestionnaire', () => {
  it('identifies the Questionnaire by canonical URL and version', () => {
    const questionnaire = instrumentToQuestionnaire(starP, {
      canonicalBase: 'https://example.org/fhir',
      status: 'draft',
    });
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'https://example.org/fhir/Questionnaire/star-p',
      version: '1.0.0',
      status: 'draft',
      title: 'STAR-P (service user version)',
      copyright: starP.licence,
    });
    expect(instrumentToQuestionnaire(starP).url).toBe(`${TANDEM_FHIR_BASE}/Questionnaire/star-p`);
  });

  it('carries each Likert point\u2019s score in itemWeight, reversed for reverse-keyed items', () => {
    // STAR with an example scoring key (not the published one) that reverses item 4.
    const keyed = applyScoringKey(starP, {
      subscales: [
        { id: 'positive-collaboration', itemIds: ['item-1', 'item-2', 'item-5', 'item-6', 'item-9', 'item-11'] },
        { id: 'positive-clinician-input', itemIds: ['item-3', 'item-8', 'item-12'] },
        { id: 'non-supportive-clinician-input', itemIds: ['item-4', 'item-7', 'item-10'] },
      ],
      reverseKeyedItemIds: ['item-4'],
    });
    const questionnaire = instrumentToQuestionnaire(keyed);
    const asRated = itemOf(questionnaire.item, 'item-1');
    expect(asRated).toMatchObject({ type: 'choice', text: 'Item 1' });
    expect(weights(asRated)).toEqual([
      ['0', 0],
      ['1', 1],
      ['2', 2],
      ['3', 3],
      ['4', 4],
    ]);
    // Item 4 is reverse-keyed: a rating of 0 scores 0 + 4 − 0 = 4.
    expect(weights(itemOf(questionnaire.item, 'item-4'))).toEqual([
      ['0', 4],
      ['1', 3],
      ['2', 2],
      ['3', 1],
      ['4', 0],
    ]);
  });

  it('gives a score that waits for the service\u2019s scoring key no calculated expression, and says what key is needed', () => {
    const questionnaire = instrumentToQuestionnaire(starP);
    const total = itemOf(questionnaire.item, 'total');
    expect(total.extension?.map((extension) => extension.url)).toEqual([TANDEM.scoreRule]);
    const requirement = questionnaire.extension?.find((extension) => extension.url === TANDEM.scoringKey);
    expect(requirement?.extension?.at(-1)).toEqual({ url: 'reverse-keys', valueCode: 'supplied-by-service' });
    expect(questionnaireToInstrument(questionnaire)).toEqual(starP);
  });

  it('offers "not applicable" without a weight, and asks yes/no as boolean', () => {
    const questionnaire = instrumentToQuestionnaire(dialogRatings);
    const medication = itemOf(questionnaire.item, 'medication');
    expect(medication.answerOption?.at(-1)).toEqual({
      valueCoding: { system: TANDEM.nonScoredSystem, code: 'not-applicable', display: 'Not applicable' },
    });
    expect(medication.answerOption?.[0]?.valueCoding?.display).toBe('Totally dissatisfied');
    expect(itemOf(questionnaire.item, 'medication-more-help').type).toBe('boolean');
  });

  it('asks a line as a decimal between its bounds', () => {
    const line = itemOf(instrumentToQuestionnaire(srs).item, 'item-2');
    expect(line.type).toBe('decimal');
    expect(line.extension).toEqual(
      expect.arrayContaining([
        { url: HL7.minValue, valueDecimal: 0 },
        { url: HL7.maxValue, valueDecimal: 10 },
      ]),
    );
  });

  it('adds each score as a read-only item with a FHIRPath calculatedExpression', () => {
    const total = itemOf(instrumentToQuestionnaire(srs).item, 'total');
    expect(total).toMatchObject({ type: 'decimal', readOnly: true, text: 'Total (0–40)' });
    const values =
      "(%resource.item.where(linkId in ('item-1' | 'item-2' | 'item-3' | 'item-4')).answer.value.ofType(decimal))";
    expect(total.extension?.find((extension) => extension.url === HL7.calculatedExpression)?.valueExpression).toEqual({
      description: 'Total (0–40)',
      language: 'text/fhirpath',
      expression: `iif(${values}.count() = 4, ${values}.sum(), {})`,
    });
  });
});
