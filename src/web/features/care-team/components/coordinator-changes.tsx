import { Badge } from '../../../ui/badge';
import { formatDate } from '../../../ui/format/format-date';

/**
 * How many care coordinators a person has had in a year, and a warning only while a change is
 * recent (the last three months), when a new relationship still needs care.
 */
export function CoordinatorChanges({ count, changedOn }: { count: number; changedOn: string | null }) {
  return (
    <span className="inline-group">
      <span>{count}</span>
      {changedOn && <Badge tone="warning">Coordinator changed on {formatDate(changedOn)}</Badge>}
    </span>
  );
}
