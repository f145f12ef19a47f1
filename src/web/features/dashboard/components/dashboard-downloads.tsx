import { FIGURES_EXPORT_KINDS } from '../../../../shared/api/analytics.responses';
import type { AnalyticsFilters } from '../analytics-search';
import { FIGURES_EXPORT_LABELS, figuresExportHref } from '../dashboard-export-links';

/** CSV downloads of the figures on the page, for the same team, site and period. */
export function DashboardDownloads({ filters, hasTeam }: { filters: AnalyticsFilters; hasTeam: boolean }) {
  const kinds = FIGURES_EXPORT_KINDS.filter((kind) => kind !== 'service-workers' || hasTeam);
  return (
    <>
      <p>
        Each file opens in a spreadsheet. Files name workers, teams and sites, never the people supported: a person
        appears only as an id. Every download is recorded.
      </p>
      <ul className="dashboard-downloads">
        {kinds.map((kind) => (
          <li key={kind}>
            <a href={figuresExportHref(kind, filters)} download className="button button--secondary">
              Download: {FIGURES_EXPORT_LABELS[kind].label} (CSV)
            </a>
            <p className="small muted">{FIGURES_EXPORT_LABELS[kind].description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
