import '../../meetings/meetings.css';
import { AppLink } from '../../navigation/components/app-link';
import { personPath } from '../../../app-pages';
import { useCaseloadAlerts } from '../api/use-caseload-alerts';
import { personDisplayName } from '../../person/person-display-name';
import { Badge } from '../../../ui/badge';
import { ErrorMessage } from '../../../ui/error-message';
import { AlertDetails, alertTitle } from '../../feedback/components/alert-details';

/** People whose relationship feedback needs talking about, named first so the worker knows who. */
export function CaseloadAlerts() {
  const alerts = useCaseloadAlerts();
  if (alerts.isError)
    return <ErrorMessage error={alerts.error} title="Relationship feedback alerts could not be loaded" />;
  if (!alerts.data || alerts.data.alerts.length === 0) return null;
  return (
    <section aria-labelledby="caseload-alerts-heading" className="section">
      <h2 id="caseload-alerts-heading">
        Relationship feedback needs attention (
        {alerts.data.alerts.length === 1 ? '1 alert' : `${alerts.data.alerts.length} alerts`})
      </h2>
      <p className="small">One alert per meeting. Open the person’s record to acknowledge one once you have seen it.</p>
      <ul className="alert-list">
        {alerts.data.alerts.map((alert) => (
          <li key={`${alert.personId}-${alert.key}`} className="notice notice--warning">
            <p className="notice__title">
              <AppLink
                to={personPath(alert.personId)}
                fallback={personDisplayName({ name: alert.name, preferredName: alert.preferredName })}
              >
                {personDisplayName({ name: alert.name, preferredName: alert.preferredName })}
              </AppLink>{' '}
              <Badge tone="warning">{alertTitle(alert)}</Badge>
            </p>
            <AlertDetails alert={alert} />
          </li>
        ))}
      </ul>
    </section>
  );
}
