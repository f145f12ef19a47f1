import type { EnrolmentStatus } from '../domain/college/college-rules';
import type { EnrolmentView } from '../services/college/learning-plan-view';
import { pairId, parsePairId } from './carer-resources';
import { TANDEM_FHIR_BASE } from './instrument-extensions';
import type { Meta, Period } from './r4-resources';
import type { CodeableConcept, Extension, Reference } from './r4-types';

export const COLLEGE_CODE_SYSTEM = `${TANDEM_FHIR_BASE}/CodeSystem/recovery-college`;
/** On an EpisodeOfCare: the enrolment's status as Tandem keeps it (enrolled, waiting, offered, cancelled, lapsed). */
export const ENROLMENT_STATUS_EXTENSION = `${TANDEM_FHIR_BASE}/StructureDefinition/college-enrolment-status`;

export type EpisodeStatus = 'planned' | 'waitlist' | 'active' | 'finished' | 'cancelled';

export interface EpisodeOfCare {
  resourceType: 'EpisodeOfCare';
  id: string;
  meta: Meta;
  extension: Extension[];
  status: EpisodeStatus;
  type: CodeableConcept[];
  patient: Reference;
  period?: Period;
}

/** The EpisodeOfCare id of an enrolment: `college-enrolment-` and the pair of ids (ADR 0041's pair ids). */
export const enrolmentEpisodeId = (personId: string, enrolmentId: string): string =>
  `college-enrolment-${pairId(personId, enrolmentId)}`;

export function parseEnrolmentEpisodeId(id: string): { personId: string; enrolmentId: string } | null {
  const prefix = 'college-enrolment-';
  const pair = id.startsWith(prefix) ? parsePairId(id.slice(prefix.length)) : null;
  return pair ? { personId: pair.personId, enrolmentId: pair.otherId } : null;
}

/** When a place on a course begins and ends: the course's sessions, or from asking until it was given up. */
export function enrolmentPeriod(enrolment: EnrolmentView): { start: Date; end: Date | null } {
  if (enrolment.status === 'cancelled' || enrolment.status === 'lapsed') {
    return { start: enrolment.queuedAt, end: enrolment.endedAt ?? enrolment.queuedAt };
  }
  return { start: enrolment.firstStartsAt ?? enrolment.queuedAt, end: enrolment.lastEndsAt };
}

/**
 * The R4 status of an enrolment: on the waiting list, offered a place (planned), enrolled (planned
 * before the first session, active during the course, finished after it), or given up (cancelled).
 */
export function episodeStatus(enrolment: EnrolmentView, now: Date): EpisodeStatus {
  const byStatus: Record<EnrolmentStatus, EpisodeStatus | null> = {
    waiting: 'waitlist',
    offered: 'planned',
    cancelled: 'cancelled',
    lapsed: 'cancelled',
    enrolled: null,
  };
  const fixed = byStatus[enrolment.status];
  if (fixed) return fixed;
  if (enrolment.lastEndsAt && enrolment.lastEndsAt <= now) return 'finished';
  return enrolment.firstStartsAt && enrolment.firstStartsAt <= now ? 'active' : 'planned';
}

/**
 * A student's place on a Recovery College course as an EpisodeOfCare: a course is a stretch of
 * sessions the person attends with the college, which is what an episode of care is (ADR 0047).
 */
export function toEnrolmentEpisode(
  personId: string,
  personName: string,
  enrolment: EnrolmentView,
  now: Date,
): EpisodeOfCare {
  const period = enrolmentPeriod(enrolment);
  return {
    resourceType: 'EpisodeOfCare',
    id: enrolmentEpisodeId(personId, enrolment.enrolmentId),
    // When the place was asked for or its status last changed (ADR 0047).
    meta: { lastUpdated: enrolment.updatedAt.toISOString() },
    extension: [{ url: ENROLMENT_STATUS_EXTENSION, valueCode: enrolment.status }],
    status: episodeStatus(enrolment, now),
    type: [
      {
        coding: [{ system: COLLEGE_CODE_SYSTEM, code: 'course-enrolment', display: 'Recovery College course' }],
        text: `Recovery College course: ${enrolment.title} (${enrolment.termName})`,
      },
    ],
    patient: { reference: `Patient/${personId}`, display: personName },
    period: { start: period.start.toISOString(), ...(period.end ? { end: period.end.toISOString() } : {}) },
  };
}
