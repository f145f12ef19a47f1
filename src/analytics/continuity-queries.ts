import { sql, type SQL } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow, PersonContinuityFigures } from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import {
  personFilter,
  rangeCondition,
  scopeCondition,
  windowBounds,
  type PersonRange,
  type WindowBounds,
} from './analytics-sql';

// Continuity of care in SQL, so that 100,000 people's indices come from one pass over the
// contacts rather than millions of rows sent to Node. The formulas are those of
// src/domain/continuity (sources cited there); a property test checks that both give the same
// numbers. Every division is of exact integers in float8, as in the domain code, so the results
// agree to the last bit.

/**
 * Per person and worker: n_ij, the visits of person i to worker j in the window, and how many of
 * them directly followed a visit to the same worker (for SECON). A contact with several workers
 * present is one visit to each. Visits are put in time order with ties broken by worker id, as
 * `orderContacts` does: uuid order is the order of the lower-case text.
 *
 * Each visit carries its contact's person and time, so the window's visits come from
 * contact_worker_person_time_idx alone, already in the order lag() needs: no join with the
 * contact table and no sort, for the whole organisation and for a team or a site alike.
 *
 * lag() ignores the frame, but the default frame (RANGE, to the current row's last peer) makes the
 * window compare every visit's time and worker with the next to find peers; a ROWS frame needs no
 * such comparison, which takes about a tenth off this, the query's largest step.
 */
function perWorker(bounds: WindowBounds, scope: AnalyticsScope, range: PersonRange): SQL {
  return sql`
    visits as (
      select cw.person_id, cw.worker_id,
        (cw.worker_id = lag(cw.worker_id) over (
          partition by cw.person_id order by cw.occurred_at, cw.worker_id rows between 1 preceding and current row))::int as follows_same
      from contact_worker cw
      where cw.occurred_at >= ${bounds.fromInstant}::timestamptz and cw.occurred_at < ${bounds.toExclusiveInstant}::timestamptz
        ${personFilter(sql`cw.person_id`, scope, range)}
    ),
    per_worker as (
      select person_id, worker_id, count(*)::int as n, coalesce(sum(follows_same), 0)::int as same_pairs
      from visits group by person_id, worker_id
    )`;
}

/** The care coordinator on the window's last day: the latest to start, then the lower worker id (`careCoordinatorOn`). */
function coordinatorAtEnd(bounds: WindowBounds, scope: AnalyticsScope, range: PersonRange): SQL {
  return sql`
    coordinator_at_end as (
      select distinct on (m.person_id) m.person_id, m.worker_id
      from care_team_membership m
      where m.role = 'care_coordinator' and m.starts_on <= ${bounds.to}::date and (m.ends_on is null or m.ends_on > ${bounds.to}::date)
        ${personFilter(sql`m.person_id`, scope, range)}
      order by m.person_id, m.starts_on desc, m.worker_id
    )`;
}

/** N, K, Σn², max n, same pairs and visits with the coordinator, per person. */
const perPerson = sql`
    per_person as (
      select w.person_id, sum(w.n)::int as total, count(*)::int as workers, sum(w.n * w.n)::float8 as squares,
        max(w.n)::int as top, sum(w.same_pairs)::int as same_pairs,
        coalesce(max(w.n) filter (where w.worker_id = e.worker_id), 0)::int as with_coordinator
      from per_worker w left join coordinator_at_end e on e.person_id = w.person_id
      group by w.person_id
    )`;

/**
 * Care-coordinator history in the window, as `countCareCoordinators`,
 * `countCareCoordinatorChanges` and `daysWithoutCareCoordinator` define it.
 */
function coordinatorHistory(bounds: WindowBounds, scope: AnalyticsScope, range: PersonRange): SQL {
  return sql`
    coordinator_memberships as (
      select m.person_id, m.worker_id, m.starts_on, m.ends_on from care_team_membership m
      where m.role = 'care_coordinator' and m.starts_on < ${bounds.toExclusive}::date ${personFilter(sql`m.person_id`, scope, range)}
    ),
    spells as (
      select person_id, worker_id, starts_on, ends_on,
        lag(worker_id) over (partition by person_id order by starts_on, ends_on nulls last, worker_id) as previous_worker
      from coordinator_memberships where ends_on is null or ends_on > starts_on
    ),
    coordinator_changes as (
      select person_id, count(*)::int as changes from spells
      where starts_on >= ${bounds.from}::date and previous_worker <> worker_id group by person_id
    ),
    coordinator_counts as (
      select person_id, count(distinct worker_id)::int as coordinators from coordinator_memberships
      where ends_on is null or ends_on > ${bounds.from}::date group by person_id
    ),
    in_service as (
      select p.id as person_id, greatest(${bounds.from}::date, p.joined_on) as from_day,
        least(${bounds.toExclusive}::date, coalesce(p.discharged_on, ${bounds.toExclusive}::date)) as to_day
      from person p where true ${personFilter(sql`p.id`, scope, range)}
    ),
    coverage as (
      select person_id, sum(upper(r) - lower(r))::int as covered_days from (
        select s.person_id, unnest(range_agg(daterange(greatest(s.starts_on, i.from_day), greatest(greatest(s.starts_on, i.from_day), least(coalesce(s.ends_on, i.to_day), i.to_day))))) as r
        from spells s join in_service i on i.person_id = s.person_id
        where s.ends_on is null or s.ends_on > i.from_day group by s.person_id
      ) merged group by person_id
    )`;
}

/** The indices from the per-person sums; the same formulas, edge cases and nulls as the domain functions. */
function indices(bounds: WindowBounds): SQL {
  return sql`
    coalesce(pp.total, 0) as contacts, coalesce(pp.workers, 0) as workers,
    pp.top::float8 / pp.total as upc,
    case when e.worker_id is not null and pp.total > 0 then pp.with_coordinator::float8 / pp.total end as upc_care_coordinator,
    case when pp.total >= 2 then (pp.squares - pp.total) / (pp.total::float8 * (pp.total - 1)) end as coc,
    case when pp.total >= 2 then pp.same_pairs::float8 / (pp.total - 1) end as secon,
    (1 - pp.workers / (pp.total + 0.1::float8)) / (1 - 1 / (pp.total + 0.1::float8)) as mmci,
    pp.squares / (pp.total::float8 * pp.total) as hhi,
    e.worker_id as care_coordinator_id,
    coalesce(cc.coordinators, 0) as care_coordinators,
    coalesce(ch.changes, 0) as care_coordinator_changes,
    greatest(least(${bounds.toExclusive}::date, coalesce(p.discharged_on, ${bounds.toExclusive}::date)) - greatest(${bounds.from}::date, p.joined_on), 0)
      - coalesce(cv.covered_days, 0) as days_without_care_coordinator`;
}

interface Row extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  contacts: number;
  workers: number;
  upc: number | null;
  upc_care_coordinator: number | null;
  coc: number | null;
  secon: number | null;
  mmci: number | null;
  hhi: number | null;
  care_coordinator_id: string | null;
  care_coordinators: number;
  care_coordinator_changes: number;
  days_without_care_coordinator: number;
}

export interface PersonContinuityOptions {
  /** Leave out people with no contact in the window. */
  onlyWithContacts?: boolean;
  /** Only the people whose ids fall in this range. */
  range?: PersonRange;
}

/** The query behind `queryPersonContinuity`, exposed so that a benchmark can EXPLAIN it. */
export function personContinuitySql(
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  options: PersonContinuityOptions = {},
): SQL {
  const bounds = windowBounds(window);
  const range = options.range ?? {};
  return sql`
    with ${perWorker(bounds, scope, range)}, ${coordinatorAtEnd(bounds, scope, range)}, ${perPerson}, ${coordinatorHistory(bounds, scope, range)}
    select p.id as person_id, p.team_id, t.site_id, ${indices(bounds)}
    from person p join team t on t.id = p.team_id
    ${options.onlyWithContacts ? sql`join` : sql`left join`} per_person pp on pp.person_id = p.id
    left join coordinator_at_end e on e.person_id = p.id
    left join coordinator_counts cc on cc.person_id = p.id
    left join coordinator_changes ch on ch.person_id = p.id
    left join coverage cv on cv.person_id = p.id
    where ${scopeCondition(scope)} ${rangeCondition(sql`p.id`, range)}
    order by p.id`;
}

/** Every continuity figure for each person in scope, in one query, ordered by person id. */
export async function queryPersonContinuity(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  options: PersonContinuityOptions = {},
): Promise<PersonContinuityFigures[]> {
  return (await rawRows<Row>(db, personContinuitySql(window, scope, options))).map(toFigures);
}

const toFigures = (row: Row): PersonContinuityFigures => ({
  personId: row.person_id,
  teamId: row.team_id,
  siteId: row.site_id,
  contacts: Number(row.contacts),
  workers: Number(row.workers),
  upc: row.upc,
  upcCareCoordinator: row.upc_care_coordinator,
  coc: row.coc,
  secon: row.secon,
  mmci: row.mmci,
  hhi: row.hhi,
  careCoordinatorId: row.care_coordinator_id,
  careCoordinators: Number(row.care_coordinators),
  careCoordinatorChanges: Number(row.care_coordinator_changes),
  daysWithoutCareCoordinator: Number(row.days_without_care_coordinator),
});
