import type { FeedbackAlertDto } from '../../../../shared/api/feedback.responses';
import { formatDate } from '../../../ui/format/format-date';
import { Badge } from '../../../ui/badge';

export const ALERT_KIND_LABELS: Record<FeedbackAlertDto['kind'], string> = {
  dropped: 'Feedback has dropped',
  low: 'Low feedback score',
  views_differ: 'Your views differ',
  needs_attention: 'Needs attention',
};

/** Relationship feedback alerts about one person: the words say what happened, the badge only marks it. */
export function FeedbackAlertList({ alerts }: { alerts: FeedbackAlertDto[] }) {
  if (alerts.length === 0) return <p className="muted">No relationship feedback needs attention.</p>;
  return (
    <ul className="alert-list">
      {alerts.map((alert) => (
        <li key={`${alert.meetingId}-${alert.kind}-${alert.workerId}`} className="notice notice--warning">
          <p className="notice__title">
            <Badge tone="warning">Relationship feedback needs attention</Badge> {ALERT_KIND_LABELS[alert.kind]}
          </p>
          <p>
            {alert.message} <span className="muted">(meeting on {formatDate(alert.occurredAt.slice(0, 10))})</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
