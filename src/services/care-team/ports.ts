import type { CareTeamRole, MembershipEndReason } from '../../domain/care-team/care-team-role';

export interface MembershipRecord {
  id: string;
  personId: string;
  workerId: string;
  role: CareTeamRole;
  startsOn: string;
  endsOn: string | null;
  endReason: MembershipEndReason | null;
  endNote: string | null;
  handoverNote: string | null;
}

/** A membership with the worker's name and profession, for display. */
export interface MembershipView extends MembershipRecord {
  workerName: string;
  workerProfession: string;
}

/** One row of a worker's caseload, computed in one query. */
export interface CaseloadRow {
  personId: string;
  personName: string;
  preferredName: string | null;
  role: CareTeamRole;
  memberSince: string;
  lastContactAt: Date | null;
  nextReviewDue: string | null;
  careCoordinatorsInWindow: number;
  /** The day the care coordinator last changed (by the rule of countCareCoordinatorChanges), or null. */
  careCoordinatorChangedOn: string | null;
  /** Questionnaires the care team asked for that are past their due day and not yet answered. */
  overdueQuestionnaires: number;
  /** Whether the person has a risk and safety formulation (any version). */
  hasRiskFormulation: boolean;
  /** The last day the formulation was discussed with the person (not counting their choosing not to), or null. */
  riskDiscussedOn: string | null;
}

export interface CareTeamRepository {
  create(membership: MembershipRecord): Promise<void>;
  /** Many at once, for demo and import loads; the one-open-coordinator index still applies. */
  createMany(memberships: MembershipRecord[]): Promise<void>;
  findById(id: string): Promise<MembershipRecord | null>;
  listForPerson(personId: string): Promise<MembershipView[]>;
  /** Memberships of this worker with this person that are active on `day`. */
  listActiveForWorker(personId: string, workerId: string, day: string): Promise<MembershipRecord[]>;
  findOpenCareCoordinator(personId: string): Promise<MembershipRecord | null>;
  end(
    id: string,
    change: { endsOn: string; endReason: MembershipEndReason; endNote: string | null; handoverNote: string | null },
  ): Promise<void>;
  /** The worker's people on `day`, with last contact, next review and coordinators since `windowFrom`. */
  caseload(workerId: string, day: string, windowFrom: string): Promise<CaseloadRow[]>;
  /** For a team on `day`: each person's care coordinator and next review, and each worker's caseload size. */
  teamSummary(teamId: string, day: string): Promise<TeamCareSummary>;
}

export interface TeamCareSummary {
  people: Map<string, { careCoordinator: string | null; nextReviewDue: string | null }>;
  caseloadSizes: Map<string, number>;
}
