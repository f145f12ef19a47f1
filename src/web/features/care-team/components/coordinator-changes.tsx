import { Badge } from '../../../ui/badge';

/** How many care coordinators a person has had in a year; two or more is a warning about continuity. */
export function CoordinatorChanges({ count }: { count: number }) {
  return (
    <span className="inline-group">
      <span>{count}</span>
      {count >= 2 && <Badge tone="warning">Warning: coordinator changed</Badge>}
    </span>
  );
}
