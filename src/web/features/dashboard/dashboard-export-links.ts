import type { FiguresExportKind, ResearchDataset } from '../../../shared/api/analytics.responses';
import { analyticsSearch, type AnalyticsFilters } from './analytics-search';
import type { Period } from './dashboard-period';

const API_BASE = '/api/v1';

/** The address of a manager's CSV export for the filters chosen on the dashboard. */
export function figuresExportHref(kind: FiguresExportKind, filters: AnalyticsFilters): string {
  return `${API_BASE}/analytics/exports/${encodeURIComponent(kind)}${analyticsSearch(filters)}`;
}

/** The address of a researcher's pseudonymised data set for a period (no team or site: research covers everyone). */
export function researchExportHref(dataset: ResearchDataset, period: Partial<Period>): string {
  return `${API_BASE}/analytics/research/${encodeURIComponent(dataset)}${analyticsSearch({ from: period.from, to: period.to })}`;
}

/** What each manager export holds, in plain words. */
export const FIGURES_EXPORT_LABELS: Record<FiguresExportKind, { label: string; description: string }> = {
  'continuity-people': {
    label: 'Continuity for each person',
    description: 'One row per person, by id only (no names), with every measure.',
  },
  'continuity-summary': {
    label: 'Continuity summary',
    description: 'Medians, quartiles and ranges for the team, each care coordinator and each team of the site.',
  },
  'continuity-sites': { label: 'Continuity by site', description: 'The same summary for every site.' },
  'service-teams': {
    label: 'Service figures by team',
    description: 'Reviews, contact and admin time, caseloads and contacts beyond routine.',
  },
  'service-workers': {
    label: 'Service figures by worker',
    description: 'Each worker’s caseload and contact time (needs a team).',
  },
};

/** What each research data set holds, in plain words. */
export const RESEARCH_DATASET_LABELS: Record<ResearchDataset, { label: string; description: string }> = {
  contacts: {
    label: 'Contacts',
    description:
      'One row per contact: person, team, site and workers as pseudonyms; date, length, admin time, kind and whether it went beyond routine.',
  },
  'care-team-periods': {
    label: 'Care-team periods',
    description:
      'One row per time a worker was in a person’s care team: pseudonyms, role, start and end dates, and why it ended.',
  },
  ratings: {
    label: 'Meeting ratings',
    description:
      'One row per answer at a rated meeting: person, team and site as pseudonyms; date, the questionnaire, the item and the answer.',
  },
  feedback: {
    label: 'Relationship feedback',
    description:
      'One row per feedback form about a meeting, from either side: person, worker, team and site as pseudonyms; meeting date, who answered and the score.',
  },
  'ips-referrals': {
    label: 'IPS referrals',
    description:
      'One row per referral to employment support: person, team, site and specialist as pseudonyms; referral, start and end dates, why it ended, self-referral, first face-to-face employer contact.',
  },
  'ips-jobs': {
    label: 'IPS jobs',
    description:
      'One row per job, education or training start: person, team, site and employer as pseudonyms; kind, dates, hours, pay, whether competitive and why it ended. No job titles.',
  },
};
