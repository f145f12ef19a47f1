import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { analyticsSearch, type AnalyticsFilters } from '../analytics-search';
import { periodProblem } from '../dashboard-filters';
import { QUICK_PERIODS, isIsoDate, lastMonths, utcToday, type Period } from '../dashboard-period';
import { SelectField, type SelectOption } from '../../../ui/fields/select-field';

interface DashboardFiltersFormProps {
  filters: AnalyticsFilters;
  /** The period the figures cover (the API's default when the address names none). */
  period: Period;
  teams: readonly (SelectOption & { siteId?: string })[];
  sites: readonly SelectOption[];
  /** Administrators may leave team and site empty for the whole organisation; a manager's are fixed. */
  canChooseAny: boolean;
  onApply: (filters: AnalyticsFilters) => void;
}

/** Team, site and period, applied together; quick links for the last 3, 6 or 12 months. */
export function DashboardFiltersForm({
  filters,
  period,
  teams,
  sites,
  canChooseAny,
  onApply,
}: DashboardFiltersFormProps) {
  const [teamId, setTeamId] = useState(filters.teamId ?? (canChooseAny ? '' : (teams[0]?.value ?? '')));
  const [siteId, setSiteId] = useState(filters.siteId ?? (canChooseAny ? '' : (sites[0]?.value ?? '')));
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [problem, setProblem] = useState<string | null>(null);
  const today = utcToday();
  const teamChoices = canChooseAny && siteId ? teams.filter((team) => team.siteId === siteId) : teams;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = periodProblem(from, to, isIsoDate);
    setProblem(found);
    if (!found) onApply({ teamId: teamId || undefined, siteId: siteId || undefined, from, to });
  };

  return (
    <form className="card dashboard-filters" onSubmit={submit} aria-labelledby="filters-heading" noValidate>
      <h2 id="filters-heading" className="card__title">
        Which figures
      </h2>
      {!canChooseAny && (
        <p className="muted">You see your own team, compared with the other teams of its site and with every site.</p>
      )}
      <div className="dashboard-filters__fields">
        <SelectField
          label="Site"
          value={siteId}
          options={sites}
          placeholder={canChooseAny ? 'All sites' : undefined}
          onChange={(event) => {
            setSiteId(event.target.value);
            if (canChooseAny) setTeamId('');
          }}
        />
        <SelectField
          label="Team"
          value={teamId}
          options={teamChoices}
          placeholder={canChooseAny ? 'All teams' : undefined}
          onChange={(event) => setTeamId(event.target.value)}
        />
        <div className="field">
          <label className="field__label" htmlFor="dashboard-from">
            From
          </label>
          <input
            id="dashboard-from"
            className="input"
            type="date"
            value={from}
            max={to || today}
            onChange={(event) => setFrom(event.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="dashboard-to">
            To
          </label>
          <input
            id="dashboard-to"
            className="input"
            type="date"
            value={to}
            min={from}
            onChange={(event) => setTo(event.target.value)}
          />
        </div>
      </div>
      {problem && (
        <p className="field__error" role="alert">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          Show figures
        </button>
      </div>
      <nav aria-label="Quick periods" className="dashboard-filters__quick">
        <span className="muted">Or show:</span>
        <ul>
          {QUICK_PERIODS.map((months) => {
            const quick = lastMonths(months, today);
            const isCurrent = quick.from === period.from && quick.to === period.to;
            return (
              <li key={months}>
                <Link
                  to={{ search: analyticsSearch({ ...filters, ...quick }) }}
                  aria-current={isCurrent ? 'true' : undefined}
                >
                  the last {months} months
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
    </form>
  );
}
