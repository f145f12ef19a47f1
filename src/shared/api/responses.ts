import type { CrisisContactDto, PersonDischargeDto } from './people.responses';
import type { AccessBasis, AccountRole, CareTeamRole, CarerShareScope, ContactKind, ContactMode, MembershipEndReason } from './labels';

// What the API returns. Instants are ISO 8601 strings; calendar dates are YYYY-MM-DD.

export interface ApiError {
  error: { code: string; message: string; details?: Record<string, unknown> };
}

export interface Me {
  accountId: string;
  username: string;
  role: AccountRole;
  displayName: string;
  workerId: string | null;
  personId: string | null;
  carerId: string | null;
}

export interface SessionResponse {
  me: Me;
  csrfToken: string;
  expiresAt: string;
}

export interface HealthResponse {
  status: 'ok';
  database: 'pglite' | 'postgres';
  version: string;
}

export interface CaseloadEntryDto {
  personId: string;
  name: string;
  preferredName: string | null;
  role: CareTeamRole;
  memberSince: string;
  lastContactAt: string | null;
  daysSinceLastContact: number | null;
  nextReviewDue: string | null;
  reviewStatus: 'overdue' | 'due_soon' | 'scheduled' | 'none';
  careCoordinatorsLast12Months: number;
}

export interface CaseloadResponse {
  people: CaseloadEntryDto[];
}

export interface MembershipDto {
  id: string;
  workerId: string;
  workerName: string;
  workerProfession: string;
  role: CareTeamRole;
  startsOn: string;
  endsOn: string | null;
  endReason: MembershipEndReason | null;
  endNote: string | null;
  handoverNote: string | null;
  isActive: boolean;
}

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
  nextReview: { dueOn: string } | null;
  access: { basis: AccessBasis; canReadContacts: boolean; canRecordContact: boolean; canEditDetails: boolean };
}

export interface ContactDto {
  id: string;
  occurredAt: string;
  durationMinutes: number;
  mode: ContactMode;
  kind: ContactKind;
  beyondRoutine: boolean;
  beyondRoutineNote: string | null;
  adminMinutes: number;
  note: string | null;
  workers: { id: string; name: string }[];
  recordedAt: string;
}

export interface ContactsResponse {
  contacts: ContactDto[];
}

export interface BreakGlassResponse {
  expiresAt: string;
}

export interface AccessLogEntryDto {
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

export interface OrganisationSummaryResponse {
  since: string;
  sites: number;
  teams: number;
  workers: number;
  people: number;
  contactsSince: number;
  beyondRoutineSince: number;
}

export interface OrganisationResponse {
  sites: { id: string; name: string }[];
  teams: { id: string; siteId: string; name: string; reviewCadenceMonths: number }[];
  workers: { id: string; name: string; profession: string; teamId: string; email: string | null; phone: string | null; leftOn: string | null }[];
  people: { id: string; name: string; preferredName: string | null; dateOfBirth: string | null; teamId: string }[];
  carers: { id: string; name: string; phone: string | null }[];
  accounts: { id: string; username: string; role: AccountRole; workerId: string | null; personId: string | null; carerId: string | null }[];
}
