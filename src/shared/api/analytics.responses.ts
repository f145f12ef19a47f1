import type { ContinuityMeasure } from '../../domain/figures/continuity-measures';

export {
  CONTINUITY_MEASURE_LABELS,
  CONTINUITY_MEASURES,
  type ContinuityMeasure,
} from '../../domain/figures/continuity-measures';
export {
  FIGURES_EXPORT_KINDS,
  RESEARCH_DATASETS,
  type FiguresExportKind,
  type ResearchDataset,
} from '../../domain/figures/export-kinds';

// What the analytics API returns. Dates are YYYY-MM-DD; shares and indices are numbers from 0 to 1;
// null means "not defined" (too few contacts, nothing due), never zero.

/** n, mean, median, quartiles (Hyndman & Fan type 7, as R), minimum and maximum. */
export interface DistributionDto {
  n: number;
  mean: number | null;
  median: number | null;
  q1: number | null;
  q3: number | null;
  min: number | null;
  max: number | null;
}

/** A group of people: how many, how many had a contact, and each measure's distribution. */
export interface ContinuityGroupDto {
  people: number;
  peopleWithContacts: number;
  measures: Record<ContinuityMeasure, DistributionDto>;
}

export interface PeriodDto {
  from: string;
  to: string;
}

export interface ContinuityDashboardResponse {
  window: PeriodDto;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  overall: ContinuityGroupDto;
  /** With a team: its people by their care coordinator on the last day; workerId null for those without one. */
  byWorker: (ContinuityGroupDto & { workerId: string | null; workerName: string | null })[];
  /** The teams of the site (or all teams, for the whole organisation). */
  byTeam: (ContinuityGroupDto & { teamId: string; teamName: string })[];
}

/** Kruskal–Wallis H test that the sites' distributions are the same, with its effect size ε² = H/(n − 1). */
export interface RankTestDto {
  h: number | null;
  df: number;
  p: number | null;
  n: number;
  groups: number;
  epsilonSquared: number | null;
}

export interface SiteComparisonResponse {
  window: PeriodDto;
  bySite: (ContinuityGroupDto & { siteId: string; siteName: string })[];
  tests: Record<ContinuityMeasure, RankTestDto>;
}

export interface ServiceFiguresGroupDto {
  reviews: { due: number; heldInTime: number; heldLate: number; overdue: number; shareHeldInTime: number | null };
  time: { contacts: number; contactMinutes: number; adminMinutes: number; adminShare: number | null };
  beyondRoutine: { contacts: number; share: number | null };
  /** People per care coordinator on the period's last day. */
  caseloads: DistributionDto;
  /** People with the service on the period's last day whose safety plan was updated in the 12 months to it. */
  safetyPlans: { people: number; updated: number; share: number | null };
  /**
   * People with a risk formulation on the period's last day: discussed with them in the 12 months to
   * it, never discussed, and the median days since the last discussion (of those ever discussed).
   */
  riskDiscussions: {
    formulations: number;
    discussedRecently: number;
    neverDiscussed: number;
    share: number | null;
    medianDaysSinceDiscussed: number | null;
  };
  /**
   * Changes of care coordinator in the period: planned (a handover planned with the person on an
   * earlier day) and unplanned, and the median days of notice of the planned ones.
   */
  coordinatorChanges: {
    planned: number;
    unplanned: number;
    plannedShare: number | null;
    medianDaysOfNotice: number | null;
  };
}

export interface WorkerServiceFiguresDto {
  workerId: string;
  workerName: string;
  teamId: string;
  coordinatedPeople: number;
  contacts: number;
  contactMinutes: number;
  adminMinutes: number;
  beyondRoutineContacts: number;
}

export interface ServiceFiguresResponse {
  window: PeriodDto;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  overall: ServiceFiguresGroupDto;
  byTeam: (ServiceFiguresGroupDto & { teamId: string; teamName: string })[];
  byWorker: WorkerServiceFiguresDto[];
}

/** A person's own continuity, in numbers and in plain words. */
export interface PersonContinuityResponse {
  window: PeriodDto;
  careCoordinators: number;
  careCoordinatorChanges: number;
  daysWithoutCareCoordinator: number;
  /** Of the last (up to) 10 contacts, how many the most often seen worker was at; null when not shared with this carer. */
  lastContacts: { contacts: number; withSameWorker: number } | null;
  sentences: string[];
}

/**
 * How a Spearman p-value was found, as R's cor.test does by default: `exact` (the null distribution
 * worked out in full, up to 9 people without ties), `edgeworth` (algorithm AS 89's series, 10 to
 * 1,289 people without ties), `t-approximation` (ties or 1,290 people or more).
 */
export type CorrelationPMethod = 'exact' | 'edgeworth' | 't-approximation';

/** Spearman's rank correlation over n pairs; rho and p null when undefined or too few people. */
export interface CorrelationDto {
  n: number;
  rho: number | null;
  /** The sum of squared rank differences (R's S). */
  s: number | null;
  t: number | null;
  df: number;
  p: number | null;
  /** How p was found; null with p. */
  method: CorrelationPMethod | null;
}

/**
 * A group's relationship feedback (mean of each person's own answers, and of their workers'; 1–5)
 * and quality of life (the eight life domains at the last rated meeting; 1–7). A distribution is
 * null when fewer than `minimumGroupSize` people have a value: too few to show without identifying anyone.
 */
export interface RelationshipGroupDto {
  people: number;
  personFeedback: DistributionDto | null;
  workerFeedback: DistributionDto | null;
  lifeDomains: DistributionDto | null;
}

export interface RelationshipFiguresResponse {
  window: PeriodDto;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  minimumGroupSize: number;
  overall: RelationshipGroupDto;
  byTeam: (RelationshipGroupDto & { teamId: string; teamName: string })[];
  bySite: (RelationshipGroupDto & { siteId: string; siteName: string })[];
  siteTests: { personFeedback: RankTestDto; lifeDomains: RankTestDto };
  correlations: { feedbackWithLifeDomains: CorrelationDto; feedbackWithRecovery: CorrelationDto };
  /** Jacobson–Truax: first against last quality of life score, for people rated twice or more; null with too few. */
  reliableChange: {
    people: number;
    improved: number;
    unchanged: number;
    deteriorated: number;
    baselineSd: number;
    reliability: number;
  } | null;
}
