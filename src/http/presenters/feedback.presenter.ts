import type { FeedbackReceipt } from '../../services/feedback/feedback-receipt';
import type { RelationshipFeedbackView } from '../../services/feedback/get-relationship-feedback';
import type { RelationshipAlert } from '../../services/feedback/relationship-alert';
import type {
  FeedbackAlertDto,
  FeedbackReceiptDto,
  RelationshipFeedbackResponse,
} from '../../shared/api/feedback.responses';

// Relationship feedback to the JSON the API promises (shared/api/feedback.responses.ts): instants as ISO strings.

export function presentFeedbackAlert(alert: RelationshipAlert): FeedbackAlertDto {
  return {
    personId: alert.personId,
    workerId: alert.workerId,
    key: alert.key,
    kind: alert.kind,
    reasons: alert.reasons,
    message: alert.message,
    meetingId: alert.meetingId,
    occurredAt: alert.occurredAt?.toISOString() ?? null,
    values: alert.values,
    acknowledged: alert.acknowledged
      ? { name: alert.acknowledged.name, at: alert.acknowledged.at.toISOString() }
      : null,
  };
}

export function presentFeedbackReceipt(receipt: FeedbackReceipt): FeedbackReceiptDto {
  return { ...receipt, givenAt: receipt.givenAt.toISOString() };
}

export function presentRelationshipFeedback(view: RelationshipFeedbackView): RelationshipFeedbackResponse {
  return {
    viewer: view.viewer,
    preference: view.preference,
    relationships: view.relationships.map(({ workerId, workerName, trend }) => ({
      workerId,
      workerName,
      points: trend.points.map((point) => ({ ...point, occurredAt: point.occurredAt.toISOString() })),
      personAggregate: trend.personAggregate,
    })),
    alerts: view.alerts.map(presentFeedbackAlert),
    invitations: view.invitations.map((invitation) => ({
      ...invitation,
      occurredAt: invitation.occurredAt.toISOString(),
    })),
  };
}
