import { useState } from 'react';
import type { AccessLogEntryDto } from '../../../../shared/api/people.responses';
import { useAccessLog } from '../api/use-access-log';
import { AccessLogRow } from './access-log-row';
import { BreakGlassSummary } from './break-glass-summary';
import { ErrorMessage } from '../../../ui/error-message';
import { useAnnounce } from '../../../ui/live-announcer';
import { LoadingMessage } from '../../../ui/loading-message';

const STEP = 20;

/** Who opened the person's record: openings from outside the care team first, then the whole log, newest first. */
export function AccessLogTable({ personId, pageSize = STEP }: { personId: string; pageSize?: number }) {
  const log = useAccessLog(personId);
  const [visible, setVisible] = useState(pageSize);
  const [includeOwn, setIncludeOwn] = useState(false);
  const announce = useAnnounce();
  if (log.isPending) return <LoadingMessage what="who opened your record" />;
  if (log.isError) return <ErrorMessage error={log.error} />;
  // The person's own visits would crowd out everyone else's, so they are left out unless asked for.
  const entries = includeOwn ? log.data.entries : log.data.entries.filter((entry) => !entry.isYou);
  const shown = entries.slice(0, visible);
  const showMore = () => {
    setVisible((v) => v + STEP);
    announce(`${Math.min(STEP, entries.length - visible)} more entries added to the end of the table.`);
  };
  return (
    <>
      <BreakGlassSummary entries={log.data.entries} />
      <label className="checkbox">
        <input type="checkbox" checked={includeOwn} onChange={(event) => setIncludeOwn(event.target.checked)} />
        Include the times you looked yourself
      </label>
      {entries.length === 0 ? (
        <p className="empty-state">Nobody else has opened your record yet.</p>
      ) : (
        <EntriesTable shown={shown} total={entries.length} />
      )}
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

function EntriesTable({ shown, total }: { shown: AccessLogEntryDto[]; total: number }) {
  return (
    <table className="table stacked-table">
      <caption>
        Who opened your record, newest first; looks at the same thing on the same day are one line (showing{' '}
        {shown.length} of {total})
      </caption>
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What happened</th>
          <th scope="col">Reason</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((entry, index) => (
          <AccessLogRow key={`${entry.at}-${index}`} entry={entry} />
        ))}
      </tbody>
    </table>
  );
}
