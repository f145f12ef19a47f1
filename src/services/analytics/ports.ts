import type { BulkExportReader } from '../bulk-export/ports';

/**
 * A period of analysis: the calendar days from `from` to `to`, both included (UTC dates,
 * YYYY-MM-DD). Contacts count when they happened on one of those days; the care coordinator "at
 * the end" is the one on day `to`.
 */
export interface AnalyticsWindow {
  from: string;
  to: string;
}

/** Which people a query is about: the people of some teams, of one site, or everyone. */
export interface AnalyticsScope {
  teamIds?: readonly string[];
  siteId?: string;
}

/**
 * Continuity figures for one person over a window.
 *
 * A contact with several workers present counts once for each worker, as a visit to each: the
 * indices are about which workers the person saw, and at a joint visit they saw all of them.
 * So `contacts` counts visits (contact–worker pairs), not contact records.
 */
export interface PersonContinuityFigures {
  personId: string;
  teamId: string;
  siteId: string;
  contacts: number;
  workers: number;
  /** Usual Provider of Care with the most frequently seen worker. */
  upc: number | null;
  /** Usual Provider of Care with the care coordinator at the window's end; null when there was none or no contacts. */
  upcCareCoordinator: number | null;
  coc: number | null;
  secon: number | null;
  mmci: number | null;
  hhi: number | null;
  /** The care coordinator on the window's last day. */
  careCoordinatorId: string | null;
  /** Different care coordinators on at least one day of the window. */
  careCoordinators: number;
  careCoordinatorChanges: number;
  daysWithoutCareCoordinator: number;
}

/** Review, time, caseload and beyond-routine counts for one team over a window. */
export interface TeamServiceCounts {
  teamId: string;
  /** Reviews due in the window. */
  reviewsDue: number;
  /** Held on or before the due date. */
  reviewsHeldInTime: number;
  reviewsHeldLate: number;
  /** Not held, and the due date has passed (by the window's end). */
  reviewsOverdue: number;
  /** Contact records in the window, each once however many workers were present. */
  contacts: number;
  contactMinutes: number;
  adminMinutes: number;
  beyondRoutineContacts: number;
}

/** People of one team with the service on the window's last day, and those whose safety plan was updated in the year to it. */
export interface TeamSafetyPlanCounts {
  teamId: string;
  people: number;
  updated: number;
}

/** A person with a risk formulation on the window's last day: their team, and when it was last discussed with them. */
export interface FormulationDiscussion {
  teamId: string;
  /** The last day up to the window's end it was discussed (not counting offers turned down); null when never. */
  lastDiscussedOn: string | null;
}

/** A change of care coordinator that took effect in the window: the person's team, and the notice they had if it was planned. */
export interface CoordinatorChange {
  teamId: string;
  changedOn: string;
  /** Days from the day the handover was planned to the day of the change; null when it was not planned. */
  daysOfNotice: number | null;
}

/** How many people a worker was care coordinator for on the window's last day. */
export interface CaseloadSize {
  workerId: string;
  teamId: string;
  coordinatedPeople: number;
}

/** The contacts one worker was at in the window (a joint visit counts for each worker present). */
export interface WorkerContactTime {
  workerId: string;
  workerName: string;
  teamId: string;
  contacts: number;
  contactMinutes: number;
  adminMinutes: number;
  beyondRoutineContacts: number;
}

/** One contact as a researcher sees it: pseudonyms and shifted dates only. */
export interface PseudonymisedContact {
  person: string;
  team: string;
  site: string;
  /** The workers present, as pseudonyms, separated by spaces. */
  workers: string;
  occurredAt: string;
  durationMinutes: number;
  adminMinutes: number;
  mode: string;
  kind: string;
  beyondRoutine: boolean;
}

/** One care-team membership period as a researcher sees it. */
export interface PseudonymisedCareTeamPeriod {
  person: string;
  team: string;
  site: string;
  worker: string;
  role: string;
  startsOn: string;
  endsOn: string | null;
  endReason: string | null;
}

/** One answer at a rated meeting, as a researcher sees it. */
export interface PseudonymisedRatingAnswer {
  person: string;
  team: string;
  site: string;
  completedAt: string;
  instrument: string;
  version: string;
  item: string;
  /** A number, true/false, or a non-scored option such as "not-applicable", as text. */
  answer: string;
}

/** One side's feedback on one meeting, as a researcher sees it. */
export interface PseudonymisedFeedback {
  person: string;
  worker: string;
  team: string;
  site: string;
  meetingAt: string;
  respondent: string;
  score: number | null;
}

/** The read-only queries behind the continuity dashboard, the person's own figures and the exports. */
/** One person's relationship feedback, life-domain ratings and recovery score over a window. */
export interface PersonRelationshipFigures {
  personId: string;
  teamId: string;
  siteId: string;
  /** Mean of the person's own feedback scores in the window; null without any. */
  personFeedback: number | null;
  personFeedbackCount: number;
  /** Mean of their workers' own feedback scores. */
  workerFeedback: number | null;
  /** Subjective quality of life (mean of the eight life domains, 1–7) at the first and last rated meeting. */
  lifeDomainsFirst: number | null;
  lifeDomainsLast: number | null;
  lifeDomainsCount: number;
  /** The latest recovery score (QPR-15 total) in the window. */
  recovery: number | null;
}

/** An IPS referral, as a researcher sees it: pseudonyms, shifted dates, codes; no note. */
export interface PseudonymisedIpsReferral {
  person: string;
  team: string;
  site: string;
  specialist: string | null;
  referredOn: string;
  takenOn: string | null;
  endedOn: string | null;
  endReason: string | null;
  isSelfReferral: boolean;
  firstFaceToFaceEmployerContactOn: string | null;
}

/** A job, education or training start, as a researcher sees it: no title, the employer as a pseudonym. */
export interface PseudonymisedIpsJob {
  person: string;
  team: string;
  site: string;
  employer: string;
  kind: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number | null;
  hourlyPayPence: number | null;
  isCompetitive: boolean;
  endReason: string | null;
}

export interface AnalyticsReader {
  /** Every person in scope (with or without contacts), or only those with a contact in the window. */
  personContinuity(
    window: AnalyticsWindow,
    scope: AnalyticsScope,
    options?: { onlyWithContacts?: boolean },
  ): Promise<PersonContinuityFigures[]>;
  teamServiceCounts(window: AnalyticsWindow, scope: AnalyticsScope): Promise<TeamServiceCounts[]>;
  /** Every team in scope, with or without people. */
  teamSafetyPlanCounts(window: AnalyticsWindow, scope: AnalyticsScope): Promise<TeamSafetyPlanCounts[]>;
  /** Every person in scope with a risk formulation on the window's last day. */
  formulationDiscussions(window: AnalyticsWindow, scope: AnalyticsScope): Promise<FormulationDiscussion[]>;
  /** Every change of care coordinator in the window for people in scope, planned or not. */
  coordinatorChanges(window: AnalyticsWindow, scope: AnalyticsScope): Promise<CoordinatorChange[]>;
  /** Workers of the teams in scope with at least one person to coordinate on the window's last day. */
  caseloadSizes(window: AnalyticsWindow, scope: AnalyticsScope): Promise<CaseloadSize[]>;
  /** People in scope with feedback, ratings or a recovery score in the window. */
  personRelationshipFigures(window: AnalyticsWindow, scope: AnalyticsScope): Promise<PersonRelationshipFigures[]>;
  /** Every worker of the teams in scope, with or without contacts. */
  workerContactTime(window: AnalyticsWindow, scope: AnalyticsScope): Promise<WorkerContactTime[]>;
  /** At most `limit` rows; the caller learns there were more by asking for one extra. */
  pseudonymisedContacts(window: AnalyticsWindow, scope: AnalyticsScope, limit: number): Promise<PseudonymisedContact[]>;
  pseudonymisedCareTeamPeriods(
    window: AnalyticsWindow,
    scope: AnalyticsScope,
    limit: number,
  ): Promise<PseudonymisedCareTeamPeriod[]>;
  pseudonymisedRatings(
    window: AnalyticsWindow,
    scope: AnalyticsScope,
    limit: number,
  ): Promise<PseudonymisedRatingAnswer[]>;
  pseudonymisedFeedback(
    window: AnalyticsWindow,
    scope: AnalyticsScope,
    limit: number,
  ): Promise<PseudonymisedFeedback[]>;
  /** Pseudonymised records for a FHIR Bulk Data export, a page at a time (decision 0044). */
  bulkExportPage: BulkExportReader['page'];
  /** IPS referrals that share a day with the window. */
  pseudonymisedIpsReferrals(
    window: AnalyticsWindow,
    scope: AnalyticsScope,
    limit: number,
  ): Promise<PseudonymisedIpsReferral[]>;
  /** IPS jobs, education and training that share a day with the window. */
  pseudonymisedIpsJobs(window: AnalyticsWindow, scope: AnalyticsScope, limit: number): Promise<PseudonymisedIpsJob[]>;
  /**
   * Work derived from whole-organisation figures (summaries of 100,000 people take a while too),
   * kept as long as the reader keeps those figures; worked out afresh when it keeps nothing.
   */
  reuse<T>(what: string, window: AnalyticsWindow, compute: () => Promise<T>): Promise<T>;
}
