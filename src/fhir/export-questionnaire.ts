import {
  likertPoints,
  scaleOfItem,
  scoredValue,
  scoresAwaitingKey,
  type InstrumentDefinition,
  type InstrumentItem,
  type LikertScale,
  type LineScale,
  type NonScoredOption,
  type ResponseScale,
  type ScoreDefinition,
  type ScoringKeyRequirement,
  type Subscale,
} from '../domain/instruments';
import { HL7, TANDEM, TANDEM_FHIR_BASE } from './instrument-extensions';
import type {
  Extension,
  PublicationStatus,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
} from './r4-types';
import { lineItemType, scoreExpression } from './score-expression';

export interface QuestionnaireExportOptions {
  /** Base of the Questionnaire's canonical URL; defaults to Tandem's. */
  readonly canonicalBase?: string;
  readonly status?: PublicationStatus;
}

export const NON_SCORED_DISPLAY: Record<NonScoredOption, string> = {
  'not-applicable': 'Not applicable',
  'dont-know': 'Don\u2019t know',
};

/** The canonical URL of an instrument's Questionnaire, without version. */
export function questionnaireUrl(
  definition: Pick<InstrumentDefinition, 'id' | 'canonicalUrl'>,
  canonicalBase = TANDEM_FHIR_BASE,
): string {
  return definition.canonicalUrl ?? `${canonicalBase}/Questionnaire/${definition.id}`;
}

/**
 * An instrument as an R4 Questionnaire (SDC style): Likert items as choice items whose options
 * carry their score in itemWeight (reverse keying included), lines as integer/decimal items,
 * yes/no as boolean, and each score as a read-only item with a calculatedExpression. Everything
 * else a definition holds travels in Tandem extensions, so that import gives the definition back.
 * A score that waits for the service's scoring key has no calculatedExpression: it cannot be computed.
 */
export function instrumentToQuestionnaire(
  definition: InstrumentDefinition,
  options: QuestionnaireExportOptions = {},
): Questionnaire {
  const awaiting = new Set(scoresAwaitingKey(definition));
  return {
    resourceType: 'Questionnaire',
    id: definition.id,
    url: questionnaireUrl(definition, options.canonicalBase),
    version: definition.version,
    title: definition.title,
    status: options.status ?? 'active',
    ...(definition.description === undefined ? {} : { description: definition.description }),
    copyright: definition.licence,
    extension: [
      { url: TANDEM.isValidated, valueBoolean: definition.isValidated },
      { url: TANDEM.wordingMode, valueCode: definition.wordingMode },
      ...definition.scales.map(scaleExtension),
      ...definition.subscales.map(subscaleExtension),
      ...(definition.scoringKey ? [scoringKeyExtension(definition.scoringKey)] : []),
    ],
    item: [
      ...definition.items.map((item) => questionItem(item, scaleOfItem(definition, item))),
      ...definition.scores.map((score) => scoreItem(definition, score, awaiting.has(score.id))),
    ],
  };
}

function scaleExtension(scale: ResponseScale): Extension {
  const parts: Extension[] = [
    { url: 'id', valueId: scale.id },
    { url: 'kind', valueCode: scale.kind },
  ];
  if (scale.kind !== 'yes-no') {
    parts.push({ url: 'min', valueDecimal: scale.min }, { url: 'max', valueDecimal: scale.max });
    if (scale.kind === 'line') parts.push({ url: 'step', valueDecimal: scale.step });
    for (const anchor of scale.anchors) {
      parts.push({
        url: 'anchor',
        extension: [
          { url: 'value', valueDecimal: anchor.value },
          { url: 'label', valueString: anchor.label },
        ],
      });
    }
  }
  parts.push(...scale.nonScoredOptions.map((option) => ({ url: 'non-scored-option', valueCode: option })));
  return { url: TANDEM.responseScale, extension: parts };
}

function subscaleExtension(subscale: Subscale): Extension {
  return {
    url: TANDEM.subscale,
    extension: [
      { url: 'id', valueId: subscale.id },
      { url: 'label', valueString: subscale.label },
      ...subscale.itemIds.map((itemId) => ({ url: 'item', valueString: itemId })),
    ],
  };
}

function scoringKeyExtension(requirement: ScoringKeyRequirement): Extension {
  return {
    url: TANDEM.scoringKey,
    extension: [
      ...requirement.subscales.map((subscale) => ({
        url: 'subscale',
        extension: [
          { url: 'id', valueId: subscale.id },
          { url: 'label', valueString: subscale.label },
          { url: 'item-count', valueInteger: subscale.itemCount },
        ],
      })),
      { url: 'reverse-keys', valueCode: requirement.reverseKeys },
    ],
  };
}

function questionItem(item: InstrumentItem, scale: ResponseScale): QuestionnaireItem {
  const extension: Extension[] = [
    { url: TANDEM.itemLabel, valueString: item.label },
    { url: TANDEM.itemScale, valueId: scale.id },
  ];
  const base = { linkId: item.id, text: item.text ?? item.label, required: item.required === true };
  if (scale.kind === 'likert') {
    return { ...base, type: 'choice', answerOption: likertOptions(scale, item), extension };
  }
  // Without answer options there is no weight to carry reverse keying, so it gets an extension.
  if (item.reverseKeyed) extension.push({ url: TANDEM.reverseKeyed, valueBoolean: true });
  if (scale.kind === 'yes-no') return { ...base, type: 'boolean', extension };
  return { ...base, type: lineItemType(scale), extension: [...extension, ...lineExtensions(scale)] };
}

function likertOptions(scale: LikertScale, item: InstrumentItem): QuestionnaireItemAnswerOption[] {
  const scored = likertPoints(scale).map((point) => ({
    valueCoding: {
      system: TANDEM.scalePointSystem,
      code: String(point),
      display: scale.anchors.find((anchor) => anchor.value === point)?.label ?? String(point),
      extension: [{ url: HL7.itemWeight, valueDecimal: scoredValue(scale, item, point) }],
    },
  }));
  return [...scored, ...scale.nonScoredOptions.map(nonScoredOption)];
}

function nonScoredOption(option: NonScoredOption): QuestionnaireItemAnswerOption {
  return { valueCoding: { system: TANDEM.nonScoredSystem, code: option, display: NON_SCORED_DISPLAY[option] } };
}

function lineExtensions(scale: LineScale): Extension[] {
  const isInteger = lineItemType(scale) === 'integer';
  const bound = (url: string, value: number): Extension =>
    isInteger ? { url, valueInteger: value } : { url, valueDecimal: value };
  return [
    bound(HL7.minValue, scale.min),
    bound(HL7.maxValue, scale.max),
    { url: HL7.itemControl, valueCodeableConcept: { coding: [{ system: HL7.itemControlSystem, code: 'slider' }] } },
    ...(isInteger ? [{ url: HL7.sliderStepValue, valueInteger: scale.step }] : []),
  ];
}

function scoreItem(
  definition: InstrumentDefinition,
  score: ScoreDefinition,
  isAwaitingKey: boolean,
): QuestionnaireItem {
  const calculated = (): Extension => ({
    url: HL7.calculatedExpression,
    valueExpression: {
      description: score.label,
      language: 'text/fhirpath',
      expression: scoreExpression(definition, score),
    },
  });
  return {
    linkId: score.id,
    text: score.label,
    type: 'decimal',
    readOnly: true,
    extension: isAwaitingKey ? [scoreRuleExtension(score)] : [calculated(), scoreRuleExtension(score)],
  };
}

function scoreRuleExtension(score: ScoreDefinition): Extension {
  const { source, missing } = score;
  return {
    url: TANDEM.scoreRule,
    extension: [
      { url: 'method', valueCode: score.method },
      ...(source.kind === 'subscale'
        ? [{ url: 'source-subscale', valueId: source.subscaleId }]
        : source.itemIds.map((itemId) => ({ url: 'source-item', valueString: itemId }))),
      { url: 'missing', valueCode: missing.kind },
      ...(missing.kind === 'max-count' ? [{ url: 'missing-limit', valueDecimal: missing.count }] : []),
      ...(missing.kind === 'max-percent' ? [{ url: 'missing-limit', valueDecimal: missing.percent }] : []),
      ...score.thresholds.map((threshold) => ({
        url: 'threshold',
        extension: [
          { url: 'comparator', valueCode: threshold.comparator },
          { url: 'value', valueDecimal: threshold.value },
          { url: 'label', valueString: threshold.label },
        ],
      })),
    ],
  };
}
