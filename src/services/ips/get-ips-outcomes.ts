import { inTurn } from '../in-turn';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import {
  EMPLOYMENT_RATE_BENCHMARK,
  jobTenure,
  quarterlyEmploymentRates,
  timeToFirstJob,
  type JobTenure,
  type QuarterRate,
  type TimeToFirstJob,
} from '../../domain/ips/employment-outcomes';
import { quartersEndingWith } from '../../domain/ips/quarters';
import { requireRole } from '../access/require-role';
import { resolveAnalyticsScope, type ScopeFilters } from '../analytics/analytics-scope';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { OutcomeJobRow, OutcomeReferralRow } from './ports';
import { ipsReach } from './served-teams';

export type OutcomeLevel = 'all' | 'site' | 'team' | 'specialist';

export interface OutcomeGroup {
  level: OutcomeLevel;
  id: string | null;
  name: string;
  quarters: QuarterRate[];
  timeToFirstJob: TimeToFirstJob;
  tenure: JobTenure;
}

export interface IpsOutcomes {
  asOf: string;
  benchmark: number;
  quarterLabels: string[];
  /** Everyone in scope first, then each site, team and specialist. */
  groups: OutcomeGroup[];
}

/** How many quarters the figures cover, newest last. */
export const OUTCOME_QUARTERS = 4;

/**
 * IPS outcomes for managers: the quarterly employment rate against the 40% benchmark, time from
 * referral to first job and job tenure, by site, team and specialist. A manager sees their own
 * team compared with the other teams of its site; an IPS team's manager (ADR 0049) sees the people
 * their team's specialists took on, at every site they serve; an administrator sees everyone.
 * Figures only: no names of people.
 */
export async function getIpsOutcomes(deps: ServiceDeps, filters: ScopeFilters, actor: Actor): Promise<IpsOutcomes> {
  requireRole(actor, ['team_manager', 'admin'], 'IPS outcomes are for team managers and administrators.');
  const now = deps.now();
  const asOf = isoDate(now);
  const quarters = quartersEndingWith(asOf, OUTCOME_QUARTERS);
  return deps.uow.run(async (r) => {
    const scope = await resolveAnalyticsScope(r, actor, filters);
    const reach = scope.team ? await ipsReach(r, scope.team.id) : null;
    const among = reach?.isIpsTeam ? { teamIds: reach.teamIds } : scope.comparison;
    const [inReach, jobs, teams, sites, workers] = await inTurn([
      () => r.ips.listOutcomeReferrals(among),
      () => r.ips.listOutcomeJobs(among),
      () => r.organisation.listTeams(),
      () => r.organisation.listSites(),
      () => r.organisation.listWorkers(),
    ]);
    const referrals = reach?.isIpsTeam ? inReach.filter(reach.isOurs) : inReach;
    const group = (level: OutcomeLevel, id: string | null, name: string, of: OutcomeReferralRow[]): OutcomeGroup => {
      const people = new Set(of.map((referral) => referral.personId));
      const theirJobs = jobs.filter((job: OutcomeJobRow) => people.has(job.personId));
      return {
        level,
        id,
        name,
        quarters: quarterlyEmploymentRates(quarters, of, theirJobs),
        timeToFirstJob: timeToFirstJob(of, theirJobs),
        tenure: jobTenure(theirJobs, asOf),
      };
    };
    const by = <K>(key: (row: OutcomeReferralRow) => K | null) => {
      const groups = new Map<K, OutcomeReferralRow[]>();
      for (const row of referrals) {
        const k = key(row);
        if (k !== null) groups.set(k, [...(groups.get(k) ?? []), row]);
      }
      return groups;
    };
    const nameOf = (list: { id: string; name: string }[], id: string) => list.find((x) => x.id === id)?.name ?? id;
    const everyone = (reach?.isIpsTeam ? scope.team?.name : null) ?? scope.site?.name ?? 'Whole service';
    const groups: OutcomeGroup[] = [group('all', null, everyone, referrals)];
    for (const [id, rows] of by((row) => row.siteId)) groups.push(group('site', id, nameOf(sites, id), rows));
    for (const [id, rows] of by((row) => row.teamId)) groups.push(group('team', id, nameOf(teams, id), rows));
    for (const [id, rows] of by((row) => row.specialistWorkerId))
      groups.push(group('specialist', id, nameOf(workers, id), rows));
    groups.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || a.name.localeCompare(b.name));
    await recordAudit(r, actor, now, {
      action: 'analytics.ips.read',
      detail: { teamId: scope.team?.id ?? null, siteId: scope.site?.id ?? null },
    });
    return {
      asOf,
      benchmark: EMPLOYMENT_RATE_BENCHMARK,
      quarterLabels: quarters.map((q) => q.label),
      groups,
    };
  });
}

const LEVEL_ORDER: Record<OutcomeLevel, number> = { all: 0, site: 1, team: 2, specialist: 3 };

/** The outcomes as CSV columns and rows: one row per group and quarter. */
export function ipsOutcomesTable(outcomes: IpsOutcomes): { columns: string[]; rows: (string | number | null)[][] } {
  const columns = [
    'level',
    'name',
    'quarter',
    'on_caseload',
    'in_competitive_work',
    'employment_rate',
    'benchmark',
    'median_days_to_first_job',
    'median_job_tenure_days',
  ];
  const rows = outcomes.groups.flatMap((g) =>
    g.quarters.map((q) => [
      g.level,
      g.name,
      q.quarter,
      q.onCaseload,
      q.inCompetitiveWork,
      q.rate,
      outcomes.benchmark,
      g.timeToFirstJob.medianDays,
      g.tenure.medianDays,
    ]),
  );
  return { columns, rows };
}
