import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useSupervisees } from '../api/use-reflections';

/** A manager's supervisees, and how many reflections each has chosen to share. */
export function SupervisionPage() {
  usePageTitle('Supervision');
  const supervisees = useSupervisees();
  return (
    <>
      <h1>Supervision</h1>
      <p className="lead">
        Workers in your team can share entries from their reflective log with you. You see only what they share.
      </p>
      {supervisees.isPending && <LoadingMessage what="your team" />}
      {supervisees.isError && <ErrorMessage error={supervisees.error} />}
      {supervisees.data && (
        <ul className="card-list">
          {supervisees.data.supervisees.map((s) => (
            <li key={s.workerId} className="card">
              <h2 className="card__title">
                <Link to={`/supervision/${encodeURIComponent(s.workerId)}`}>{s.name}</Link>
              </h2>
              <p className="small muted">
                {s.profession}.{' '}
                {s.sharedEntries === 0
                  ? 'Nothing shared yet.'
                  : `${s.sharedEntries} shared, last ${formatDateTime(s.lastSharedAt ?? '')}.`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
