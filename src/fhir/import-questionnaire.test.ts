import { describe, expect, it } from 'vitest';
import {
  applyWording,
  INSTRUMENT_CATALOGUE,
  InstrumentError,
  meetingFeedbackPerson,
  srs,
  starP,
  type InstrumentDefinition,
  type InstrumentIssue,
} from '../domain/instruments';
import { fixtureInstrument } from '../../test/support/fixture-instrument';
import { importedDefinition, importedQuestionnaire } from '../../test/support/imported-questionnaire';
import { instrumentToQuestionnaire } from './export-questionnaire';
import { questionnaireToInstrument } from './import-questionnaire';
import { HL7, TANDEM } from './instrument-extensions';
import type { Questionnaire, QuestionnaireItem } from './r4-types';

/** A Questionnaire as it arrives over the wire: plain JSON, free to be tampered with. */
const exported = (definition: InstrumentDefinition): Questionnaire =>
  JSON.parse(JSON.stringify(instrumentToQuestionnaire(definition))) as Questionnaire;

const item = (questionnaire: Questionnaire, linkId: string): QuestionnaireItem => {
  const found = questionnaire.item?.find((candidate) => candidate.linkId === linkId);
  if (!found) throw new Error(`no item ${linkId}`);
  return found;
};

function rejection(input: unknown): InstrumentIssue[] {
  try {
    questionnaireToInstrument(input);
  } catch (error) {
    if (error instanceof InstrumentError && error.kind === 'invalid-definition') return [...error.issues];
    throw error;
  }
  throw new Error('expected the Questionnaire to be rejected');
}

describe('questionnaireToInstrument', () => {
  it.each([...INSTRUMENT_CATALOGUE, fixtureInstrument].map((definition) => [definition.id, definition] as const))(
    'gives back the definition of %s that was exported',
    (_, definition) => {
      expect(questionnaireToInstrument(exported(definition))).toEqual(definition);
    },
  );

  it('keeps where a service published its questionnaire and which items must be answered', () => {
    const definition = importedDefinition();
    const questionnaire = importedQuestionnaire(definition);
    expect(questionnaire.url).toBe('https://measures.example.org/fhir/Questionnaire/week-check');
    expect(item(questionnaire, 'talk').required).toBe(true);
    expect(questionnaireToInstrument(questionnaire)).toEqual(definition);
  });

  it('keeps wording a service supplied', () => {
    const worded = applyWording(srs, {
      instrumentId: 'srs',
      version: '1.0.0',
      items: srs.items.map((entry) => ({ id: entry.id, text: `Supplied ${entry.id}` })),
    });
    expect(questionnaireToInstrument(exported(worded))).toEqual(worded);
  });

  it('reads weights placed on the answer option, and the older ordinalValue name', () => {
    const questionnaire = exported(starP);
    for (const option of item(questionnaire, 'item-4').answerOption ?? []) {
      option.extension = option.valueCoding?.extension;
      delete option.valueCoding?.extension;
    }
    for (const option of item(questionnaire, 'item-7').answerOption ?? []) {
      option.valueCoding!.extension![0]!.url = HL7.ordinalValue;
    }
    expect(questionnaireToInstrument(questionnaire)).toEqual(starP);
  });

  it('rejects something that is not a Questionnaire, saying where', () => {
    expect(rejection({ resourceType: 'Patient' }).map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['Questionnaire.resourceType', 'Questionnaire.url', 'Questionnaire.item']),
    );
    expect(rejection({ ...exported(srs), item: [{ linkId: 'x', type: 'slider' }] })).toEqual([
      expect.objectContaining({ path: 'Questionnaire.item.0.type', code: 'invalid-shape' }),
    ]);
  });

  it('rejects weights that are neither the scale values nor their reverse', () => {
    const questionnaire = exported(starP);
    const options = item(questionnaire, 'item-2').answerOption ?? [];
    options[0]!.valueCoding!.extension![0]!.valueDecimal = 3;
    expect(rejection(questionnaire)).toEqual([
      {
        path: 'Questionnaire.item.item-2',
        code: 'inconsistent',
        message: 'The weights (3, 1, 2, 3, 4) are neither the scale values nor their reverse.',
      },
    ]);
  });

  it('lists every problem at once: missing weight, missing point, wrong type, unknown scale, missing licence', () => {
    const questionnaire = exported(meetingFeedbackPerson);
    delete questionnaire.copyright;
    delete item(questionnaire, 'listened').answerOption![2]!.valueCoding!.extension;
    item(questionnaire, 'trust').answerOption!.splice(4, 1);
    item(questionnaire, 'whole-person').type = 'integer';
    item(questionnaire, 'rushed').extension!.find((extension) => extension.url === TANDEM.itemScale)!.valueId =
      'nine-point';
    expect(rejection(questionnaire).map((issue) => [issue.path, issue.code])).toEqual([
      ['Questionnaire.copyright', 'invalid-shape'],
      ['Questionnaire.item.listened', 'invalid-shape'],
      ['Questionnaire.item.trust', 'inconsistent'],
      ['Questionnaire.item.whole-person', 'inconsistent'],
      ['Questionnaire.item.rushed', 'unknown-scale'],
    ]);
  });

  it('rejects a Questionnaire without Tandem\u2019s instrument extensions', () => {
    const questionnaire = exported(srs);
    questionnaire.extension = [];
    questionnaire.url = 'https://example.org/forms/srs';
    const issues = rejection(questionnaire);
    expect(issues.map((issue) => issue.path)).toEqual(
      expect.arrayContaining(['Questionnaire.url', 'Questionnaire.extension', 'Questionnaire.item.item-1']),
    );
    expect(issues.find((issue) => issue.path === 'Questionnaire.extension')?.message).toMatch(
      /instrument-is-validated/,
    );
  });

  it('rejects line bounds that contradict the scale and a score over an unknown subscale', () => {
    const questionnaire = exported(srs);
    item(questionnaire, 'item-3').extension!.find((extension) => extension.url === HL7.maxValue)!.valueDecimal = 100;
    expect(rejection(questionnaire)).toEqual([
      expect.objectContaining({
        path: 'Questionnaire.item.item-3',
        message: "maxValue 100 differs from the scale's 10.",
      }),
    ]);
    const withBadScore = exported(starP);
    const rule = item(withBadScore, 'total').extension!.find((extension) => extension.url === TANDEM.scoreRule)!;
    rule.extension = [
      ...rule.extension!.filter((part) => part.url !== 'source-item'),
      { url: 'source-subscale', valueId: 'nowhere' },
    ];
    expect(rejection(withBadScore)).toEqual([
      expect.objectContaining({ path: 'scores.total', code: 'unknown-subscale' }),
    ]);
  });
});
