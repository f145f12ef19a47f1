import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS, type FeedbackAlertThresholds } from './alert-thresholds';
import type { FeedbackPoint, PersonFeedbackScore } from './feedback-point';

/** Why a relationship needs a look; 'needs_attention' stands for any of the others when saying which would reveal a private answer. */
export type FeedbackAlertKind = 'dropped' | 'low' | 'views_differ' | 'needs_attention';

/** An alert for the worker in the relationship, about the person's latest feedback. */
export interface FeedbackAlert {
  kind: FeedbackAlertKind;
  meetingId: string;
  occurredAt: Date;
  /** Worded for the worker; never carries a value the person kept private. */
  message: string;
  /** The figures behind the alert; null for 'needs_attention'. */
  values: { score: number; previousScore: number | null; workerScore: number | null } | null;
}

export const NEEDS_ATTENTION_MESSAGE = 'Relationship feedback needs attention.';

// Scores are means of five answers; compare to six decimals so that 4.2 − 3.2 counts as a drop of 1.
const round = (value: number) => Math.round(value * 1e6) / 1e6;
const shown = (value: number) => String(Math.round(value * 100) / 100);

type ScoredFeedback = PersonFeedbackScore & { score: number };
const isScored = (feedback: PersonFeedbackScore | null): feedback is ScoredFeedback => feedback !== null && feedback.score !== null;

interface Fired {
  kind: Exclude<FeedbackAlertKind, 'needs_attention'>;
  message: string;
  /** The person's responses the alert is computed from. */
  uses: PersonFeedbackScore[];
}

/**
 * Alerts about a relationship from its feedback, oldest meeting first: the person's latest score
 * fell by `dropAtLeast` since their previous one, is below `below`, or differs from the worker's
 * view of the same meeting by `gapAtLeast`. When any response an alert rests on was given for the
 * aggregate only, the worker gets one neutral "needs attention" alert instead, with no figures and
 * no reason, so the alert cannot reveal that response.
 *
 * @example feedbackAlerts(points)[0]?.message // 'Feedback was 2.6, below 3.'
 */
export function feedbackAlerts(
  pointsOldestFirst: readonly FeedbackPoint[],
  thresholds: FeedbackAlertThresholds = DEFAULT_FEEDBACK_ALERT_THRESHOLDS,
): FeedbackAlert[] {
  const scored = pointsOldestFirst.flatMap((point) => (isScored(point.person) ? [{ point, person: point.person }] : []));
  const last = scored.at(-1);
  if (!last) return [];
  const previous = scored.at(-2)?.person ?? null;
  const workerScore = last.point.worker?.score ?? null;
  const fired = firedRules(last.person, previous, workerScore, thresholds);
  if (fired.length === 0) return [];
  const base = { meetingId: last.point.meetingId, occurredAt: last.point.occurredAt };
  if (fired.some((rule) => rule.uses.some((response) => response.visibility === 'aggregate'))) {
    return [{ ...base, kind: 'needs_attention', message: NEEDS_ATTENTION_MESSAGE, values: null }];
  }
  // The previous answer is shown only if it was shared individually, even when no rule used it.
  const previousScore = previous?.visibility === 'individual' ? previous.score : null;
  const values = { score: last.person.score, previousScore, workerScore };
  return fired.map((rule) => ({ ...base, kind: rule.kind, message: rule.message, values }));
}

function firedRules(
  latest: ScoredFeedback,
  previous: ScoredFeedback | null,
  workerScore: number | null,
  thresholds: FeedbackAlertThresholds,
): Fired[] {
  const fired: Fired[] = [];
  if (previous && round(previous.score - latest.score) >= thresholds.dropAtLeast) {
    fired.push({
      kind: 'dropped',
      message: `Feedback fell from ${shown(previous.score)} to ${shown(latest.score)} since the time before.`,
      uses: [latest, previous],
    });
  }
  if (round(latest.score) < thresholds.below) {
    fired.push({ kind: 'low', message: `Feedback was ${shown(latest.score)}, below ${shown(thresholds.below)}.`, uses: [latest] });
  }
  if (workerScore !== null && round(Math.abs(workerScore - latest.score)) >= thresholds.gapAtLeast) {
    fired.push({
      kind: 'views_differ',
      message: `Their view (${shown(latest.score)}) and yours (${shown(workerScore)}) differ by ${shown(Math.abs(workerScore - latest.score))}.`,
      uses: [latest],
    });
  }
  return fired;
}
