import { useAccessLog } from '../api/use-access-log';
import { accountRoleLabel } from '../format/account-role-label';
import { formatDateTime } from '../format/format-date';
import { accessActionLabel } from './access-action-label';
import { Badge } from './badge';
import { ErrorMessage } from './error-message';
import { LoadingMessage } from './loading-message';

/** Who opened the person's record: when, who, their role, what they did, and any reason; break glass stands out. */
export function AccessLogTable({ personId }: { personId: string }) {
  const log = useAccessLog(personId);
  if (log.isPending) return <LoadingMessage what="who opened your record" />;
  if (log.isError) return <ErrorMessage error={log.error} />;
  const entries = log.data.entries;
  if (entries.length === 0) return <p className="empty-state">Nobody has opened your record yet.</p>;
  return (
    <table className="table stacked-table">
      <caption>Who opened my record, newest first</caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">Who</th>
          <th scope="col">Role</th>
          <th scope="col">What</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry, index) => {
          const isBreakGlass = entry.basis === 'break_glass';
          return (
            <tr key={`${entry.at}-${index}`} className={isBreakGlass ? 'row--break-glass' : undefined}>
              <th scope="row" className="stacked-table__title">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </th>
              <td data-label="Who">{entry.isYou ? 'You' : entry.who}</td>
              <td data-label="Role">{accountRoleLabel(entry.role)}</td>
              <td data-label="What">
                {accessActionLabel(entry.action)}
                {isBreakGlass && (
                  <span className="block">
                    <Badge tone="warning">Outside your care team</Badge>
                  </span>
                )}
              </td>
              <td data-label="Reason" className="pre-wrap">
                {entry.reason ?? <span className="muted">–</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
