import { feedbackAlerts, type FeedbackAlert } from '../../domain/feedback/feedback-alerts';
import { toFeedbackPoints } from '../../domain/feedback/feedback-entry';
import type { FeedbackAlertThresholds } from '../../domain/feedback/alert-thresholds';
import type { AlertAcknowledgementRecord, RelationshipFeedbackRecord } from './ports';

/** An alert with the relationship it is about, and who acknowledged it and when, if anyone has. */
export interface RelationshipAlert extends FeedbackAlert {
  personId: string;
  workerId: string;
  acknowledged: { name: string; at: Date } | null;
}

/** One relationship's alerts (entries for this worker and person only), each with its acknowledgement. */
export function relationshipAlerts(
  relationship: { personId: string; workerId: string },
  entries: readonly RelationshipFeedbackRecord[],
  acknowledgements: readonly AlertAcknowledgementRecord[],
  thresholds: FeedbackAlertThresholds,
): RelationshipAlert[] {
  return feedbackAlerts(toFeedbackPoints(entries), thresholds).map((alert) => {
    const seen = acknowledgements.find(
      (a) => a.personId === relationship.personId && a.workerId === relationship.workerId && a.alertKey === alert.key,
    );
    return {
      ...alert,
      ...relationship,
      acknowledged: seen ? { name: seen.acknowledgedByName, at: seen.acknowledgedAt } : null,
    };
  });
}

/**
 * Alerts not yet acknowledged first; within each, the most recent meeting first, and an alert about
 * private answers (which has no date) after the dated ones.
 */
export const newestAlertFirst = (a: RelationshipAlert, b: RelationshipAlert): number =>
  Number(a.acknowledged !== null) - Number(b.acknowledged !== null) ||
  (b.occurredAt?.getTime() ?? 0) - (a.occurredAt?.getTime() ?? 0);
