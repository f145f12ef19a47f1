import type { MembershipDto } from './care-team.responses';
import type { AccessBasis, CarerShareScope } from './labels';

// A person's record, who opened it, a manager's team and a carer's people. Calendar dates are YYYY-MM-DD.

export interface PersonResponse {
  person: { id: string; name: string; preferredName: string | null; dateOfBirth: string | null; teamId: string; teamName: string };
  careTeam: MembershipDto[] | null;
  currentCareCoordinator: MembershipDto | null;
  careCoordinatorsLast12Months: number;
  nextReview: { dueOn: string } | null;
  access: { basis: AccessBasis; canReadContacts: boolean; canRecordContact: boolean };
}

export interface BreakGlassResponse {
  expiresAt: string;
}

export interface AccessLogEntryDto {
  id: string;
  at: string;
  who: string;
  role: string;
  isYou: boolean;
  action: string;
  basis: string | null;
  reason: string | null;
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
