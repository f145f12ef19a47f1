import { sql } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow, FormulationDiscussion } from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';

/**
 * One row per person in scope with the service on the window's last day (not discharged by then)
 * whose risk formulation was first written before the window ended: their team, and the last day
 * up to then that it was discussed with them. A discussion the person chose not to have is not
 * counted (the domain's isDiscussedAt rule); people without a formulation have no row.
 */
export async function queryFormulationDiscussions(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<FormulationDiscussion[]> {
  const b = windowBounds(window);
  const rows = await rawRows<{ team_id: string; last_discussed_on: string | null }>(
    db,
    sql`
    select p.team_id,
      (select max(d.discussed_on)::text from risk_discussion d
         where d.person_id = p.id and not d.is_declined and d.discussed_on <= ${b.to}::date) as last_discussed_on
    from person p join team t on t.id = p.team_id
    where ${scopeCondition(scope)} and p.joined_on <= ${b.to}::date
      and (p.discharged_on is null or p.discharged_on > ${b.to}::date)
      and exists (
        select 1 from care_plan_version v
        where v.person_id = p.id and v.kind = 'risk_formulation' and v.created_at < ${b.toExclusiveInstant}::timestamptz
      )
    order by p.team_id, p.id`,
  );
  return rows.map((row) => ({ teamId: row.team_id, lastDiscussedOn: row.last_discussed_on }));
}
