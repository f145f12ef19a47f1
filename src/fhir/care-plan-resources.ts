import { DOCUMENT_KINDS } from '../domain/care-plan/document-kind';
import type { SectionView } from '../services/care-plan/care-plan-view';
import type { DocumentInForceKind, PlanInForce } from '../services/care-plan/get-plan-in-force';
import { TANDEM_FHIR_BASE } from './instrument-extensions';
import type { Annotation, CarePlan, Goal, Provenance } from './r4-resources';
import type { Extension } from './r4-types';

const definition = (name: string) => `${TANDEM_FHIR_BASE}/StructureDefinition/${name}`;

/** Tandem's extensions on a plan's sections (ADR 0041). */
export const PLAN_EXTENSIONS = {
  /** On a CarePlan note or a Goal: true when the person wrote these words themselves. */
  personsOwnWords: definition('persons-own-words'),
  /** On a CarePlan note: the section it is (sub-extensions `key`, a code, and `title`, a string). */
  planSection: definition('plan-section'),
  /** On a CarePlan note in the person's words: who proposed a change the person took into their own words. */
  includesChangeProposedBy: definition('includes-change-proposed-by'),
} as const;

export const PLAN_CATEGORY_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/plan-kind`;
const PROVENANCE_ACTIVITY = 'http://terminology.hl7.org/CodeSystem/v3-DataOperation';
const SIGNATURE_TYPE = 'urn:iso-astm:E1762-95:2013';
const PARTICIPATION_TYPE = 'http://terminology.hl7.org/CodeSystem/provenance-participant-type';

const PREFIX: Record<DocumentInForceKind, string> = {
  care_plan: 'care-plan-',
  safety_plan: 'safety-plan-',
  risk_formulation: 'risk-formulation-',
  positive_risk_plan: 'positive-risk-plan-',
};
const TITLE: Record<DocumentInForceKind, string> = {
  care_plan: 'Care plan',
  safety_plan: 'Safety plan',
  risk_formulation: 'Risk and safety formulation',
  positive_risk_plan: 'Positive risk-taking plan',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The CarePlan id of a person's plan of a kind: `care-plan-<person id>`, `safety-plan-<person id>`, and so on. */
export const carePlanId = (kind: DocumentInForceKind, personId: string): string => `${PREFIX[kind]}${personId}`;

/** The kind and person of a CarePlan id, or null when it is not one Tandem gives. */
export function parseCarePlanId(id: string): { kind: DocumentInForceKind; personId: string } | null {
  for (const kind of DOCUMENT_KINDS) {
    const personId = id.startsWith(PREFIX[kind]) ? id.slice(PREFIX[kind].length) : '';
    if (UUID.test(personId)) return { kind, personId: personId.toLowerCase() };
  }
  return null;
}

/** The Goal id of a person's care-plan goals: `goal-<person id>`. */
export const goalId = (personId: string): string => `goal-${personId}`;

export function parseGoalId(id: string): string | null {
  const personId = id.startsWith('goal-') ? id.slice(5) : '';
  return UUID.test(personId) ? personId.toLowerCase() : null;
}

/** The plan kinds as CarePlan categories, for `category` searches. */
export const PLAN_CATEGORIES: Record<DocumentInForceKind, string> = {
  care_plan: 'care-plan',
  safety_plan: 'safety-plan',
  risk_formulation: 'risk-formulation',
  positive_risk_plan: 'positive-risk-taking-plan',
};

/**
 * A plan version in force as a FHIR CarePlan: each written section is a note, with its heading, who
 * wrote it and, for the person's own words, the persons-own-words extension. The version is Tandem's.
 */
export function toCarePlan(plan: PlanInForce): CarePlan {
  const goals = plan.kind === 'care_plan' ? goalSections(plan.sections) : [];
  return {
    resourceType: 'CarePlan',
    id: carePlanId(plan.kind, plan.personId),
    meta: { versionId: String(plan.version), lastUpdated: plan.inForceFrom.toISOString() },
    status: plan.isDischarged ? 'completed' : 'active',
    intent: 'plan',
    category: [
      {
        coding: [{ system: PLAN_CATEGORY_SYSTEM, code: PLAN_CATEGORIES[plan.kind], display: TITLE[plan.kind] }],
        text: TITLE[plan.kind],
      },
    ],
    title: `${TITLE[plan.kind]} of ${plan.personName}`,
    subject: { reference: `Patient/${plan.personId}`, display: plan.personName },
    ...(plan.kind === 'care_plan' ? { careTeam: [{ reference: `CareTeam/${plan.personId}` }] } : {}),
    ...(goals.length > 0 ? { goal: [{ reference: `Goal/${goalId(plan.personId)}` }] } : {}),
    note: plan.sections.filter((s) => s.text.trim() !== '').map((s) => sectionNote(plan.personId, s)),
  };
}

function sectionNote(personId: string, section: SectionView): Annotation {
  const extension: Extension[] = [
    {
      url: PLAN_EXTENSIONS.planSection,
      extension: [
        { url: 'key', valueCode: section.key },
        { url: 'title', valueString: section.title },
      ],
    },
    { url: PLAN_EXTENSIONS.personsOwnWords, valueBoolean: section.isPersonsOwnWords },
  ];
  if (section.includesChangeBy) {
    extension.push({ url: PLAN_EXTENSIONS.includesChangeProposedBy, valueString: section.includesChangeBy.name });
  }
  const author = section.writtenBy;
  return {
    extension,
    ...(author?.kind === 'person'
      ? { authorReference: { reference: `Patient/${personId}`, display: author.name } }
      : author
        ? { authorString: author.name }
        : {}),
    ...(section.writtenAt ? { time: section.writtenAt.toISOString() } : {}),
    text: section.text,
  };
}

/**
 * The signatures that put a version in force, as one Provenance targeting that version: the person
 * and the care coordinator as agents, each with their signature. Null when the version needed none.
 */
export function toProvenance(plan: PlanInForce): Provenance | null {
  if (plan.signatures.length === 0) return null;
  const planId = carePlanId(plan.kind, plan.personId);
  const who = (s: PlanInForce['signatures'][number]) =>
    s.workerId
      ? { reference: `Practitioner/${s.workerId}`, display: s.name }
      : { reference: `Patient/${plan.personId}`, display: s.name };
  return {
    resourceType: 'Provenance',
    id: `${planId}-v${plan.version}`,
    target: [{ reference: `CarePlan/${planId}/_history/${plan.version}` }],
    recorded: plan.inForceFrom.toISOString(),
    activity: { coding: [{ system: PROVENANCE_ACTIVITY, code: 'UPDATE', display: 'revise' }], text: 'agreed' },
    agent: plan.signatures.map((s) => ({
      type: { coding: [{ system: PARTICIPATION_TYPE, code: 'attester', display: 'Attester' }] },
      who: who(s),
    })),
    signature: plan.signatures.map((s) => ({
      type: [{ system: SIGNATURE_TYPE, code: '1.2.840.10065.1.12.1.7', display: 'Consent Signature' }],
      when: s.signedAt.toISOString(),
      who: who(s),
    })),
  };
}

/** The care plan's sections about goals: "What matters to me and my goals", or any titled with goals. */
function goalSections(sections: readonly SectionView[]): SectionView[] {
  return sections.filter((s) => s.text.trim() !== '' && (s.key === 'what_matters' || /\bgoals?\b/i.test(s.title)));
}

/** The goals in an agreed care plan as one FHIR Goal, in the words of whoever wrote them; null when it has none. */
export function toGoal(plan: PlanInForce): Goal | null {
  const sections = goalSections(plan.sections);
  if (plan.kind !== 'care_plan' || sections.length === 0) return null;
  const isPersons = sections.every((s) => s.isPersonsOwnWords);
  return {
    resourceType: 'Goal',
    id: goalId(plan.personId),
    meta: { versionId: String(plan.version), lastUpdated: plan.inForceFrom.toISOString() },
    extension: [{ url: PLAN_EXTENSIONS.personsOwnWords, valueBoolean: isPersons }],
    lifecycleStatus: plan.isDischarged ? 'completed' : 'active',
    description: { text: sections.map((s) => s.text).join('\n\n') },
    subject: { reference: `Patient/${plan.personId}`, display: plan.personName },
    ...(isPersons ? { expressedBy: { reference: `Patient/${plan.personId}`, display: plan.personName } } : {}),
    statusDate: plan.inForceFrom.toISOString().slice(0, 10),
  };
}
