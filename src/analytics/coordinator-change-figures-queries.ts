import { sql } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow, CoordinatorChange } from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';

/**
 * One row per change of care coordinator that took effect in the window, for people in scope: a
 * coordinator spell starting in the window after a spell with another worker (as the continuity
 * figures count changes; a person's first coordinator is not a change). The change was planned when
 * a completed handover started that membership and was planned on an earlier day (UTC) than the
 * change; its notice is the days between (ADR 0045).
 */
export async function queryCoordinatorChanges(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<CoordinatorChange[]> {
  const b = windowBounds(window);
  const rows = await rawRows<{ team_id: string; changed_on: string; days_of_notice: number | null }>(
    db,
    sql`
    with spells as (
      select m.id, m.person_id, m.worker_id, m.starts_on,
        lag(m.worker_id) over (partition by m.person_id order by m.starts_on, m.ends_on nulls last, m.worker_id) as previous_worker
      from care_team_membership m
      where m.role = 'care_coordinator' and m.starts_on < ${b.toExclusive}::date
        and (m.ends_on is null or m.ends_on > m.starts_on)
    )
    select p.team_id, s.starts_on::text as changed_on,
      case when h.id is not null then (s.starts_on - (h.planned_at at time zone 'UTC')::date)::int end as days_of_notice
    from spells s join person p on p.id = s.person_id join team t on t.id = p.team_id
    left join handover h on h.started_membership_id = s.id and h.status = 'completed'
      and (h.planned_at at time zone 'UTC')::date < s.starts_on
    where ${scopeCondition(scope)} and s.starts_on >= ${b.from}::date and s.previous_worker <> s.worker_id
    order by p.team_id, s.starts_on, s.id`,
  );
  return rows.map((row) => ({
    teamId: row.team_id,
    changedOn: row.changed_on,
    daysOfNotice: row.days_of_notice === null ? null : Number(row.days_of_notice),
  }));
}
