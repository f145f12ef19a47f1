import type { DischargeReason } from '../../domain/people/discharge-reasons';
import type { MembershipDto } from './care-team.responses';
import type { AccessBasis, CarerShareScope } from './labels';

// A person's record, who opened it, a manager's team and a carer's people. Calendar dates are YYYY-MM-DD.

export interface PersonResponse {
  person: {
    id: string;
    name: string;
    preferredName: string | null;
    dateOfBirth: string | null;
    teamId: string;
    teamName: string;
    /** The identifier as stored (for editing); `identifier` below is how it is shown. */
    localIdentifier: string | null;
    joinedOn: string;
    /** Null while the person is with the service; once discharged, the record is read-only. */
    discharge: PersonDischargeDto | null;
    /** Only ever true in the person's own view: nobody else is told. */
    researchOptOut: boolean;
    /** The person's own view only (null and false for everyone else): where and whether to email them. */
    email: { address: string | null; wantsEmail: boolean; isAvailable: boolean };
    /** Sent back with an edit, so that a change made meanwhile by someone else is a 409, not overwritten. */
    version: number;
  };
  identifier: { label: string; value: string } | null;
  /** "Ring the team on …", in these hours. */
  teamContact: { phone: string | null; serviceHours: string | null };
  crisisContacts: CrisisContactDto[];
  careTeam: MembershipDto[] | null;
  currentCareCoordinator: MembershipDto | null;
  careCoordinatorsLast12Months: number;
  /** When the care coordinator changed, if in the last three months. */
  recentCoordinatorChangeOn: string | null;
  nextReview: { dueOn: string } | null;
  access: {
    basis: AccessBasis;
    canReadContacts: boolean;
    canRecordContact: boolean;
    canEditDetails: boolean;
    canReadCarePlan: boolean;
    /** What the person shares with the viewer as their carer; null when the viewer is not their carer. */
    sharedWithCarer: CarerShareScope[] | null;
    canReadMessages: boolean;
    canReadSafetyPlan: boolean;
  };
}

export interface BreakGlassResponse {
  expiresAt: string;
}

/** One line of "who opened my record": one event, or several looks at one thing by one person on one day. */
export interface AccessLogEntryDto {
  /** The earliest event's id: with `firstAt`, where the next page starts (`before`, `beforeId`). */
  id: string;
  /** The latest time; `firstAt` is the earliest when the line stands for several. */
  at: string;
  firstAt: string;
  who: string;
  role: string;
  isYou: boolean;
  action: string;
  basis: string | null;
  reason: string | null;
  times: number;
  isBreakGlass: boolean;
  /** The line in plain words. */
  sentence: string;
}

export interface AccessLogResponse {
  entries: AccessLogEntryDto[];
}

export interface TeamResponse {
  team: { id: string; name: string; siteName: string };
  people: { id: string; name: string; careCoordinator: string | null; nextReviewDue: string | null }[];
  workers: { id: string; name: string; profession: string; caseloadSize: number; hasLeft: boolean }[];
}

export interface CaredForResponse {
  people: { personId: string; name: string; relationship: string; sharedScopes: CarerShareScope[] }[];
}

export interface PersonSearchResultDto {
  id: string;
  name: string;
  preferredName: string | null;
  dateOfBirth: string | null;
  /** As people read it ("943 476 5919"), or null when the person has none. */
  identifier: string | null;
  teamName: string;
  dischargedOn: string | null;
  /** The searcher may open the record now. */
  canOpen: boolean;
  /** The record is outside the searcher's care team: they may give a reason to open it, and the person is told. */
  canBreakGlass: boolean;
}

export interface PersonSearchResponse {
  /** What the service calls its identifier ("NHS number"). */
  identifierLabel: string;
  results: PersonSearchResultDto[];
  /** More people matched than are shown: type more of the name. */
  hasMore: boolean;
}

export interface CrisisContactDto {
  name: string;
  phone: string;
  hours: string | null;
  note: string | null;
}

export interface PersonDischargeDto {
  dischargedOn: string;
  reason: DischargeReason;
  note: string | null;
}

export interface PersonDischargeResponse {
  version: number;
  discharge: PersonDischargeDto;
}
