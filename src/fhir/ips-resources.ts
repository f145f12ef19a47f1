import { JOB_END_REASON_LABELS, JOB_KIND_LABELS, type JobKind } from '../domain/ips/ips-vocabulary';
import type { JobView } from '../services/ips/ports';
import { pairId, parsePairId } from './carer-resources';
import { TANDEM_FHIR_BASE } from './instrument-extensions';
import type { Meta, Period } from './r4-resources';
import type { CodeableConcept, Reference } from './r4-types';

/** Tandem's codes for the parts of an IPS job, education or training start (ADR 0047). */
export const IPS_CODE_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/ips-employment`;
export const IPS_END_REASON_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/ips-end-reason`;
const LOINC = 'http://loinc.org';
const CATEGORY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/observation-category';
const UCUM = 'http://unitsofmeasure.org';
const CURRENCY = 'urn:iso:std:iso:4217';

export interface ObservationComponent {
  code: CodeableConcept;
  valueQuantity?: { value: number; unit: string; system: string; code: string };
  valueBoolean?: boolean;
  valueString?: string;
  valueCodeableConcept?: CodeableConcept;
}

export interface Observation {
  resourceType: 'Observation';
  id: string;
  meta?: Meta;
  status: 'final' | 'amended';
  category: CodeableConcept[];
  code: CodeableConcept;
  subject: Reference;
  effectivePeriod: Period;
  valueCodeableConcept?: CodeableConcept;
  component?: ObservationComponent[];
}

/** The Observation id of a person's job: `ips-job-` and the pair of ids (ADR 0041's pair ids). */
export const ipsJobId = (personId: string, jobId: string): string => `ips-job-${pairId(personId, jobId)}`;

export function parseIpsJobId(id: string): { personId: string; jobId: string } | null {
  const pair = id.startsWith('ips-job-') ? parsePairId(id.slice('ips-job-'.length)) : null;
  return pair ? { personId: pair.personId, jobId: pair.otherId } : null;
}

/** The kinds of start as codes of `code`, for `code` searches. */
export const IPS_START_CODES: Record<JobKind, string> = {
  job: 'paid-job',
  education: 'education',
  training: 'training',
};

const tandem = (code: string, display: string): CodeableConcept => ({
  coding: [{ system: IPS_CODE_SYSTEM, code, display }],
  text: display,
});

/**
 * A job, or an education or training start, as an Observation of social history: a paid job carries
 * LOINC 11341-5 "History of Occupation" (as the Occupational Data for Health guide's past or present
 * job does) beside Tandem's code; the title is the value; hours, pay, competitive employment and the
 * reason it ended are components; the period is when it started and ended. The revision is the version;
 * when it was recorded or last changed is meta.lastUpdated.
 */
export function toIpsObservation(personId: string, personName: string, job: JobView): Observation {
  const kind = IPS_START_CODES[job.kind];
  const component: ObservationComponent[] = [
    { code: tandem('employer', 'Employer or provider'), valueString: job.employerName },
    { code: tandem('competitive', 'Competitive employment'), valueBoolean: job.isCompetitive },
  ];
  if (job.hoursPerWeek !== null) {
    component.push({
      code: tandem('hours-per-week', 'Hours a week'),
      valueQuantity: { value: job.hoursPerWeek, unit: 'hours a week', system: UCUM, code: 'h/wk' },
    });
  }
  if (job.hourlyPayPence !== null) {
    component.push({
      code: tandem('hourly-pay', 'Pay an hour'),
      valueQuantity: { value: job.hourlyPayPence / 100, unit: '£ an hour', system: CURRENCY, code: 'GBP' },
    });
  }
  if (job.endReason) {
    component.push({
      code: tandem('end-reason', 'Why it ended'),
      valueCodeableConcept: {
        coding: [{ system: IPS_END_REASON_SYSTEM, code: job.endReason, display: JOB_END_REASON_LABELS[job.endReason] }],
        text: JOB_END_REASON_LABELS[job.endReason],
      },
    });
  }
  return {
    resourceType: 'Observation',
    id: ipsJobId(personId, job.id),
    meta: { versionId: String(job.revision), lastUpdated: job.updatedAt.toISOString() },
    status: job.revision > 1 ? 'amended' : 'final',
    category: [{ coding: [{ system: CATEGORY_SYSTEM, code: 'social-history', display: 'Social History' }] }],
    code: {
      coding: [
        ...(job.kind === 'job' ? [{ system: LOINC, code: '11341-5', display: 'History of Occupation' }] : []),
        { system: IPS_CODE_SYSTEM, code: kind, display: JOB_KIND_LABELS[job.kind] },
      ],
      text: JOB_KIND_LABELS[job.kind],
    },
    subject: { reference: `Patient/${personId}`, display: personName },
    effectivePeriod: { start: job.startsOn, ...(job.endsOn ? { end: job.endsOn } : {}) },
    valueCodeableConcept: { text: job.title },
    component,
  };
}
