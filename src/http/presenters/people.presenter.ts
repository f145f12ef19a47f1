import { isoDate } from '../../domain/care-team/membership-period';
import type { AccessLogEntry } from '../../services/people/get-access-log';
import type { PersonSummary } from '../../services/people/get-person';
import type { AccessLogEntryDto, PersonResponse } from '../../shared/api/people.responses';
import { presentMembership } from './care-team.presenter';

// A person's record to the JSON the API promises (shared/api/people.responses.ts): instants as ISO strings.

/** `isEmailAvailable`: whether this Tandem sends email at all, so the person is offered the choice. */
export function presentPerson(summary: PersonSummary, now: Date, isEmailAvailable: boolean): PersonResponse {
  const today = isoDate(now);
  const { person } = summary;
  return {
    person: {
      id: person.id,
      name: person.name,
      preferredName: person.preferredName,
      dateOfBirth: person.dateOfBirth,
      teamId: person.teamId,
      teamName: summary.teamName,
      localIdentifier: summary.identifier ? person.localIdentifier : null,
      joinedOn: person.joinedOn,
      discharge:
        person.dischargedOn && person.dischargeReason
          ? { dischargedOn: person.dischargedOn, reason: person.dischargeReason, note: person.dischargeNote }
          : null,
      researchOptOut: person.researchOptOut,
      email: { address: person.emailAddress, wantsEmail: person.wantsEmail, isAvailable: isEmailAvailable },
      version: person.version,
    },
    identifier: summary.identifier,
    teamContact: summary.teamContact,
    crisisContacts: summary.crisisContacts.map(({ name, phone, hours, note }) => ({ name, phone, hours, note })),
    careTeam: summary.careTeam?.map((m) => presentMembership(m, today)) ?? null,
    currentCareCoordinator: summary.currentCareCoordinator
      ? presentMembership(summary.currentCareCoordinator, today)
      : null,
    careCoordinatorsLast12Months: summary.careCoordinatorsLast12Months,
    recentCoordinatorChangeOn: summary.recentCoordinatorChangeOn,
    nextReview: summary.nextReview ? { dueOn: summary.nextReview.dueOn } : null,
    access: summary.access,
  };
}

export function presentAccessLogEntry(e: AccessLogEntry): AccessLogEntryDto {
  return { ...e, at: e.at.toISOString(), firstAt: e.firstAt.toISOString() };
}
