import '../../meetings/meetings.css';
import { Link } from 'react-router';
import { useCaseloadAlerts } from '../api/use-caseload-alerts';
import { personDisplayName } from '../../person/person-display-name';
import { formatDate } from '../../../ui/format/format-date';
import { Badge } from '../../../ui/badge';
import { ErrorMessage } from '../../../ui/error-message';
import { ALERT_KIND_LABELS } from '../../feedback/components/feedback-alert-list';

/** People whose relationship feedback needs talking about, named first so the worker knows who. */
export function CaseloadAlerts() {
  const alerts = useCaseloadAlerts();
  if (alerts.isError) return <ErrorMessage error={alerts.error} title="Relationship feedback alerts could not be loaded" />;
  if (!alerts.data || alerts.data.alerts.length === 0) return null;
  return (
    <section aria-labelledby="caseload-alerts-heading" className="section">
      <h2 id="caseload-alerts-heading">Relationship feedback needs attention</h2>
      <ul className="alert-list">
        {alerts.data.alerts.map((alert) => (
          <li key={`${alert.personId}-${alert.meetingId}-${alert.kind}`} className="notice notice--warning">
            <p className="notice__title">
              <Link to={`/people/${alert.personId}`}>{personDisplayName({ name: alert.name, preferredName: alert.preferredName })}</Link>{' '}
              <Badge tone="warning">{ALERT_KIND_LABELS[alert.kind]}</Badge>
            </p>
            <p>
              {alert.message} <span className="muted">(meeting on {formatDate(alert.occurredAt.slice(0, 10))})</span>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
