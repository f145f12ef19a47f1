import type { AccessLogEntryDto } from '../../../../shared/api/people.responses';
import { formatDateTime } from '../../../ui/format/format-date';

/** Every time someone outside the care team opened the record, with their reason, before the full log. */
export function BreakGlassSummary({ entries }: { entries: AccessLogEntryDto[] }) {
  const openings = entries.filter((entry) => entry.isBreakGlass);
  if (openings.length === 0) {
    return <p className="notice notice--info">Nobody outside your care team has opened your record.</p>;
  }
  return (
    <div className="notice notice--warning">
      <p className="notice__title">
        {openings.length === 1
          ? 'Someone outside your care team opened your record once'
          : `People outside your care team opened your record ${openings.length} times`}
      </p>
      <ul className="plain-list">
        {openings.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>: <strong>{entry.who}</strong>. Their reason: “
            {entry.reason ?? 'none given'}”
          </li>
        ))}
      </ul>
    </div>
  );
}
