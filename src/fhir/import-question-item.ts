import {
  isSameNumber,
  likertPoints,
  type InstrumentIssue,
  type InstrumentItem,
  type LikertScale,
  type LineScale,
  type ResponseScale,
} from '../domain/instruments';
import { findExtension, HL7, TANDEM } from './instrument-extensions';
import type { ParsedQuestionnaireItem } from './questionnaire.schema';
import { ExtensionReader } from './read-extension';
import { lineItemType } from './score-expression';

type AnswerOption = NonNullable<ParsedQuestionnaireItem['answerOption']>[number];

/** An instrument item from a Questionnaire item, checked against the scale it names. */
export function readQuestionItem(
  item: ParsedQuestionnaireItem,
  scales: ReadonlyMap<string, ResponseScale>,
  issues: InstrumentIssue[],
): InstrumentItem | undefined {
  const reader = new ExtensionReader(issues, `Questionnaire.item.${item.linkId}`, item.extension);
  if (item.item !== undefined || item.type === 'group' || item.type === 'display') {
    reader.problem('invalid-shape', 'Groups, nested and display items are not supported.');
    return undefined;
  }
  const label = reader.required(TANDEM.itemLabel, 'valueString');
  const scaleId = reader.required(TANDEM.itemScale, 'valueId');
  const scale = scaleId === undefined ? undefined : scales.get(scaleId);
  if (scaleId !== undefined && !scale) reader.problem('unknown-scale', `No scale "${scaleId}".`);
  if (label === undefined || !scale) return undefined;
  const expectedType = scale.kind === 'likert' ? 'choice' : scale.kind === 'yes-no' ? 'boolean' : lineItemType(scale);
  if (item.type !== expectedType) {
    reader.problem(
      'inconsistent',
      `Type "${item.type}" does not fit a ${scale.kind} scale; expected "${expectedType}".`,
    );
  }
  if (scale.kind === 'line') checkLineBounds(item, scale, reader);
  const reverseKeyed =
    scale.kind === 'likert'
      ? reverseKeyingFromWeights(item.answerOption ?? [], scale, reader)
      : reader.optional(TANDEM.reverseKeyed, 'valueBoolean') === true;
  const text = item.text !== undefined && item.text !== label ? item.text : undefined;
  return {
    id: item.linkId,
    label,
    ...(text === undefined ? {} : { text }),
    scaleId: scale.id,
    reverseKeyed,
    ...(item.required === true ? { required: true as const } : {}),
  };
}

/**
 * Whether the options' weights run with the scale (false) or against it (true). Anything else,
 * such as a missing weight or a reordered one, contradicts the scale and is reported.
 */
function reverseKeyingFromWeights(
  options: readonly AnswerOption[],
  scale: LikertScale,
  reader: ExtensionReader,
): boolean {
  const scored = options.filter((option) => option.valueCoding?.system !== TANDEM.nonScoredSystem);
  const offered = options.flatMap((option) =>
    option.valueCoding?.system === TANDEM.nonScoredSystem ? [option.valueCoding.code] : [],
  );
  if ([...offered].sort().join() !== [...scale.nonScoredOptions].sort().join()) {
    reader.problem('inconsistent', `The non-scored options (${offered.join(', ') || 'none'}) differ from the scale's.`);
  }
  const points = likertPoints(scale);
  const byCode = new Map(scored.map((option) => [option.valueCoding?.code, option]));
  if (scored.length !== points.length || points.some((point) => !byCode.has(String(point)))) {
    reader.problem(
      'inconsistent',
      `The answer options must be the points ${scale.min}–${scale.max} of scale "${scale.id}".`,
    );
    return false;
  }
  const weights = points.map((point) => weightOf(byCode.get(String(point))));
  if (weights.some((weight) => weight === undefined)) {
    reader.problem('invalid-shape', 'Every scored answer option needs an itemWeight.');
    return false;
  }
  if (points.every((point, index) => isSameNumber(weights[index]!, point))) return false;
  if (points.every((point, index) => isSameNumber(weights[index]!, scale.min + scale.max - point))) return true;
  reader.problem('inconsistent', `The weights (${weights.join(', ')}) are neither the scale values nor their reverse.`);
  return false;
}

/** The weight of an option, read where SDC puts it (answerOption) or where R4 tools put it (valueCoding). */
function weightOf(option: AnswerOption | undefined): number | undefined {
  for (const extensions of [option?.extension, option?.valueCoding?.extension]) {
    const weight = findExtension(extensions, HL7.itemWeight) ?? findExtension(extensions, HL7.ordinalValue);
    if (weight?.valueDecimal !== undefined) return weight.valueDecimal;
  }
  return undefined;
}

function checkLineBounds(item: ParsedQuestionnaireItem, scale: LineScale, reader: ExtensionReader): void {
  for (const [url, expected] of [
    [HL7.minValue, scale.min],
    [HL7.maxValue, scale.max],
  ] as const) {
    const bound = findExtension(item.extension, url);
    const value = bound?.valueDecimal ?? bound?.valueInteger;
    if (value !== undefined && !isSameNumber(value, expected)) {
      reader.problem(
        'inconsistent',
        `${url.slice(url.lastIndexOf('/') + 1)} ${value} differs from the scale's ${expected}.`,
      );
    }
  }
}
