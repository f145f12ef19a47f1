/** When relationship feedback raises an alert, on the 1–5 mean of the meeting feedback forms. */
export interface FeedbackAlertThresholds {
  /** The person's score fell by at least this much since their previous feedback. */
  dropAtLeast: number;
  /** The person's score is below this. */
  below: number;
  /** The person's and the worker's views of the same meeting differ by at least this much. */
  gapAtLeast: number;
}

/**
 * The one place the defaults live; a service may override them. They are Tandem's own choices,
 * not published cut-offs: a whole scale point is a change a person would notice; 3 is the middle
 * of the scale and the forms' own "worth talking about" threshold; a gap of 1.5 is more than one
 * answer apart on every item.
 */
export const DEFAULT_FEEDBACK_ALERT_THRESHOLDS: FeedbackAlertThresholds = { dropAtLeast: 1, below: 3, gapAtLeast: 1.5 };

/**
 * The defaults with any overrides applied. Refuses values that would make every meeting or no
 * meeting raise an alert, so a mistyped setting fails at start-up rather than in front of a worker.
 */
export function feedbackAlertThresholds(overrides: Partial<FeedbackAlertThresholds> = {}): FeedbackAlertThresholds {
  const thresholds = { ...DEFAULT_FEEDBACK_ALERT_THRESHOLDS, ...overrides };
  const isBetween = (value: number, low: number, high: number) =>
    Number.isFinite(value) && value > low && value <= high;
  if (
    !isBetween(thresholds.dropAtLeast, 0, 4) ||
    !isBetween(thresholds.below, 1, 5) ||
    !isBetween(thresholds.gapAtLeast, 0, 4)
  ) {
    throw new Error(
      'Feedback alert thresholds must fit the 1–5 scale: a drop and a gap above 0 and up to 4, a floor above 1 and up to 5.',
    );
  }
  return thresholds;
}
