import type { IpsOutcomesDto } from '../../../../shared/api/ips.responses';
import { ChartStackedBars } from '../../../ui/charts/chart-stacked-bars';

const LEVELS = { all: 'All', site: 'Site', team: 'Team', specialist: 'Specialist' } as const;
const count = (n: number) => String(n);

/**
 * The latest quarter's employment rate as bars, for the service, each site and each specialist: the share of
 * the caseload in competitive work beside the share not yet, with the same figures in a table.
 */
export function IpsRateChart({ outcomes }: { outcomes: IpsOutcomesDto }) {
  const quarter = outcomes.quarterLabels.at(-1);
  if (!quarter) return null;
  // Sites and specialists, where services compare IPS; every team is in the table below.
  const rows = outcomes.groups.flatMap((group) => {
    const latest = group.quarters.at(-1);
    if (!latest || latest.onCaseload === 0 || group.level === 'team') return [];
    return [
      {
        key: `${group.level}-${group.id ?? 'all'}`,
        label: `${LEVELS[group.level]}: ${group.name}`,
        values: [latest.inCompetitiveWork, latest.onCaseload - latest.inCompetitiveWork],
      },
    ];
  });
  return (
    <ChartStackedBars
      caption={`${quarter}: share of the IPS caseload in competitive work (benchmark ${Math.round(outcomes.benchmark * 100)}%)`}
      series={[
        { key: 'in-work', label: 'In competitive work', tone: 'good' },
        { key: 'not-yet', label: 'Not in competitive work', tone: 'light' },
      ]}
      rows={rows}
      format={count}
      asShares
      totalLabel="On the caseload"
    />
  );
}
