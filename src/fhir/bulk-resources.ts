import { CARE_TEAM_ROLE_LABELS, type CareTeamRole } from '../domain/care-team/care-team-role';
import type { ContactMode } from '../domain/contacts/contact-kinds';
import type {
  BulkExportType,
  ExportedCareTeam,
  ExportedEncounter,
  ExportedPatient,
  ExportedRecords,
} from '../domain/bulk-export/bulk-export-rules';
import { TANDEM_FHIR_BASE } from './instrument-extensions';
import { CARE_TEAM_ROLE_SYSTEM, CONTACT_KIND_SYSTEM, ENCOUNTER_CLASS, V3_ACT_CODE } from './person-resources';
import type { CareTeam, Encounter, Patient } from './r4-resources';
import type { Coding, Extension } from './r4-types';

/*
 * The resources of a FHIR Bulk Data export (decision 0044). Every one is pseudonymised: its id and
 * every reference are keyed pseudonyms, its dates are shifted, and `meta.security` says so with
 * HL7's PSEUDED code, so a client cannot take them for identified records. Team and site are
 * extensions, because the export has no Organization resources to point at.
 */
const PSEUDONYMISED: Coding = {
  system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationValue',
  code: 'PSEUDED',
  display: 'pseudonymized',
};
export const BULK_TEAM_EXTENSION = `${TANDEM_FHIR_BASE}/StructureDefinition/pseudonymised-team`;
export const BULK_SITE_EXTENSION = `${TANDEM_FHIR_BASE}/StructureDefinition/pseudonymised-site`;

type Pseudonymised<T> = T & { meta: { security: Coding[] }; extension?: Extension[] };
const meta = { security: [PSEUDONYMISED] };
const pseudonym = (url: string, value: string): Extension => ({ url, valueString: value });

export function toBulkPatient(record: ExportedPatient): Pseudonymised<Patient> {
  return {
    resourceType: 'Patient',
    id: record.person,
    meta,
    extension: [pseudonym(BULK_TEAM_EXTENSION, record.team), pseudonym(BULK_SITE_EXTENSION, record.site)],
    active: true,
  };
}

export function toBulkEncounter(record: ExportedEncounter): Pseudonymised<Encounter> {
  const start = new Date(record.occurredAt);
  const end = new Date(start.getTime() + record.durationMinutes * 60_000);
  const mode = ENCOUNTER_CLASS[record.mode as ContactMode] ?? ENCOUNTER_CLASS.other;
  return {
    resourceType: 'Encounter',
    id: record.contact,
    meta,
    extension: [pseudonym(BULK_TEAM_EXTENSION, record.team)],
    status: 'finished',
    class: { system: V3_ACT_CODE, ...mode },
    type: [{ coding: [{ system: CONTACT_KIND_SYSTEM, code: record.kind }], text: record.kind.replace('_', ' ') }],
    subject: { reference: `Patient/${record.person}` },
    participant: record.workers.map((worker) => ({ individual: { reference: `Practitioner/${worker}` } })),
    period: { start: start.toISOString(), end: end.toISOString() },
    length: { value: record.durationMinutes, unit: 'min', system: 'http://unitsofmeasure.org', code: 'min' },
  };
}

export function toBulkCareTeam(record: ExportedCareTeam): Pseudonymised<CareTeam> {
  const open = record.members.some((m) => m.endsOn === null);
  return {
    resourceType: 'CareTeam',
    id: `CT${record.person.slice(1)}`,
    meta,
    extension: [pseudonym(BULK_TEAM_EXTENSION, record.team)],
    status: open ? 'active' : 'inactive',
    subject: { reference: `Patient/${record.person}` },
    participant: record.members.map((m) => {
      const label = CARE_TEAM_ROLE_LABELS[m.role as CareTeamRole] ?? m.role;
      return {
        role: [{ coding: [{ system: CARE_TEAM_ROLE_SYSTEM, code: m.role, display: label }], text: label }],
        member: { reference: `Practitioner/${m.worker}` },
        period: { start: m.startsOn, ...(m.endsOn ? { end: m.endsOn } : {}) },
      };
    }),
  };
}

const MAPPERS: { [T in BulkExportType]: (record: ExportedRecords[T]) => { resourceType: string } } = {
  Patient: toBulkPatient,
  Encounter: toBulkEncounter,
  CareTeam: toBulkCareTeam,
};

/** One file of an export as NDJSON: one resource per line, each line ending in a newline. */
export function toNdjson<T extends BulkExportType>(type: T, records: ExportedRecords[T][]): string {
  const map = MAPPERS[type] as (record: ExportedRecords[T]) => { resourceType: string };
  return records.map((record) => `${JSON.stringify(map(record))}\n`).join('');
}
