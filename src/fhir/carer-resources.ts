import type { CarerSharing } from '../services/carer-consent/get-carer-sharing';
import type { CarerConsentView } from '../services/carer-consent/ports';
import type { WorkerProfile } from '../services/organisation/get-worker-profile';
import { TANDEM_FHIR_BASE } from './instrument-extensions';
import type { CodeableConcept, Reference } from './r4-types';

export const CARER_SCOPE_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/carer-share-scope`;
const PROFESSION_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/profession`;
const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
const CONSENT_SCOPE = 'http://terminology.hl7.org/CodeSystem/consentscope';
const LOINC = 'http://loinc.org';

const SCOPE_WORDS: Record<string, string> = {
  care_team: 'Who is in the care team',
  contacts: 'Contacts with the care team',
  care_plan: 'The care plan',
  messages: 'Messages with the care team',
  ips: 'Employment support',
  safety_plan: 'The safety plan',
};

export interface RelatedPerson {
  resourceType: 'RelatedPerson';
  id: string;
  meta?: { versionId?: string };
  active: boolean;
  patient: Reference;
  relationship?: CodeableConcept[];
  name?: { text: string }[];
}

export interface Consent {
  resourceType: 'Consent';
  id: string;
  meta?: { versionId?: string; lastUpdated?: string };
  status: 'active' | 'inactive';
  scope: CodeableConcept;
  category: CodeableConcept[];
  patient: Reference;
  dateTime?: string;
  performer?: Reference[];
  provision: {
    type: 'permit';
    actor: { role: CodeableConcept; reference: Reference }[];
    code?: CodeableConcept[];
  };
}

export interface PractitionerRole {
  resourceType: 'PractitionerRole';
  id: string;
  active: boolean;
  practitioner: Reference;
  code?: CodeableConcept[];
}

/**
 * A person and something of theirs in one FHIR id (a carer, who may care for several people; a
 * response, found through its person): the two UUIDs' 32 bytes in base64url, 43 characters, so the
 * id stays within FHIR's 64, with '.' for base64url's '_', which FHIR ids may not hold.
 */
export function pairId(personId: string, otherId: string): string {
  return Buffer.from((personId + otherId).replaceAll('-', ''), 'hex')
    .toString('base64url')
    .replaceAll('_', '.');
}

export function parsePairId(id: string): { personId: string; otherId: string } | null {
  if (!/^[A-Za-z0-9.-]{43}$/.test(id)) return null;
  const hex = Buffer.from(id.replaceAll('.', '_'), 'base64url').toString('hex');
  if (hex.length !== 64) return null;
  const uuid = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  return { personId: uuid(hex.slice(0, 32)), otherId: uuid(hex.slice(32)) };
}

export const relatedPersonId = (personId: string, carerId: string) => `carer-${pairId(personId, carerId)}`;
export const consentId = (personId: string, carerId: string) => `consent-${pairId(personId, carerId)}`;

/** A carer of the person as a FHIR RelatedPerson: their name and relationship, as the person's record keeps them. */
export function toRelatedPerson(personId: string, carer: CarerSharing): RelatedPerson {
  return {
    resourceType: 'RelatedPerson',
    id: relatedPersonId(personId, carer.carerId),
    meta: { versionId: String(carer.version) },
    active: true,
    patient: { reference: `Patient/${personId}` },
    relationship: [
      { coding: [{ system: ROLE_CODE, code: 'CAREGIVER', display: 'caregiver' }], text: carer.relationship },
    ],
    name: [{ text: carer.name }],
  };
}

/**
 * What the person lets one carer see, as a FHIR Consent: a permit for the carer, with each part of
 * the record shared as a code; inactive when nothing is shared. Dated by the latest consent record.
 */
export function toConsent(personId: string, carer: CarerSharing, history: readonly CarerConsentView[]): Consent {
  const latest = history.find((record) => record.carerId === carer.carerId);
  return {
    resourceType: 'Consent',
    id: consentId(personId, carer.carerId),
    meta: {
      versionId: String(carer.version),
      ...(latest ? { lastUpdated: latest.changedAt.toISOString() } : {}),
    },
    status: carer.sharedScopes.length > 0 ? 'active' : 'inactive',
    scope: { coding: [{ system: CONSENT_SCOPE, code: 'patient-privacy', display: 'Privacy Consent' }] },
    category: [{ coding: [{ system: LOINC, code: '59284-0', display: 'Patient Consent' }] }],
    patient: { reference: `Patient/${personId}` },
    ...(latest ? { dateTime: latest.changedAt.toISOString() } : {}),
    ...(latest && latest.onBehalfReason === null ? { performer: [{ reference: `Patient/${personId}` }] } : {}),
    provision: {
      type: 'permit',
      actor: [
        {
          role: { coding: [{ system: ROLE_CODE, code: 'CAREGIVER', display: 'caregiver' }] },
          reference: { reference: `RelatedPerson/${relatedPersonId(personId, carer.carerId)}`, display: carer.name },
        },
      ],
      ...(carer.sharedScopes.length > 0
        ? {
            code: carer.sharedScopes.map((scope) => ({
              coding: [{ system: CARER_SCOPE_SYSTEM, code: scope, display: SCOPE_WORDS[scope] ?? scope }],
              text: SCOPE_WORDS[scope] ?? scope,
            })),
          }
        : {}),
    },
  };
}

/** A member of staff in their role (their profession in the service), with the same id as the Practitioner. */
export function toPractitionerRole(worker: WorkerProfile): PractitionerRole {
  return {
    resourceType: 'PractitionerRole',
    id: worker.id,
    active: worker.active,
    practitioner: { reference: `Practitioner/${worker.id}`, display: worker.name },
    code: [{ coding: [{ system: PROFESSION_SYSTEM, code: worker.profession }], text: worker.profession }],
  };
}
