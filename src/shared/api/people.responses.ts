import type { MembershipDto } from './care-team.responses';
import type { AccessBasis, CarerShareScope } from './labels';

// A person's record, who opened it, a manager's team and a carer's people. Calendar dates are YYYY-MM-DD.

export interface PersonResponse {
  person: { id: string; name: string; preferredName: string | null; dateOfBirth: string | null; teamId: string; teamName: string };
  careTeam: MembershipDto[] | null;
  currentCareCoordinator: MembershipDto | null;
  careCoordinatorsLast12Months: number;
  /** When the care coordinator changed, if in the last three months. */
  recentCoordinatorChangeOn: string | null;
  nextReview: { dueOn: string } | null;
  access: { basis: AccessBasis; canReadContacts: boolean; canRecordContact: boolean };
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
