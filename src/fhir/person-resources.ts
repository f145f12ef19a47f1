import { CARE_TEAM_ROLE_LABELS } from '../domain/care-team/care-team-role';
import { isActiveOn, isoDate } from '../domain/care-team/membership-period';
import type { ContactMode } from '../domain/contacts/contact-kinds';
import { LOCAL_IDENTIFIER_LABELS } from '../domain/people/local-identifier';
import type { ContactView } from '../services/contacts/ports';
import type { PersonSummary } from '../services/people/get-person';
import type { WorkerProfile } from '../services/organisation/get-worker-profile';
import type { AccessLogEntry } from '../services/people/get-access-log';
import type { AuditEvent, CareTeam, Encounter, Patient, Practitioner } from './r4-resources';
import { TANDEM_FHIR_BASE } from './instrument-extensions';

/** NHS England's identifier system for NHS numbers; a service's own numbers are Tandem's. */
export const NHS_NUMBER_SYSTEM = 'https://fhir.nhs.uk/Id/nhs-number';
export const LOCAL_IDENTIFIER_SYSTEM = `${TANDEM_FHIR_BASE}/identifier/local`;
export const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const CONTACT_KIND_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/contact-kind`;
export const CARE_TEAM_ROLE_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/care-team-role`;

/** A person as a FHIR Patient: what the viewer may see of them in the app, no more. */
export function toPatient(summary: PersonSummary): Patient {
  const { person } = summary;
  const identifier = summary.identifier
    ? [
        {
          system:
            summary.identifier.label === LOCAL_IDENTIFIER_LABELS.nhs_number
              ? NHS_NUMBER_SYSTEM
              : LOCAL_IDENTIFIER_SYSTEM,
          value: person.localIdentifier ?? summary.identifier.value,
        },
      ]
    : undefined;
  return {
    resourceType: 'Patient',
    id: person.id,
    meta: { versionId: String(person.version) },
    ...(identifier ? { identifier } : {}),
    active: person.dischargedOn === null,
    name: [
      { use: 'official', text: person.name },
      ...(person.preferredName ? [{ use: 'usual' as const, text: person.preferredName }] : []),
    ],
    ...(person.dateOfBirth ? { birthDate: person.dateOfBirth } : {}),
  };
}

/**
 * A person's care team as one FHIR CareTeam with the same id as the person: every membership, current
 * and past, with its period and role; null when the viewer may not see the care team.
 */
export function toCareTeam(summary: PersonSummary, now: Date): CareTeam | null {
  if (!summary.careTeam) return null;
  const today = isoDate(now);
  const current = summary.careTeam.some((m) => isActiveOn(m, today));
  return {
    resourceType: 'CareTeam',
    id: summary.person.id,
    status: current ? 'active' : 'inactive',
    name: summary.teamName || undefined,
    subject: { reference: `Patient/${summary.person.id}`, display: summary.person.name },
    participant: summary.careTeam.map((m) => ({
      role: [
        {
          coding: [{ system: CARE_TEAM_ROLE_SYSTEM, code: m.role, display: CARE_TEAM_ROLE_LABELS[m.role] }],
          text: CARE_TEAM_ROLE_LABELS[m.role],
        },
      ],
      member: { reference: `Practitioner/${m.workerId}`, display: m.workerName },
      period: { start: m.startsOn, ...(m.endsOn ? { end: m.endsOn } : {}) },
    })),
  };
}

/** Where a contact happened, as HL7's encounter classes: at home, virtual, or ambulatory. */
export const ENCOUNTER_CLASS: Record<ContactMode, { code: string; display: string }> = {
  home: { code: 'HH', display: 'home health' },
  phone: { code: 'VR', display: 'virtual' },
  video: { code: 'VR', display: 'virtual' },
  clinic: { code: 'AMB', display: 'ambulatory' },
  community: { code: 'FLD', display: 'field' },
  other: { code: 'AMB', display: 'ambulatory' },
};

/** A contact as a finished FHIR Encounter: when, how long, how, who. Notes stay in Tandem. */
export function toEncounter(contact: ContactView): Encounter {
  const end = new Date(contact.occurredAt.getTime() + contact.durationMinutes * 60_000);
  return {
    resourceType: 'Encounter',
    id: contact.id,
    status: 'finished',
    class: { system: V3_ACT_CODE, ...ENCOUNTER_CLASS[contact.mode] },
    type: [{ coding: [{ system: CONTACT_KIND_SYSTEM, code: contact.kind }], text: contact.kind.replace('_', ' ') }],
    subject: { reference: `Patient/${contact.personId}` },
    participant: contact.workers.map((w) => ({ individual: { reference: `Practitioner/${w.id}`, display: w.name } })),
    period: { start: contact.occurredAt.toISOString(), end: end.toISOString() },
    length: { value: contact.durationMinutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
  };
}

/** The workers in a care team as FHIR Practitioners, once each, for `_include=CareTeam:participant`. */
export function careTeamPractitioners(summary: PersonSummary): Practitioner[] {
  const seen = new Map<string, Practitioner>();
  for (const m of summary.careTeam ?? []) {
    if (seen.has(m.workerId)) continue;
    seen.set(m.workerId, {
      resourceType: 'Practitioner',
      id: m.workerId,
      name: [{ text: m.workerName }],
      ...(m.workerProfession ? { qualification: [{ code: { text: m.workerProfession } }] } : {}),
    });
  }
  return [...seen.values()];
}

const DICOM = 'http://dicom.nema.org/resources/ontology/DCM';
const AUDIT_PURPOSE = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';

/**
 * One line of "who opened my record" as a FHIR AuditEvent: who, when (the first and last time when
 * the line stands for several looks), what, and why when the record was opened by breaking glass.
 */
export function toAuditEvent(personId: string, line: AccessLogEntry): AuditEvent {
  return {
    resourceType: 'AuditEvent',
    id: line.id,
    type: { system: DICOM, code: '110110', display: 'Patient Record' },
    action: 'R',
    period: { start: line.firstAt.toISOString(), end: line.at.toISOString() },
    recorded: line.at.toISOString(),
    outcome: '0',
    ...(line.isBreakGlass
      ? { purposeOfEvent: [{ coding: [{ system: AUDIT_PURPOSE, code: 'ETREAT', display: 'Emergency Treatment' }] }] }
      : {}),
    agent: [
      {
        who: { display: line.isYou ? 'You' : line.who },
        requestor: true,
        ...(line.role ? { role: [{ text: line.role }] } : {}),
      },
    ],
    source: { observer: { display: 'Tandem' } },
    entity: [
      {
        what: { reference: `Patient/${personId}` },
        description: line.sentence,
      },
    ],
  };
}

/** A member of staff as a FHIR Practitioner: name, profession, and whether they still work in the service. */
export function toPractitioner(worker: WorkerProfile): Practitioner {
  return {
    resourceType: 'Practitioner',
    id: worker.id,
    active: worker.active,
    name: [{ text: worker.name }],
    qualification: [{ code: { text: worker.profession } }],
  };
}
