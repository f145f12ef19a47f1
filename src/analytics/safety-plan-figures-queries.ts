import { sql } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow, TeamSafetyPlanCounts } from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';

/** How far back a safety plan still counts as looked after: reviewed at least once a year. */
export const SAFETY_PLAN_CURRENT_MONTHS = 12;

/**
 * Per team in scope: the people with the service on the window's last day (not discharged by
 * then), and how many of them had their safety plan written or changed in the 12 months up to that
 * day. Every version of a safety plan counts as updating it, whoever wrote it.
 */
export async function queryTeamSafetyPlanCounts(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<TeamSafetyPlanCounts[]> {
  const b = windowBounds(window);
  const rows = await rawRows<{ team_id: string; people: number; updated: number }>(
    db,
    sql`
    with people as (
      select p.id, p.team_id from person p join team t on t.id = p.team_id
      where ${scopeCondition(scope)} and p.joined_on <= ${b.to}::date
        and (p.discharged_on is null or p.discharged_on > ${b.to}::date)
    )
    select t.id as team_id, count(people.id)::int as people,
      count(people.id) filter (where exists (
        select 1 from care_plan_version v
        where v.person_id = people.id and v.kind = 'safety_plan'
          and v.created_at >= (${b.toExclusive}::date - make_interval(months => ${SAFETY_PLAN_CURRENT_MONTHS}))
          and v.created_at < ${b.toExclusiveInstant}::timestamptz
      ))::int as updated
    from team t left join people on people.team_id = t.id
    where ${scopeCondition(scope, sql`t.id`)}
    group by t.id
    order by t.id`,
  );
  return rows.map((row) => ({ teamId: row.team_id, people: Number(row.people), updated: Number(row.updated) }));
}
