import { Link } from 'react-router';
import { usePageTitle } from '../../../hooks/use-page-title';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useTrainerSessions } from '../api/college-queries';

/** A trainer's sessions, each with its register. */
export function TrainerSessionsPage() {
  usePageTitle('Your sessions');
  const sessions = useTrainerSessions();
  return (
    <>
      <h1>Your sessions</h1>
      {sessions.isPending && <LoadingMessage what="your sessions" />}
      {sessions.isError && <ErrorMessage error={sessions.error} />}
      {sessions.data?.sessions.length === 0 && <p className="empty-state">You have no sessions to deliver.</p>}
      <ul className="card-list card-list--compact">
        {sessions.data?.sessions.map((session) => (
          <li key={session.id} className="card">
            <h2 className="card__title">{session.courseTitle}</h2>
            <p>
              {formatDateTime(session.startsAt)}, {session.isOnline ? `online (${session.place})` : session.place}
            </p>
            <Link to={`/college/sessions/${session.id}/register`}>
              Register<span className="visually-hidden"> for {session.courseTitle}</span>
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}
