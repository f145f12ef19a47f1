import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS, type FeedbackAlertThresholds } from '../../domain/feedback/alert-thresholds';
import type { ServiceDeps } from '../ports';

/** What feedback use cases receive: the usual dependencies, and optionally the service's own alert thresholds. */
export interface FeedbackDeps extends ServiceDeps {
  /** Set from configuration, checked with feedbackAlertThresholds(); the domain defaults otherwise. */
  feedbackAlertThresholds?: FeedbackAlertThresholds;
}

export const alertThresholdsOf = (deps: FeedbackDeps): FeedbackAlertThresholds => deps.feedbackAlertThresholds ?? DEFAULT_FEEDBACK_ALERT_THRESHOLDS;
