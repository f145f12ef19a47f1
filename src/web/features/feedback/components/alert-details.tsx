import type { FeedbackAlertDto } from '../../../../shared/api/feedback.responses';
import { formatDate } from '../../../ui/format/format-date';

/**
 * What an alert says: for a meeting, every reason in its own line and the meeting's date; for
 * answers kept for the average, only that the average needs attention, with no meeting or date.
 */
export function AlertDetails({ alert }: { alert: FeedbackAlertDto }) {
  if (alert.kind === 'needs_attention' || !alert.occurredAt) return <p>{alert.message}</p>;
  return (
    <>
      <p className="muted">About the meeting on {formatDate(alert.occurredAt.slice(0, 10))}:</p>
      <ul className="plain-list">
        {alert.reasons.map((reason) => (
          <li key={reason.reason}>{reason.message}</li>
        ))}
      </ul>
    </>
  );
}

/** The badge's words: what kind of alert, never a figure. */
export const alertTitle = (alert: FeedbackAlertDto): string =>
  alert.kind === 'needs_attention'
    ? 'Average of private answers needs attention'
    : alert.reasons.length > 1
      ? `${alert.reasons.length} reasons to talk`
      : 'One reason to talk';
