import { summarizeDistribution } from '../statistics';

/** A group's changes of care coordinator over a window: planned with the person ahead, or not. */
export interface CoordinatorChangeFigures {
  /** Changes started by a completed handover planned on an earlier day than the change. */
  planned: number;
  /** Every other change: made through the care-team form, or planned only on the day itself. */
  unplanned: number;
  /** Planned as a share of all changes; null when there were none. */
  plannedShare: number | null;
  /** The median days of notice the person had of a planned change; null when none was planned. */
  medianDaysOfNotice: number | null;
}

/**
 * Adds up changes of care coordinator, each with the days of notice the person had when it was
 * planned (`null` when it was not). Notice runs from the day the handover was planned (the day the
 * person could see it) to the day the change took effect, so a change confirmed early counts the
 * days the person actually had, not the days once planned (ADR 0045).
 *
 * @example summarizeCoordinatorChanges([14, null, 10])
 * // { planned: 2, unplanned: 1, plannedShare: 2 / 3, medianDaysOfNotice: 12 }
 */
export function summarizeCoordinatorChanges(daysOfNotice: readonly (number | null)[]): CoordinatorChangeFigures {
  const notice = daysOfNotice.filter((days): days is number => days !== null);
  return {
    planned: notice.length,
    unplanned: daysOfNotice.length - notice.length,
    plannedShare: daysOfNotice.length === 0 ? null : notice.length / daysOfNotice.length,
    medianDaysOfNotice: summarizeDistribution(notice).median,
  };
}
