import { describe, expect, it } from 'vitest';
import { dialogRatings, srs, starP } from '../domain/instruments';
import { instrumentToQuestionnaire } from './export-questionnaire';
import { HL7, TANDEM, TANDEM_FHIR_BASE } from './instrument-extensions';
import type { QuestionnaireItem } from './r4-types';

const itemOf = (items: QuestionnaireItem[] | undefined, linkId: string): QuestionnaireItem => {
  const item = items?.find((candidate) => candidate.linkId === linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  return item;
};

const weights = (item: QuestionnaireItem) =>
  item.answerOption?.map((option) => [option.valueCoding?.code, option.valueCoding?.extension?.find((e) => e.url === HL7.itemWeight)?.valueDecimal]);

describe('instrumentToQuestionnaire', () => {
  it('identifies the Questionnaire by canonical URL and version', () => {
    const questionnaire = instrumentToQuestionnaire(starP, { canonicalBase: 'https://example.org/fhir', status: 'draft' });
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
    const questionnaire = instrumentToQuestionnaire(starP);
    const asRated = itemOf(questionnaire.item, 'item-1');
    expect(asRated).toMatchObject({ type: 'choice', text: 'Item 1' });
    expect(weights(asRated)).toEqual([['0', 0], ['1', 1], ['2', 2], ['3', 3], ['4', 4]]);
    // Item 4 is in the non-supportive subscale: a rating of 0 scores 0 + 4 − 0 = 4.
    expect(weights(itemOf(questionnaire.item, 'item-4'))).toEqual([['0', 4], ['1', 3], ['2', 2], ['3', 1], ['4', 0]]);
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
    const values = "(%resource.item.where(linkId in ('item-1' | 'item-2' | 'item-3' | 'item-4')).answer.value.ofType(decimal))";
    expect(total.extension?.find((extension) => extension.url === HL7.calculatedExpression)?.valueExpression).toEqual({
      description: 'Total (0–40)',
      language: 'text/fhirpath',
      expression: `iif(${values}.count() = 4, ${values}.sum(), {})`,
    });
  });
});
