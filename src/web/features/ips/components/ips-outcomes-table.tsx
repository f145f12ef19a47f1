import type { IpsOutcomesDto } from '../../../../shared/api/ips.responses';

const percent = (rate: number | null) => (rate === null ? '–' : `${Math.round(rate * 100)}%`);
const LEVELS = { all: 'All', site: 'Site', team: 'Team', specialist: 'Specialist' } as const;

/** The employment rate per quarter against the benchmark, by site, team and specialist; a table, with CSV. */
export function IpsOutcomesTable({ outcomes }: { outcomes: IpsOutcomesDto }) {
  const benchmark = percent(outcomes.benchmark);
  return (
    <>
      {/* Explained above the table and its caption kept for screen readers: a caption is as wide as the
          table, and on a phone the table scrolls sideways, which cut the words off. The heading names it. */}
      <p id="ips-outcomes-explained">
        People in competitive work at any time in the quarter, of the people on the IPS caseload in it (benchmark{' '}
        {benchmark}); days from referral to first job and days in post (medians).
      </p>
      <div className="ips-table-wrap" tabIndex={0} role="group" aria-label="Employment rate by quarter (table)">
        <table className="table" aria-describedby="ips-outcomes-explained">
          <caption className="visually-hidden">Employment rate by quarter, by site, team and specialist</caption>
          <thead>
            <tr>
              <th scope="col">Who</th>
              {outcomes.quarterLabels.map((label) => (
                <th scope="col" key={label}>
                  {label}
                </th>
              ))}
              <th scope="col">Days to first job</th>
              <th scope="col">Days in post</th>
            </tr>
          </thead>
          <tbody>
            {outcomes.groups.map((g) => (
              <tr key={`${g.level}-${g.id ?? 'all'}`}>
                <th scope="row">
                  {LEVELS[g.level]}: {g.name}
                </th>
                {g.quarters.map((q) => (
                  <td key={q.quarter}>
                    {percent(q.rate)}{' '}
                    <span className="hint">
                      ({q.inCompetitiveWork} of {q.onCaseload})
                    </span>
                    {q.rate !== null && q.rate >= outcomes.benchmark ? ' ✓' : ''}
                  </td>
                ))}
                <td>{g.timeToFirstJob.medianDays ?? '–'}</td>
                <td>{g.tenure.medianDays ?? '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        <a href="/api/v1/analytics/ips.csv" download>
          Download these figures (CSV)
        </a>
      </p>
    </>
  );
}
