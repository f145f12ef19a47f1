import type { AreaRatingChangeDto } from '../../../../shared/api/meetings.responses';
import { Badge } from '../../../ui/badge';

/** The change since last time in words; the arrow and colour only repeat them. */
export function RatingChange({ area }: { area: AreaRatingChangeDto }) {
  if (area.change === null) return <Badge tone="neutral">Nothing to compare yet</Badge>;
  if (area.change > 0) return <Badge tone="good">↑ Up {area.change} since last time</Badge>;
  if (area.change < 0) return <Badge tone="warning">↓ Down {Math.abs(area.change)} since last time</Badge>;
  return <Badge tone="neutral">No change</Badge>;
}
