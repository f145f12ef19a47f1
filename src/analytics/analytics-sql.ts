import { sql, type SQL } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow } from '../services/analytics/ports';

/** The window as the SQL needs it: dates for memberships and reviews, UTC instants for contacts. */
export interface WindowBounds {
  from: string;
  to: string;
  /** The day after `to`: the half-open end [from, toExclusive). */
  toExclusive: string;
  fromInstant: string;
  toExclusiveInstant: string;
}

/** Turns an inclusive window of days into half-open bounds (ADR 0005: periods are half-open). */
export function windowBounds(window: AnalyticsWindow): WindowBounds {
  const next = new Date(`${window.to}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  const toExclusive = next.toISOString().slice(0, 10);
  return {
    from: window.from,
    to: window.to,
    toExclusive,
    fromInstant: `${window.from}T00:00:00Z`,
    toExclusiveInstant: `${toExclusive}T00:00:00Z`,
  };
}

/** True when the scope names teams or a site; false for the whole organisation. */
export const isNarrowScope = (scope: AnalyticsScope): boolean =>
  scope.teamIds !== undefined || scope.siteId !== undefined;

/**
 * A condition that keeps the rows in scope, given the column holding their team (by default
 * `p.team_id` of `person p`) and a `team t` joined on it. An empty list of teams keeps nothing.
 */
export function scopeCondition(scope: AnalyticsScope, teamColumn: SQL = sql`p.team_id`): SQL {
  const conditions: SQL[] = [sql`true`];
  if (scope.teamIds !== undefined) {
    conditions.push(
      scope.teamIds.length === 0
        ? sql`false`
        : sql`${teamColumn} in (${sql.join(
            scope.teamIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})`,
    );
  }
  if (scope.siteId !== undefined) conditions.push(sql`t.site_id = ${scope.siteId}::uuid`);
  return sql.join(conditions, sql` and `);
}

/** A slice of people by id, [from, to), so that one large query can run as several side by side. */
export interface PersonRange {
  from?: string;
  to?: string;
}

/** `and <column> >= from and <column> < to`, or nothing for an open range. */
export function rangeCondition(column: SQL, range: PersonRange = {}): SQL {
  const conditions: SQL[] = [];
  if (range.from !== undefined) conditions.push(sql`and ${column} >= ${range.from}::uuid`);
  if (range.to !== undefined) conditions.push(sql`and ${column} < ${range.to}::uuid`);
  return sql.join(conditions, sql` `);
}

/**
 * `and <column> in (people in scope)` plus the range, or only the range for the whole
 * organisation, so that the planner can read everything in one pass.
 */
export function personFilter(column: SQL, scope: AnalyticsScope, range: PersonRange = {}): SQL {
  const inScope = isNarrowScope(scope)
    ? sql`and ${column} in (select p.id from person p join team t on t.id = p.team_id where ${scopeCondition(scope)})`
    : sql``;
  return sql`${inScope} ${rangeCondition(column, range)}`;
}
