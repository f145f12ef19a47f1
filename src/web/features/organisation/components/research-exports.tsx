import { useState } from 'react';
import { RESEARCH_DATASETS } from '../../../../shared/api/analytics.responses';
import { RESEARCH_DATASET_LABELS, researchExportHref } from '../../dashboard/dashboard-export-links';
import { periodProblem } from '../../dashboard/dashboard-filters';
import { isIsoDate, lastMonths, utcToday } from '../../dashboard/dashboard-period';
import '../../dashboard/dashboard.css';

/** A researcher's downloads: one pseudonymised CSV per data set, for a period they choose. */
export function ResearchExports() {
  const [period, setPeriod] = useState(() => lastMonths(12, utcToday()));
  const problem = periodProblem(period.from, period.to, isIsoDate);
  return (
    <section aria-labelledby="exports-heading" className="section card">
      <h2 id="exports-heading" className="card__title">
        Pseudonymised data for research
      </h2>
      <p>
        Pseudonymised means that no names, addresses or free text are included. Each person, worker, team and site
        appears as a code (a pseudonym) that stays the same in every download, so files can be joined, but it cannot be
        turned back into a name. Each person’s dates are moved by the same few days (up to two weeks either way), so the
        time between their contacts is kept but the real dates are not.
      </p>
      <fieldset className="fieldset research-period">
        <legend className="fieldset__legend">Period</legend>
        <div className="form-grid">
          <div className="field">
            <label className="field__label" htmlFor="research-from">
              From
            </label>
            <input
              id="research-from"
              className="input"
              type="date"
              value={period.from}
              onChange={(event) => setPeriod({ ...period, from: event.target.value })}
            />
          </div>
          <div className="field">
            <label className="field__label" htmlFor="research-to">
              To
            </label>
            <input
              id="research-to"
              className="input"
              type="date"
              value={period.to}
              onChange={(event) => setPeriod({ ...period, to: event.target.value })}
            />
          </div>
        </div>
      </fieldset>
      {problem ? (
        <p className="field__error" role="alert">
          {problem}
        </p>
      ) : (
        <ul className="research-exports">
          {RESEARCH_DATASETS.map((dataset) => (
            <li key={dataset}>
              <a href={researchExportHref(dataset, period)} download className="button button--secondary">
                Download: {RESEARCH_DATASET_LABELS[dataset].label} (CSV)
              </a>
              <p className="small muted">{RESEARCH_DATASET_LABELS[dataset].description}</p>
            </li>
          ))}
        </ul>
      )}
      <p className="small muted">Every download is recorded with its data set and number of rows.</p>
    </section>
  );
}
