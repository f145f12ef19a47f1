/*
 * The part of FHIR R4 (4.0.1) that the instrument mapping reads and writes, named as in the R4
 * specification (and as in the `fhir4` namespace of the @types/fhir 0.0.x releases). The pinned
 * @types/fhir 3.0.2 describes STU3 only, where Questionnaire has `option` instead of
 * `answerOption`, so it cannot type this mapping. Once an R4 typing is installed, these
 * declarations can be replaced by `import type { … } from 'fhir/r4'`.
 * Spec: http://hl7.org/fhir/R4/questionnaire.html, http://hl7.org/fhir/R4/questionnaireresponse.html
 */

export interface Coding {
  system?: string;
  code?: string;
  display?: string;
  extension?: Extension[];
}

export interface CodeableConcept {
  coding?: Coding[];
  text?: string;
}

export interface Expression {
  description?: string;
  name?: string;
  language: string;
  expression?: string;
}

export interface Reference {
  reference?: string;
  display?: string;
}

export interface Extension {
  url: string;
  extension?: Extension[];
  valueBoolean?: boolean;
  valueCode?: string;
  valueDecimal?: number;
  valueId?: string;
  valueInteger?: number;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
  valueExpression?: Expression;
}

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'time'
  | 'string'
  | 'text'
  | 'url'
  | 'choice'
  | 'open-choice'
  | 'attachment'
  | 'reference'
  | 'quantity';

export interface QuestionnaireItemAnswerOption {
  valueCoding?: Coding;
  valueInteger?: number;
  valueString?: string;
  extension?: Extension[];
}

export interface QuestionnaireItem {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  required?: boolean;
  readOnly?: boolean;
  answerOption?: QuestionnaireItemAnswerOption[];
  item?: QuestionnaireItem[];
  extension?: Extension[];
}

export type PublicationStatus = 'draft' | 'active' | 'retired' | 'unknown';

export interface Questionnaire {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  version?: string;
  name?: string;
  title?: string;
  status: PublicationStatus;
  description?: string;
  copyright?: string;
  extension?: Extension[];
  item?: QuestionnaireItem[];
}

export interface QuestionnaireResponseItemAnswer {
  valueBoolean?: boolean;
  valueDecimal?: number;
  valueInteger?: number;
  valueCoding?: Coding;
}

export interface QuestionnaireResponseItem {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseItemAnswer[];
  extension?: Extension[];
}

export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  meta?: { versionId?: string; lastUpdated?: string };
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  authored?: string;
  item?: QuestionnaireResponseItem[];
}
