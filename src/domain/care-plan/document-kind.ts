import type { PersonAction } from '../access/person-access-policy';
import { DEFAULT_CARE_PLAN_SECTIONS, type SectionDefinition } from './care-plan-sections';
import { POSITIVE_RISK_PLAN_SECTIONS, RISK_FORMULATION_SECTIONS } from './risk-sections';
import { SAFETY_PLAN_SECTIONS } from './safety-plan-sections';

/**
 * The documents a person writes with their care team on the same machinery: sections with whose
 * words they are, proposals, versions, signatures, discussion and comparison (ADR 0010, ADR 0028).
 * The kind is also the first word of every audit action about the document ("risk_formulation.read").
 */
export const DOCUMENT_KINDS = ['care_plan', 'risk_formulation', 'positive_risk_plan', 'safety_plan'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** What differs between the kinds of co-produced document. */
export interface DocumentKindRules {
  kind: DocumentKind;
  /** The document's name in a sentence: "your care plan". */
  noun: string;
  readAction: PersonAction;
  writeAction: PersonAction;
  /** The sections a new document starts with when the service has set none of its own. */
  defaultSections: readonly SectionDefinition[];
  /** The longest a section may be: a risk formulation is short, so it is read. */
  maxSectionCharacters: number;
  /** The key of the service's own sections in the template table ('default' is the care plan's, from before kinds). */
  templateKey: string;
}

export const DOCUMENT_KIND_RULES: Readonly<Record<DocumentKind, DocumentKindRules>> = {
  care_plan: {
    kind: 'care_plan',
    noun: 'care plan',
    readAction: 'read_care_plan',
    writeAction: 'write_care_plan',
    defaultSections: DEFAULT_CARE_PLAN_SECTIONS,
    maxSectionCharacters: 10_000,
    templateKey: 'default',
  },
  risk_formulation: {
    kind: 'risk_formulation',
    noun: 'risk and safety formulation',
    readAction: 'read_risk',
    writeAction: 'write_risk',
    defaultSections: RISK_FORMULATION_SECTIONS,
    maxSectionCharacters: 2_000,
    templateKey: 'risk_formulation',
  },
  positive_risk_plan: {
    kind: 'positive_risk_plan',
    noun: 'positive risk-taking plan',
    readAction: 'read_risk',
    writeAction: 'write_risk',
    defaultSections: POSITIVE_RISK_PLAN_SECTIONS,
    maxSectionCharacters: 2_000,
    templateKey: 'positive_risk_plan',
  },
  safety_plan: {
    kind: 'safety_plan',
    noun: 'safety plan',
    readAction: 'read_safety_plan',
    writeAction: 'write_safety_plan',
    defaultSections: SAFETY_PLAN_SECTIONS,
    maxSectionCharacters: 4_000,
    templateKey: 'safety_plan',
  },
};

/** The rules of a kind of document. */
export const documentKindRules = (kind: DocumentKind): DocumentKindRules => DOCUMENT_KIND_RULES[kind];
