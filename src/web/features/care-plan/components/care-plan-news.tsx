import { useState } from 'react';
import type { CarePlanNewsDto } from '../../../../shared/api/care-plan.responses';
import { formatDateTime } from '../../../ui/format/format-date';

/**
 * "Since you last looked": messages from the other side and changes the person declined. The first
 * answer is kept while the page is open, because opening the plan is what marks a declined change as
 * seen, and a refetch would otherwise take the notice away while it is being read.
 */
export function CarePlanNews({ news, isSelf }: { news: CarePlanNewsDto[]; isSelf: boolean }) {
  const [shown] = useState(news);
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="care-plan-news-heading" className="notice">
      <h2 id="care-plan-news-heading" className="notice__title">
        {isSelf ? 'New for you since you last looked' : 'New since you last looked'}
      </h2>
      <ul className="plain-list">
        {shown.map((item) => (
          <li key={`${item.kind}-${item.sectionKey}`}>
            {describe(item)} <span className="muted small">({formatDateTime(item.latestAt)})</span>
          </li>
        ))}
      </ul>
      <p className="small">Open a section’s discussion below to read and reply.</p>
    </section>
  );
}

function describe(item: CarePlanNewsDto): string {
  if (item.kind === 'declined') {
    return item.count === 1
      ? `${item.latestByName} declined a change to “${item.sectionTitle}”.`
      : `${item.latestByName} declined ${item.count} changes to “${item.sectionTitle}”.`;
  }
  return item.count === 1
    ? `${item.latestByName} wrote in the discussion of “${item.sectionTitle}”.`
    : `${item.count} new messages in the discussion of “${item.sectionTitle}”, the latest from ${item.latestByName}.`;
}
