import { describe, expect, it } from 'vitest';
import type {
  ContinuityDashboardResponse,
  ContinuityGroupDto,
  DistributionDto,
  SiteComparisonResponse,
} from '../../../../shared/api/analytics.responses';
import { CONTINUITY_MEASURES } from '../../../../shared/api/analytics.responses';
import { boxPlotRowsFor } from './dashboard-continuity';

const spread = (median: number): DistributionDto => ({
  n: 3,
  mean: median,
  median,
  q1: median,
  q3: median,
  min: median,
  max: median,
});
const group = (median: number): ContinuityGroupDto => ({
  people: 3,
  peopleWithContacts: 3,
  measures: Object.fromEntries(CONTINUITY_MEASURES.map((m) => [m, spread(median)])) as ContinuityGroupDto['measures'],
});

const dashboard: ContinuityDashboardResponse = {
  window: { from: '2026-01-01', to: '2026-06-30' },
  team: { id: 't1', name: 'North Team' },
  site: { id: 's1', name: 'North' },
  overall: group(0.5),
  byWorker: [
    { workerId: 'w1', workerName: 'Sam', ...group(0.6) },
    { workerId: null, workerName: null, ...group(0.2) },
  ],
  byTeam: [{ teamId: 't1', teamName: 'North Team', ...group(0.5) }],
};

describe('boxPlotRowsFor', () => {
  it('shows the team, its care coordinators, the site’s teams and then the sites, in that order', () => {
    const sites = {
      window: dashboard.window,
      bySite: [{ siteId: 's1', siteName: 'North', ...group(0.7) }],
      tests: {},
    } as unknown as SiteComparisonResponse;
    const rows = boxPlotRowsFor('coc', dashboard, sites);
    expect(rows.map((row) => [row.group, row.label, row.distribution.median])).toEqual([
      ['North Team', 'Everyone', 0.5],
      ['By care coordinator', 'Sam', 0.6],
      ['By care coordinator', 'No care coordinator', 0.2],
      ['Teams at North', 'North Team', 0.5],
      ['Sites', 'North', 0.7],
    ]);
  });

  it('leaves the sites out while their comparison is not there', () => {
    expect(boxPlotRowsFor('upc', dashboard).some((row) => row.group === 'Sites')).toBe(false);
  });
});
