import type { AccessLogEntryDto } from '../../../../shared/api/people.responses';
import { formatDateTime } from '../../../ui/format/format-date';
import { Badge } from '../../../ui/badge';

/** One line of who opened the record, in plain words; a break-glass line is marked in words and colour. */
export function AccessLogRow({ entry }: { entry: AccessLogEntryDto }) {
  return (
    <tr className={entry.isBreakGlass ? 'row--break-glass' : undefined}>
      <th scope="row" className="stacked-table__title">
        <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
        {entry.times > 1 && (
          <span className="block small muted">
            first at <time dateTime={entry.firstAt}>{formatDateTime(entry.firstAt)}</time>
          </span>
        )}
      </th>
      <td data-label="What happened">
        {entry.sentence}
        {entry.isBreakGlass && (
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
