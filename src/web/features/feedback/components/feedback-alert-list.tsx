import type { FeedbackAlertDto } from '../../../../shared/api/feedback.responses';
import { formatDateTime } from '../../../ui/format/format-date';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { Badge } from '../../../ui/badge';
import { AlertDetails, alertTitle } from './alert-details';
import { useAcknowledgeAlert } from '../api/use-acknowledge-alert';

/** Relationship feedback alerts about one person, one per meeting: the words say what happened, and who has seen it. */
export function FeedbackAlertList({ personId, alerts }: { personId: string; alerts: FeedbackAlertDto[] }) {
  const acknowledge = useAcknowledgeAlert(personId);
  const announce = useAnnounce();
  if (alerts.length === 0) return <p className="muted">No relationship feedback needs attention.</p>;
  return (
    <>
      {acknowledge.isError && <ErrorMessage error={acknowledge.error} title="Not acknowledged" />}
      <ul className="alert-list">
        {alerts.map((alert) => (
          <li key={alert.key} className={alert.acknowledged ? 'notice notice--info' : 'notice notice--warning'}>
            <p className="notice__title">
              <Badge tone={alert.acknowledged ? 'neutral' : 'warning'}>
                {alert.acknowledged ? 'Acknowledged' : 'Needs attention'}
              </Badge>{' '}
              {alertTitle(alert)}
            </p>
            <AlertDetails alert={alert} />
            {alert.acknowledged ? (
              <p className="small">
                Acknowledged by {alert.acknowledged.name}, {formatDateTime(alert.acknowledged.at)}.
              </p>
            ) : (
              <button
                type="button"
                className="button button--secondary"
                disabled={acknowledge.isPending}
                onClick={() =>
                  acknowledge.mutate(alert.key, {
                    onSuccess: () => announce('Alert acknowledged. It no longer counts on your caseload.'),
                  })
                }
              >
                I have seen this
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
