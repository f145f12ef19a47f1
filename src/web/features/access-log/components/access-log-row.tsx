import type { AccessLogEntryDto } from '../../../../shared/api/people.responses';
import { accountRoleLabel } from '../../../ui/format/account-role-label';
import { formatDateTime } from '../../../ui/format/format-date';
import { accessActionLabel } from '../access-action-label';
import { Badge } from '../../../ui/badge';

/** One time someone opened or changed the record; a break-glass entry is marked in words and colour. */
export function AccessLogRow({ entry }: { entry: AccessLogEntryDto }) {
  const isBreakGlass = entry.basis === 'break_glass';
  return (
    <tr className={isBreakGlass ? 'row--break-glass' : undefined}>
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
}
