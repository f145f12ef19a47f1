import { formatDate } from '../../../ui/format/format-date';
import { reviewStatusFor, type ReviewStatus } from '../review-status-for';
import { Badge } from '../../../ui/badge';

/** The next review date with an "Overdue" or "Due soon" badge. */
export function ReviewDue({ dueOn, status }: { dueOn: string | null; status?: ReviewStatus }) {
  if (!dueOn) return <span className="muted">None booked</span>;
  const effective = status ?? reviewStatusFor(dueOn);
  return (
    <span className="inline-group">
      <time dateTime={dueOn}>{formatDate(dueOn)}</time>
      {effective === 'overdue' && <Badge tone="danger">Overdue</Badge>}
      {effective === 'due_soon' && <Badge tone="warning">Due soon</Badge>}
    </span>
  );
}
