import type { Extension } from './r4-types';

/*
 * Extension and code-system URLs used by the instrument mapping.
 * HL7 ones: itemWeight, the score of an answer (formerly ordinalValue; "in questionnaires this
 * extension goes on answerOption where possible", and its context also allows Coding) —
 * FHIR Extensions Pack, http://hl7.org/fhir/extensions/StructureDefinition-itemWeight.html;
 * calculatedExpression, a FHIRPath expression computing an item's value — SDC IG,
 * http://hl7.org/fhir/uv/sdc/StructureDefinition-sdc-questionnaire-calculatedExpression.html;
 * minValue / maxValue / questionnaire-itemControl / questionnaire-sliderStepValue — FHIR R4 core.
 */
export const HL7 = {
  itemWeight: 'http://hl7.org/fhir/StructureDefinition/itemWeight',
  /** The R4-era name of itemWeight, still written by many form builders; read, never written. */
  ordinalValue: 'http://hl7.org/fhir/StructureDefinition/ordinalValue',
  calculatedExpression: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression',
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  itemControl: 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl',
  sliderStepValue: 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue',
  itemControlSystem: 'http://hl7.org/fhir/questionnaire-item-control',
} as const;

/**
 * Base of Tandem's own canonical URLs. The `.invalid` host (RFC 2606) is a placeholder that can
 * never belong to anyone else; it must be replaced here, once, when Tandem has its own domain.
 */
export const TANDEM_FHIR_BASE = 'https://tandem.invalid/fhir';

const definition = (name: string) => `${TANDEM_FHIR_BASE}/StructureDefinition/${name}`;

/** What FHIR has no element for: validation, wording mode, scales, subscales, a scoring key the service must supply, and score rules. */
export const TANDEM = {
  isValidated: definition('instrument-is-validated'),
  wordingMode: definition('instrument-wording-mode'),
  responseScale: definition('instrument-response-scale'),
  subscale: definition('instrument-subscale'),
  scoringKey: definition('instrument-scoring-key-required'),
  itemLabel: definition('instrument-item-label'),
  itemScale: definition('instrument-item-scale'),
  reverseKeyed: definition('instrument-item-reverse-keyed'),
  scoreRule: definition('instrument-score-rule'),
  scoreUndefined: definition('instrument-score-undefined'),
  thresholdMet: definition('instrument-threshold-met'),
  scalePointSystem: `${TANDEM_FHIR_BASE}/CodeSystem/instrument-scale-point`,
  nonScoredSystem: `${TANDEM_FHIR_BASE}/CodeSystem/instrument-non-scored-answer`,
} as const;

/** The first extension with this URL. */
export function findExtension(extensions: readonly Extension[] | undefined, url: string): Extension | undefined {
  return extensions?.find((extension) => extension.url === url);
}

/** Every extension with this URL. */
export function findExtensions(extensions: readonly Extension[] | undefined, url: string): Extension[] {
  return extensions?.filter((extension) => extension.url === url) ?? [];
}
