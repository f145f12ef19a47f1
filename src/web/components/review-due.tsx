import { formatDate } from '../format/format-date';
import { todayIsoDate } from '../format/today-iso-date';
import { Badge } from './badge';

type ReviewStatus = 'overdue' | 'due_soon' | 'scheduled' | 'none';

/** The next review date with an "Overdue" or "Due soon" badge. */
export function ReviewDue({ dueOn, status }: { dueOn: string | null; status?: ReviewStatus }) {
  if (!dueOn) return <span className="muted">None booked</span>;
  const effective = status ?? statusFor(dueOn);
  return (
    <span className="inline-group">
      <time dateTime={dueOn}>{formatDate(dueOn)}</time>
      {effective === 'overdue' && <Badge tone="danger">Overdue</Badge>}
      {effective === 'due_soon' && <Badge tone="warning">Due soon</Badge>}
    </span>
  );
}

/** Mirrors the server's rule for pages whose data has no status: due within 28 days is "due soon". */
function statusFor(dueOn: string): ReviewStatus {
  const today = todayIsoDate();
  if (dueOn < today) return 'overdue';
  const days = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 28 ? 'due_soon' : 'scheduled';
}
