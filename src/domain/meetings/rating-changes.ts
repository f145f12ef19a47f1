import type { ItemAnswer } from '../instruments';
import type { RatedArea } from './rated-areas';

/** The ratings given at one meeting. */
export interface RatedMeeting {
  meetingId: string;
  occurredAt: Date;
  answers: readonly ItemAnswer[];
}

/** One area's rating at one meeting; null when it was not rated or was "not applicable". */
export interface RatingPoint {
  meetingId: string;
  occurredAt: Date;
  value: number | null;
}

/** One area's ratings over time and how it moved since the meeting before the latest. */
export interface AreaRatingChange {
  area: RatedArea;
  /** Oldest first, one point per meeting with ratings. */
  history: RatingPoint[];
  latest: number | null;
  previous: number | null;
  /** latest − previous; null unless both meetings rated the area. */
  change: number | null;
  /** The answer to "more help?" at the latest meeting, when asked. */
  moreHelp: boolean | null;
}

/**
 * Each area's ratings across meetings and the change since last time, improvements first: largest
 * rise, then smaller rises, no change, falls (largest last), and areas with nothing to compare
 * at the end; ties keep the instrument's order. Starting from what went well is how DIALOG+ opens
 * a review (Priebe et al., Psychother Psychosom 2015;84(5):304–313).
 *
 * @example ratingChanges(ratedAreas(dialogRatings), meetingsOldestFirst)[0].change // the biggest rise
 */
export function ratingChanges(
  areas: readonly RatedArea[],
  meetingsOldestFirst: readonly RatedMeeting[],
): AreaRatingChange[] {
  const latestMeeting = meetingsOldestFirst.at(-1);
  const changes = areas.map((area) => {
    const history = meetingsOldestFirst.map((meeting) => ({
      meetingId: meeting.meetingId,
      occurredAt: meeting.occurredAt,
      value: numberAnswer(meeting.answers, area.id),
    }));
    const latest = history.at(-1)?.value ?? null;
    const previous = history.at(-2)?.value ?? null;
    const moreHelp =
      area.moreHelpItemId && latestMeeting ? booleanAnswer(latestMeeting.answers, area.moreHelpItemId) : null;
    return {
      area,
      history,
      latest,
      previous,
      change: latest !== null && previous !== null ? latest - previous : null,
      moreHelp,
    };
  });
  return changes
    .map((change, index) => ({ change, index }))
    .sort((a, b) => compareChange(a.change.change, b.change.change) || a.index - b.index)
    .map(({ change }) => change);
}

function compareChange(a: number | null, b: number | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return b - a;
}

function numberAnswer(answers: readonly ItemAnswer[], itemId: string): number | null {
  const value = answers.find((answer) => answer.itemId === itemId)?.value;
  return typeof value === 'number' ? value : null;
}

function booleanAnswer(answers: readonly ItemAnswer[], itemId: string): boolean | null {
  const value = answers.find((answer) => answer.itemId === itemId)?.value;
  return typeof value === 'boolean' ? value : null;
}
