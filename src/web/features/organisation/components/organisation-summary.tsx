import type { OrganisationSummaryResponse } from '../../../../shared/api/organisation.responses';
import { formatDate } from '../../../ui/format/format-date';

const plural = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** The organisation's de-identified counts, as figures and in plain words. */
export function OrganisationSummary({ summary }: { summary: OrganisationSummaryResponse }) {
  const since = formatDate(summary.since);
  const share = summary.contactsSince > 0 ? Math.round((summary.beyondRoutineSince / summary.contactsSince) * 100) : 0;
  return (
    <>
      <ul className="stat-grid">
        <li className="stat">
          <span className="stat__number">{summary.people.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">people supported</span>
        </li>
        <li className="stat">
          <span className="stat__number">{summary.workers.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">workers</span>
        </li>
        <li className="stat">
          <span className="stat__number">{summary.teams.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">teams</span>
        </li>
        <li className="stat">
          <span className="stat__number">{summary.sites.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">sites</span>
        </li>
        <li className="stat">
          <span className="stat__number">{summary.contactsSince.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">contacts since {formatDate(summary.since)}</span>
        </li>
        <li className="stat">
          <span className="stat__number">{summary.beyondRoutineSince.toLocaleString('en-GB')}</span>{' '}
          <span className="stat__label">contacts went beyond routine</span>
        </li>
      </ul>
      <p>
        Tandem supports {plural(summary.people, 'person', 'people')}, with{' '}
        {plural(summary.workers, 'worker', 'workers')} in {plural(summary.teams, 'team', 'teams')} across{' '}
        {plural(summary.sites, 'site', 'sites')}.
      </p>
      <p>
        {summary.contactsSince === 0
          ? `No contacts have been recorded since ${since}.`
          : `Since ${since}, workers have recorded ${plural(summary.contactsSince, 'contact', 'contacts')}. In ${summary.beyondRoutineSince.toLocaleString('en-GB')} of them (${share}%) they went beyond routine.`}
      </p>
    </>
  );
}
