import { sql } from 'drizzle-orm';
import type {
  AnalyticsScope,
  AnalyticsWindow,
  CaseloadSize,
  TeamServiceCounts,
  WorkerContactTime,
} from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';

interface TeamRow extends Record<string, unknown> {
  team_id: string;
  reviews_due: number;
  reviews_held_in_time: number;
  reviews_held_late: number;
  reviews_overdue: number;
  contacts: number;
  contact_minutes: number;
  admin_minutes: number;
  beyond_routine_contacts: number;
}

/**
 * Per team in scope (people belong to their team): reviews due in the window and how they went,
 * and the window's contacts with their contact and admin minutes and how many went beyond
 * routine. Each contact counts once here, however many workers were present.
 */
export async function queryTeamServiceCounts(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<TeamServiceCounts[]> {
  const b = windowBounds(window);
  const rows = await rawRows<TeamRow>(
    db,
    sql`
    with people as (select p.id, p.team_id from person p join team t on t.id = p.team_id where ${scopeCondition(scope)}),
    reviews as (
      select people.team_id, count(*)::int as due,
        count(*) filter (where r.held_on <= r.due_on)::int as held_in_time,
        count(*) filter (where r.held_on > r.due_on)::int as held_late,
        count(*) filter (where r.held_on is null and r.due_on < ${b.to}::date)::int as overdue
      from review r join people on people.id = r.person_id
      where r.due_on >= ${b.from}::date and r.due_on <= ${b.to}::date
      group by people.team_id
    ),
    contacts as (
      select people.team_id, count(*)::int as contacts, coalesce(sum(c.duration_minutes), 0)::int as contact_minutes,
        coalesce(sum(c.admin_minutes), 0)::int as admin_minutes, count(*) filter (where c.beyond_routine)::int as beyond_routine
      from contact c join people on people.id = c.person_id
      where c.occurred_at >= ${b.fromInstant}::timestamptz and c.occurred_at < ${b.toExclusiveInstant}::timestamptz
      group by people.team_id
    )
    select t.id as team_id,
      coalesce(r.due, 0) as reviews_due, coalesce(r.held_in_time, 0) as reviews_held_in_time,
      coalesce(r.held_late, 0) as reviews_held_late, coalesce(r.overdue, 0) as reviews_overdue,
      coalesce(c.contacts, 0) as contacts, coalesce(c.contact_minutes, 0) as contact_minutes,
      coalesce(c.admin_minutes, 0) as admin_minutes, coalesce(c.beyond_routine, 0) as beyond_routine_contacts
    from team t left join reviews r on r.team_id = t.id left join contacts c on c.team_id = t.id
    where ${scopeCondition(scope, sql`t.id`)}
    order by t.id`,
  );
  return rows.map((row) => ({
    teamId: row.team_id,
    reviewsDue: Number(row.reviews_due),
    reviewsHeldInTime: Number(row.reviews_held_in_time),
    reviewsHeldLate: Number(row.reviews_held_late),
    reviewsOverdue: Number(row.reviews_overdue),
    contacts: Number(row.contacts),
    contactMinutes: Number(row.contact_minutes),
    adminMinutes: Number(row.admin_minutes),
    beyondRoutineContacts: Number(row.beyond_routine_contacts),
  }));
}

/** The workers of the teams in scope who were care coordinator for at least one person on the window's last day, and for how many. */
export async function queryCaseloadSizes(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<CaseloadSize[]> {
  const b = windowBounds(window);
  const rows = await rawRows<{ worker_id: string; team_id: string; people: number }>(
    db,
    sql`
    select w.id as worker_id, w.team_id, count(distinct m.person_id)::int as people
    from care_team_membership m join worker w on w.id = m.worker_id join team t on t.id = w.team_id
    where m.role = 'care_coordinator' and m.starts_on <= ${b.to}::date and (m.ends_on is null or m.ends_on > ${b.to}::date)
      and ${scopeCondition(scope, sql`w.team_id`)}
    group by w.id, w.team_id
    order by w.id`,
  );
  return rows.map((row) => ({ workerId: row.worker_id, teamId: row.team_id, coordinatedPeople: Number(row.people) }));
}

interface WorkerTimeRow extends Record<string, unknown> {
  worker_id: string;
  worker_name: string;
  team_id: string;
  contacts: number;
  contact_minutes: number;
  admin_minutes: number;
  beyond_routine_contacts: number;
}

/**
 * The contacts each worker of the teams in scope was at in the window, with their minutes: a
 * joint visit counts in full for each worker present, since each gave that time. Workers with no
 * contacts are included, with zeros.
 */
export async function queryWorkerContactTime(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<WorkerContactTime[]> {
  const b = windowBounds(window);
  const rows = await rawRows<WorkerTimeRow>(
    db,
    sql`
    with workers as (select w.id, w.name, w.team_id from worker w join team t on t.id = w.team_id where ${scopeCondition(scope, sql`w.team_id`)}),
    visits as (
      select cw.worker_id, count(*)::int as contacts, coalesce(sum(c.duration_minutes), 0)::int as contact_minutes,
        coalesce(sum(c.admin_minutes), 0)::int as admin_minutes, count(*) filter (where c.beyond_routine)::int as beyond_routine
      from contact_worker cw join contact c on c.id = cw.contact_id
      where cw.worker_id in (select id from workers)
        and c.occurred_at >= ${b.fromInstant}::timestamptz and c.occurred_at < ${b.toExclusiveInstant}::timestamptz
      group by cw.worker_id
    )
    select w.id as worker_id, w.name as worker_name, w.team_id,
      coalesce(v.contacts, 0) as contacts, coalesce(v.contact_minutes, 0) as contact_minutes,
      coalesce(v.admin_minutes, 0) as admin_minutes, coalesce(v.beyond_routine, 0) as beyond_routine_contacts
    from workers w left join visits v on v.worker_id = w.id
    order by w.name, w.id`,
  );
  return rows.map((row) => ({
    workerId: row.worker_id,
    workerName: row.worker_name,
    teamId: row.team_id,
    contacts: Number(row.contacts),
    contactMinutes: Number(row.contact_minutes),
    adminMinutes: Number(row.admin_minutes),
    beyondRoutineContacts: Number(row.beyond_routine_contacts),
  }));
}
