import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { useEndOwnSession, useOwnSessions } from '../api/use-own-sessions';

/** Where you are signed in, with a button to sign out each other device. */
export function OwnSessionsList() {
  const sessions = useOwnSessions();
  const end = useEndOwnSession();
  if (sessions.isPending) return <LoadingMessage what="your sessions" />;
  if (sessions.isError) return <ErrorMessage error={sessions.error} />;
  return (
    <>
      {end.isError && <ErrorMessage error={end.error} />}
      <table className="table stacked-table">
        <caption className="visually-hidden">Where you are signed in</caption>
        <thead>
          <tr>
            <th scope="col">Device</th>
            <th scope="col">Signed in</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Action</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sessions.data.sessions.map((session) => (
            <tr key={session.id}>
              <td className="stacked-table__title">
                {session.isCurrent ? 'This device' : describeDevice(session.userAgent)}
              </td>
              <td data-label="Signed in">{formatDateTime(session.createdAt)}</td>
              <td data-label="Last used">{formatDateTime(session.lastSeenAt)}</td>
              <td>
                {!session.isCurrent && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={end.isPending}
                    onClick={() => end.mutate(session.id)}
                  >
                    Sign out
                    <span className="visually-hidden">
                      {' '}
                      {describeDevice(session.userAgent)}, last used {formatDateTime(session.lastSeenAt)}
                    </span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** A few words from the browser's description of itself: enough to tell a phone from a laptop. */
function describeDevice(userAgent: string | null): string {
  if (!userAgent) return 'Another device';
  const system = /Android|iPhone|iPad|Windows|Mac OS X|Linux|CrOS/
    .exec(userAgent)?.[0]
    ?.replace('Mac OS X', 'Mac')
    .replace('CrOS', 'Chromebook');
  const browser = /Edg|Firefox|Chrome|Safari/.exec(userAgent)?.[0]?.replace('Edg', 'Edge');
  return [browser, system].filter(Boolean).join(' on ') || 'Another device';
}
