/*
 * The FHIR R4 (4.0.1) resources that /fhir/R4 serves, with the fields Tandem fills, named as in the
 * specification (https://hl7.org/fhir/R4/). Tests check every resource against HL7's R4 JSON schema.
 */
import type { CodeableConcept, Coding, Extension, Reference } from './r4-types';

export interface Meta {
  versionId?: string;
  lastUpdated?: string;
}

export interface Identifier {
  system?: string;
  value?: string;
  type?: CodeableConcept;
}

export interface Period {
  start?: string;
  end?: string;
}

export interface HumanName {
  use?: 'usual' | 'official' | 'nickname';
  text?: string;
}

export interface Patient {
  resourceType: 'Patient';
  id: string;
  meta?: Meta;
  identifier?: Identifier[];
  active?: boolean;
  name?: HumanName[];
  birthDate?: string;
}

export interface CareTeamParticipant {
  role?: CodeableConcept[];
  member?: Reference;
  period?: Period;
}

export interface CareTeam {
  resourceType: 'CareTeam';
  id: string;
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  name?: string;
  subject?: Reference;
  participant?: CareTeamParticipant[];
}

export interface Encounter {
  resourceType: 'Encounter';
  id: string;
  status: 'finished';
  class: Coding;
  type?: CodeableConcept[];
  subject?: Reference;
  participant?: { individual?: Reference }[];
  period?: Period;
  length?: { value: number; unit: string; system: string; code: string };
}

export interface OperationOutcomeIssue {
  severity: 'fatal' | 'error' | 'warning' | 'information';
  code: string;
  diagnostics?: string;
  details?: CodeableConcept;
  expression?: string[];
}

export interface OperationOutcome {
  resourceType: 'OperationOutcome';
  issue: OperationOutcomeIssue[];
}

export interface Practitioner {
  resourceType: 'Practitioner';
  id: string;
  active?: boolean;
  name?: HumanName[];
  qualification?: { code: CodeableConcept }[];
}

export interface AuditEvent {
  resourceType: 'AuditEvent';
  id: string;
  type: Coding;
  action?: 'C' | 'R' | 'U' | 'D' | 'E';
  period?: Period;
  recorded: string;
  outcome?: '0' | '4' | '8' | '12';
  purposeOfEvent?: CodeableConcept[];
  agent: { type?: CodeableConcept; who?: Reference; requestor: boolean; role?: CodeableConcept[] }[];
  source: { observer: Reference };
  entity?: { what?: Reference; description?: string }[];
}

/** A note with who wrote it and when; Tandem marks the person's own words with an extension. */
export interface Annotation {
  extension?: Extension[];
  authorReference?: Reference;
  authorString?: string;
  time?: string;
  text: string;
}

export interface CarePlan {
  resourceType: 'CarePlan';
  id: string;
  meta?: Meta;
  extension?: Extension[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'plan';
  category?: CodeableConcept[];
  title?: string;
  subject: Reference;
  created?: string;
  careTeam?: Reference[];
  goal?: Reference[];
  note?: Annotation[];
}

export interface Provenance {
  resourceType: 'Provenance';
  id: string;
  target: Reference[];
  recorded: string;
  activity?: CodeableConcept;
  agent: { type?: CodeableConcept; who: Reference }[];
  signature?: { type: Coding[]; when: string; who: Reference }[];
}

export interface Goal {
  resourceType: 'Goal';
  id: string;
  meta?: Meta;
  extension?: Extension[];
  lifecycleStatus:
    | 'proposed'
    | 'planned'
    | 'accepted'
    | 'active'
    | 'on-hold'
    | 'completed'
    | 'cancelled'
    | 'entered-in-error'
    | 'rejected';
  description: CodeableConcept;
  subject: Reference;
  expressedBy?: Reference;
  statusDate?: string;
}

export type Resource =
  | Patient
  | CareTeam
  | Encounter
  | Practitioner
  | AuditEvent
  | OperationOutcome
  | CarePlan
  | Provenance
  | Goal
  | import('./carer-resources').RelatedPerson
  | import('./carer-resources').Consent
  | import('./carer-resources').PractitionerRole
  | import('./r4-types').Questionnaire
  | import('./ips-resources').Observation
  | import('./college-resources').EpisodeOfCare;

export interface Bundle {
  resourceType: 'Bundle';
  type: 'searchset';
  total?: number;
  link: { relation: string; url: string }[];
  entry: { fullUrl: string; resource: Resource; search: { mode: 'match' | 'include' } }[];
}
