import { summarizeRiskDiscussions, type RiskDiscussionFigures } from '../../domain/risk/risk-discussion-figures';
import {
  summarizeCoordinatorChanges,
  type CoordinatorChangeFigures,
} from '../../domain/handovers/coordinator-change-figures';
import { summarizeDistribution, type DistributionSummary } from '../../domain/statistics';
import type {
  CaseloadSize,
  CoordinatorChange,
  FormulationDiscussion,
  TeamSafetyPlanCounts,
  TeamServiceCounts,
} from './ports';

/** A group of teams' reviews, time, going beyond routine and caseloads over a window. */
export interface ServiceFiguresGroup {
  reviews: {
    due: number;
    heldInTime: number;
    heldLate: number;
    overdue: number;
    /** Held in time as a share of those due; null when none were due. */
    shareHeldInTime: number | null;
  };
  time: {
    contacts: number;
    contactMinutes: number;
    adminMinutes: number;
    /** Admin minutes as a share of contact and admin minutes together: time not spent with people. */
    adminShare: number | null;
  };
  beyondRoutine: { contacts: number; share: number | null };
  /** People per care coordinator on the window's last day. */
  caseloads: DistributionSummary;
  /** People with the service on the window's last day whose safety plan was updated in the 12 months to it. */
  safetyPlans: { people: number; updated: number; share: number | null };
  /** Risk formulations on the window's last day, and how recently each was discussed with the person. */
  riskDiscussions: RiskDiscussionFigures;
  /** Changes of care coordinator in the window, planned with the person or not, and the notice they had. */
  coordinatorChanges: CoordinatorChangeFigures;
}

/** What the figures of a group are drawn from, beside its teams' counts and caseloads. */
export interface ServiceFiguresParts {
  safetyPlans: readonly TeamSafetyPlanCounts[];
  formulations: readonly FormulationDiscussion[];
  coordinatorChanges: readonly CoordinatorChange[];
  /** The window's last day: discussions are counted back from it. */
  day: string;
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/**
 * Adds up teams' counts and summarises their coordinators' caseloads. Shares are of the totals
 * (a pooled ratio), so a large team weighs more than a small one, as it should for a service.
 */
export function summarizeServiceFigures(
  teams: readonly TeamServiceCounts[],
  caseloads: readonly CaseloadSize[],
  { safetyPlans, formulations, coordinatorChanges, day }: ServiceFiguresParts,
): ServiceFiguresGroup {
  const people = safetyPlans.reduce((sum, team) => sum + team.people, 0);
  const updated = safetyPlans.reduce((sum, team) => sum + team.updated, 0);
  const total = (pick: (team: TeamServiceCounts) => number) => teams.reduce((sum, team) => sum + pick(team), 0);
  const due = total((t) => t.reviewsDue);
  const heldInTime = total((t) => t.reviewsHeldInTime);
  const contacts = total((t) => t.contacts);
  const contactMinutes = total((t) => t.contactMinutes);
  const adminMinutes = total((t) => t.adminMinutes);
  const beyondRoutine = total((t) => t.beyondRoutineContacts);
  return {
    reviews: {
      due,
      heldInTime,
      heldLate: total((t) => t.reviewsHeldLate),
      overdue: total((t) => t.reviewsOverdue),
      shareHeldInTime: share(heldInTime, due),
    },
    time: { contacts, contactMinutes, adminMinutes, adminShare: share(adminMinutes, contactMinutes + adminMinutes) },
    beyondRoutine: { contacts: beyondRoutine, share: share(beyondRoutine, contacts) },
    caseloads: summarizeDistribution(caseloads.map((c) => c.coordinatedPeople)),
    safetyPlans: { people, updated, share: share(updated, people) },
    riskDiscussions: summarizeRiskDiscussions(
      formulations.map((f) => f.lastDiscussedOn),
      day,
    ),
    coordinatorChanges: summarizeCoordinatorChanges(coordinatorChanges.map((c) => c.daysOfNotice)),
  };
}
