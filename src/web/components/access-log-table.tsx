import { useState } from 'react';
import { useAccessLog } from '../api/use-access-log';
import { accountRoleLabel } from '../format/account-role-label';
import { formatDateTime } from '../format/format-date';
import { accessActionLabel } from './access-action-label';
import { Badge } from './badge';
import { ErrorMessage } from './error-message';
import { useAnnounce } from './live-announcer';
import { LoadingMessage } from './loading-message';

const STEP = 20;

/** Who opened the person's record: when, who, their role, what they did, and any reason; break glass stands out. */
export function AccessLogTable({ personId }: { personId: string }) {
  const log = useAccessLog(personId);
  const [visible, setVisible] = useState(STEP);
  const announce = useAnnounce();
  if (log.isPending) return <LoadingMessage what="who opened your record" />;
  if (log.isError) return <ErrorMessage error={log.error} />;
  const entries = log.data.entries;
  if (entries.length === 0) return <p className="empty-state">Nobody has opened your record yet.</p>;
  const shown = entries.slice(0, visible);
  const showMore = () => {
    setVisible((v) => v + STEP);
    announce(`${Math.min(STEP, entries.length - visible)} more entries added to the end of the table.`);
  };
  return (
    <>
    <table className="table stacked-table">
      <caption>Who opened my record, newest first ({shown.length} of {entries.length})</caption>
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
        {shown.map((entry, index) => {
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
    {entries.length > shown.length && (
      <p className="list-more">
        <button type="button" className="button button--secondary" onClick={showMore}>
          Show more
        </button>
      </p>
    )}
    </>
  );
}
