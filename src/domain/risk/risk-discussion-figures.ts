import { summarizeDistribution } from '../statistics';
import { discussedSince } from './risk-discussion';

/** The risk formulations of a group of people, and how recently each was talked through with the person. */
export interface RiskDiscussionFigures {
  /** People with a formulation on the day. */
  formulations: number;
  /** Of them, discussed with the person in the 12 months to the day. */
  discussedRecently: number;
  /** Of them, never discussed (an offer the person turned down is not a discussion). */
  neverDiscussed: number;
  /** Discussed recently as a share of formulations; null when there are none. */
  share: number | null;
  /** The median of the days from each formulation's last discussion to the day; null when none was ever discussed. */
  medianDaysSinceDiscussed: number | null;
}

const DAY_MS = 86_400_000;
const daysFrom = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

/**
 * The gap the research found, as figures: of the people who have a formulation on `day`, how many
 * talked it through with their worker in the 12 months to it, and how long ago the last discussion
 * was. Formulations never discussed are in the share's denominator but have no days to count, so
 * they are reported beside the median rather than hidden in it (ADR 0035).
 *
 * @example summarizeRiskDiscussions(['2026-03-01', null], '2026-03-31')
 * // { formulations: 2, discussedRecently: 1, neverDiscussed: 1, share: 0.5, medianDaysSinceDiscussed: 30 }
 */
export function summarizeRiskDiscussions(
  lastDiscussedOn: readonly (string | null)[],
  day: string,
): RiskDiscussionFigures {
  const since = discussedSince(day);
  const discussed = lastDiscussedOn.filter((on): on is string => on !== null);
  const discussedRecently = discussed.filter((on) => on >= since).length;
  const formulations = lastDiscussedOn.length;
  return {
    formulations,
    discussedRecently,
    neverDiscussed: formulations - discussed.length,
    share: formulations === 0 ? null : discussedRecently / formulations,
    medianDaysSinceDiscussed: summarizeDistribution(discussed.map((on) => daysFrom(on, day))).median,
  };
}
