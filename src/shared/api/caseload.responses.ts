import type { CareTeamRole } from './labels';

// A worker's caseload at a glance. Instants are ISO 8601 strings; calendar dates are YYYY-MM-DD.

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
  /** When the care coordinator changed, if in the last three months. */
  recentCoordinatorChangeOn: string | null;
  /** Questionnaires the care team asked for that are past their due day and not yet answered. */
  overdueQuestionnaires: number;
  /** What the person did in their plan that this worker has not seen yet (a declined change, a message); null when nothing. */
  carePlanNews: { declinedChanges: number; messagesFromPerson: number; latestAt: string } | null;
  /**
   * The risk formulation talked through with the person: whether they have one, the last day it was
   * discussed (an offer they turned down does not count), and whether that was over 12 months ago or never.
   */
  riskDiscussion: { hasFormulation: boolean; lastDiscussedOn: string | null; isDue: boolean };
}

export interface CaseloadResponse {
  people: CaseloadEntryDto[];
}
