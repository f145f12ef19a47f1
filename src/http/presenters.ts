import { isActiveOn, isoDate } from '../domain/care-team/membership-period';
import type { CaseloadEntry } from '../services/caseload/get-caseload';
import type { MembershipView } from '../services/care-team/ports';
import type { ContactView } from '../services/contacts/ports';
import type { AccessLogEntry } from '../services/people/get-access-log';
import type { PersonSummary } from '../services/people/get-person';
import type { AccessLogEntryDto, CaseloadEntryDto, ContactDto, MembershipDto, PersonResponse } from '../shared/api/responses';

// Service results to the JSON the API promises (src/shared/api/responses.ts): instants as ISO strings.

export const presentCaseloadEntry = (entry: CaseloadEntry): CaseloadEntryDto => ({
  ...entry,
  lastContactAt: entry.lastContactAt?.toISOString() ?? null,
});

export const presentMembership = (m: MembershipView, today: string): MembershipDto => ({
  id: m.id,
  workerId: m.workerId,
  workerName: m.workerName,
  workerProfession: m.workerProfession,
  role: m.role,
  startsOn: m.startsOn,
  endsOn: m.endsOn,
  endReason: m.endReason,
  endNote: m.endNote,
  handoverNote: m.handoverNote,
  isActive: isActiveOn(m, today),
});

export function presentPerson(summary: PersonSummary, now: Date): PersonResponse {
  const today = isoDate(now);
  const { person } = summary;
  return {
    person: {
      id: person.id, name: person.name, preferredName: person.preferredName, dateOfBirth: person.dateOfBirth, teamId: person.teamId,
      teamName: summary.teamName, localIdentifier: summary.identifier ? person.localIdentifier : null, joinedOn: person.joinedOn,
      discharge: person.dischargedOn && person.dischargeReason
        ? { dischargedOn: person.dischargedOn, reason: person.dischargeReason, note: person.dischargeNote }
        : null,
      researchOptOut: person.researchOptOut,
      version: person.version,
    },
    identifier: summary.identifier,
    teamContact: summary.teamContact,
    crisisContacts: summary.crisisContacts.map(({ name, phone, hours, note }) => ({ name, phone, hours, note })),
    careTeam: summary.careTeam?.map((m) => presentMembership(m, today)) ?? null,
    currentCareCoordinator: summary.currentCareCoordinator ? presentMembership(summary.currentCareCoordinator, today) : null,
    careCoordinatorsLast12Months: summary.careCoordinatorsLast12Months,
    nextReview: summary.nextReview ? { dueOn: summary.nextReview.dueOn } : null,
    access: summary.access,
  };
}

export const presentContact = (c: ContactView): ContactDto => ({
  id: c.id,
  occurredAt: c.occurredAt.toISOString(),
  durationMinutes: c.durationMinutes,
  mode: c.mode,
  kind: c.kind,
  beyondRoutine: c.beyondRoutine,
  beyondRoutineNote: c.beyondRoutineNote,
  adminMinutes: c.adminMinutes,
  note: c.note,
  workers: c.workers,
  recordedAt: c.recordedAt.toISOString(),
});

export const presentAccessLogEntry = (e: AccessLogEntry): AccessLogEntryDto => ({ ...e, at: e.at.toISOString() });
