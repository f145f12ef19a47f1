import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS, type FeedbackAlertThresholds } from './alert-thresholds';
import { AGGREGATE_MINIMUM_RESPONSES } from './feedback-visibility';
import type { FeedbackPoint, PersonFeedbackScore } from './feedback-point';

/** One reason a relationship needs a look. */
export type FeedbackAlertReason = 'dropped' | 'low' | 'views_differ';

/**
 * 'meeting': about the person's latest answer, which they shared individually, naming every
 * reason that applies. 'needs_attention': about the average of answers kept for the aggregate; it
 * names no meeting, no date and no figure, so it cannot point to any one answer.
 */
export type FeedbackAlertKind = 'meeting' | 'needs_attention';

/** One alert for the worker in the relationship. */
export interface FeedbackAlert {
  /**
   * Stable while the alert stands, so it can be acknowledged: the meeting for a meeting alert, the
   * number of aggregate answers covered for a needs-attention one (it says nothing more than the
   * averages the worker already sees).
   */
  key: string;
  kind: FeedbackAlertKind;
  reasons: { reason: FeedbackAlertReason; message: string }[];
  /** Null for 'needs_attention': the meeting would reveal which answer it rests on. */
  meetingId: string | null;
  occurredAt: Date | null;
  /** Worded for the worker; every reason, in one sentence each; never a value the person kept private. */
  message: string;
  /** The figures behind the alert; null for 'needs_attention'. */
  values: { score: number; previousScore: number | null; workerScore: number | null } | null;
}

export const NEEDS_ATTENTION_MESSAGE =
  'Relationship feedback needs attention: the average of the answers kept private is low or has fallen.';

// Scores are means of five answers; compare to six decimals so that 4.2 − 3.2 counts as a drop of 1.
const round = (value: number) => Math.round(value * 1e6) / 1e6;
const shown = (value: number) => String(Math.round(value * 100) / 100);

type ScoredFeedback = PersonFeedbackScore & { score: number };
const isScored = (feedback: PersonFeedbackScore | null): feedback is ScoredFeedback =>
  feedback !== null && feedback.score !== null;

/**
 * At most two alerts about a relationship: one about the latest meeting, when the person shared
 * that answer individually and it fell by `dropAtLeast` since their previous shared answer, is
 * below `below`, or differs from the worker's view of the same meeting by `gapAtLeast` (every
 * reason that applies, in one alert); and one neutral "needs attention" when the latest whole
 * block of answers kept for the aggregate (three by default, as the worker sees them) averages
 * below `below` or fell by `dropAtLeast` from the block before. An answer kept for the aggregate
 * never raises an alert of its own, so nothing the worker sees names or dates its meeting.
 *
 * @example feedbackAlerts(points)[0]?.message // 'Feedback was 2.6, below 3.'
 */
export function feedbackAlerts(
  pointsOldestFirst: readonly FeedbackPoint[],
  thresholds: FeedbackAlertThresholds = DEFAULT_FEEDBACK_ALERT_THRESHOLDS,
): FeedbackAlert[] {
  const scored = pointsOldestFirst.flatMap((point) =>
    isScored(point.person) ? [{ point, person: point.person }] : [],
  );
  return [
    ...meetingAlert(scored, thresholds),
    ...aggregateAlert(
      scored.map((s) => s.person),
      thresholds,
    ),
  ];
}

function meetingAlert(
  scored: { point: FeedbackPoint; person: ScoredFeedback }[],
  thresholds: FeedbackAlertThresholds,
): FeedbackAlert[] {
  const last = scored.at(-1);
  if (!last || last.person.visibility !== 'individual') return [];
  // Only a previous answer that was shared individually may be compared with, or shown.
  const before = scored.at(-2)?.person ?? null;
  const previous = before?.visibility === 'individual' ? before : null;
  const workerScore = last.point.worker?.score ?? null;
  const reasons = firedReasons(last.person.score, previous?.score ?? null, workerScore, thresholds);
  if (reasons.length === 0) return [];
  return [
    {
      key: `meeting:${last.point.meetingId}`,
      kind: 'meeting',
      reasons,
      meetingId: last.point.meetingId,
      occurredAt: last.point.occurredAt,
      message: reasons.map((r) => r.message).join(' '),
      values: { score: last.person.score, previousScore: previous?.score ?? null, workerScore },
    },
  ];
}

function aggregateAlert(people: readonly ScoredFeedback[], thresholds: FeedbackAlertThresholds): FeedbackAlert[] {
  const scores = people.filter((p) => p.visibility === 'aggregate').map((p) => p.score);
  const size = AGGREGATE_MINIMUM_RESPONSES;
  const blocks = Math.floor(scores.length / size);
  if (blocks === 0) return [];
  const blockMean = (index: number) =>
    scores.slice(index * size, (index + 1) * size).reduce((sum, s) => sum + s, 0) / size;
  const latest = blockMean(blocks - 1);
  const previous = blocks > 1 ? blockMean(blocks - 2) : null;
  const isLow = round(latest) < thresholds.below;
  const hasFallen = previous !== null && round(previous - latest) >= thresholds.dropAtLeast;
  if (!isLow && !hasFallen) return [];
  return [
    {
      key: `aggregate:${blocks * size}`,
      kind: 'needs_attention',
      reasons: [],
      meetingId: null,
      occurredAt: null,
      message: NEEDS_ATTENTION_MESSAGE,
      values: null,
    },
  ];
}

function firedReasons(
  latest: number,
  previous: number | null,
  workerScore: number | null,
  thresholds: FeedbackAlertThresholds,
): FeedbackAlert['reasons'] {
  const reasons: FeedbackAlert['reasons'] = [];
  if (previous !== null && round(previous - latest) >= thresholds.dropAtLeast) {
    reasons.push({
      reason: 'dropped',
      message: `Feedback fell from ${shown(previous)} to ${shown(latest)} since the time before.`,
    });
  }
  if (round(latest) < thresholds.below) {
    reasons.push({ reason: 'low', message: `Feedback was ${shown(latest)}, below ${shown(thresholds.below)}.` });
  }
  if (workerScore !== null && round(Math.abs(workerScore - latest)) >= thresholds.gapAtLeast) {
    reasons.push({
      reason: 'views_differ',
      message: `Their view (${shown(latest)}) and yours (${shown(workerScore)}) differ by ${shown(Math.abs(workerScore - latest))}.`,
    });
  }
  return reasons;
}
