import { createBulkExportPages } from './bulk-export-pages';
import { sql } from 'drizzle-orm';
import type {
  AnalyticsReader,
  AnalyticsScope,
  AnalyticsWindow,
  PersonContinuityFigures,
} from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { isNarrowScope, type PersonRange } from './analytics-sql';
import { queryPersonContinuity, type PersonContinuityOptions } from './continuity-queries';
import { queryPersonRelationshipFigures } from './relationship-figures-queries';
import {
  queryPseudonymisedCareTeamPeriods,
  queryPseudonymisedContacts,
  queryPseudonymisedFeedback,
  queryPseudonymisedRatings,
} from './pseudonymised-export';
import { queryPseudonymisedIpsJobs, queryPseudonymisedIpsReferrals } from './pseudonymised-ips-export';
import { queryTeamSafetyPlanCounts } from './safety-plan-figures-queries';
import { queryFormulationDiscussions } from './risk-discussion-figures-queries';
import { queryCoordinatorChanges } from './coordinator-change-figures-queries';
import { queryCaseloadSizes, queryTeamServiceCounts, queryWorkerContactTime } from './service-figures-queries';
import { createWindowCache } from './window-cache';

export interface AnalyticsReaderOptions {
  /**
   * How many queries for whole-organisation continuity run side by side on the connection pool:
   * one per core of the database server is right. 1 on PGlite, which has one connection.
   */
  parallelism?: number;
  /**
   * People per query for whole-organisation continuity, so that each query's joins and sorts fit
   * in `workMem` however large the service grows.
   */
  peoplePerQuery?: number;
  /** How long whole-organisation figures are reused before they are worked out again; 0 never reuses them. */
  cacheTtlMs?: number;
  /** Memory per sort and hash in the analytics queries, so that they run in memory rather than on disk. */
  workMem?: string;
}

/** Enough for the sorts and hashes of a slice of 12,500 people to stay in memory. */
export const DEFAULT_WORK_MEM = '64MB';

/**
 * The analytics queries over one database (or a read replica). Whole-organisation figures, which
 * take seconds at scale, are cached for `cacheTtlMs` and worked out at most once at a time; a
 * team's or a site's figures are always fresh.
 */
export function createAnalyticsReader(db: Database, options: AnalyticsReaderOptions = {}): AnalyticsReader {
  const parallelism = Math.max(1, options.parallelism ?? 1);
  const peoplePerQuery = Math.max(1, options.peoplePerQuery ?? 12_500);
  const workMem = options.workMem ?? DEFAULT_WORK_MEM;
  const cache = createWindowCache(options.cacheTtlMs ?? 0);
  const continuity = (window: AnalyticsWindow, scope: AnalyticsScope, opts: PersonContinuityOptions = {}) =>
    isNarrowScope(scope)
      ? withWorkMem(db, workMem, (tx) => queryPersonContinuity(tx, window, scope, opts))
      : cache.get(`continuity:${opts.onlyWithContacts === true}`, window, () =>
          wholeOrganisation(db, window, opts, { parallelism, peoplePerQuery, workMem }),
        );
  return {
    personContinuity: continuity,
    teamServiceCounts: (window, scope) =>
      isNarrowScope(scope)
        ? queryTeamServiceCounts(db, window, scope)
        : cache.get('service', window, () => queryTeamServiceCounts(db, window, scope)),
    teamSafetyPlanCounts: (window, scope) => queryTeamSafetyPlanCounts(db, window, scope),
    formulationDiscussions: (window, scope) => queryFormulationDiscussions(db, window, scope),
    coordinatorChanges: (window, scope) => queryCoordinatorChanges(db, window, scope),
    caseloadSizes: (window, scope) => queryCaseloadSizes(db, window, scope),
    workerContactTime: (window, scope) => queryWorkerContactTime(db, window, scope),
    personRelationshipFigures: (window, scope) =>
      isNarrowScope(scope)
        ? queryPersonRelationshipFigures(db, window, scope)
        : cache.get('relationship', window, () => queryPersonRelationshipFigures(db, window, scope)),
    pseudonymisedContacts: (window, scope, limit) => queryPseudonymisedContacts(db, window, scope, limit),
    pseudonymisedCareTeamPeriods: (window, scope, limit) => queryPseudonymisedCareTeamPeriods(db, window, scope, limit),
    pseudonymisedRatings: (window, scope, limit) => queryPseudonymisedRatings(db, window, scope, limit),
    pseudonymisedFeedback: (window, scope, limit) => queryPseudonymisedFeedback(db, window, scope, limit),
    bulkExportPage: createBulkExportPages(db),
    pseudonymisedIpsReferrals: (window, scope, limit) => queryPseudonymisedIpsReferrals(db, window, scope, limit),
    pseudonymisedIpsJobs: (window, scope, limit) => queryPseudonymisedIpsJobs(db, window, scope, limit),
    reuse: (what, window, compute) => cache.get(`derived:${what}`, window, compute),
  };
}

/** Every person's continuity, as queries over slices of people by id, `parallelism` at a time, joined in id order. */
async function wholeOrganisation(
  db: Database,
  window: AnalyticsWindow,
  options: PersonContinuityOptions,
  limits: { parallelism: number; peoplePerQuery: number; workMem: string },
): Promise<PersonContinuityFigures[]> {
  const ranges = await personRanges(db, limits.parallelism, limits.peoplePerQuery);
  const parts = await inTurn(ranges, limits.parallelism, (range) =>
    db.transaction(async (tx) => {
      await useSliceSettings(tx as unknown as Database, limits.workMem);
      return queryPersonContinuity(tx as unknown as Database, window, {}, { ...options, range });
    }),
  );
  return parts.flat();
}

/** The planner settings, for the rest of a transaction, that one slice of whole-organisation continuity runs with. */
export async function useSliceSettings(tx: Database, workMem: string): Promise<void> {
  await tx.execute(sql.raw(`set local work_mem = '${safeSetting(workMem)}'`));
  // Each slice runs on one core: the slices are the parallelism, so PostgreSQL's own parallel
  // workers would only compete with them (and leave the window functions to one process).
  await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
  // The per-person results are joined to the slice's people by id. PostgreSQL guesses 200 rows for
  // each of them, and a nested loop chosen on that guess would compare every person with every other.
  await tx.execute(sql`set local enable_nestloop = off`);
  // Compiling the query's expressions takes longer than it saves: most of the time goes on reading
  // the index and the window function, which are not compiled.
  await tx.execute(sql`set local jit = off`);
}

/**
 * Splits people by id into slices of at most `peoplePerQuery`, and at least `parallelism` of
 * them, in id order; one open slice when there is no need to split.
 */
export async function personRanges(
  db: Database,
  parallelism: number,
  peoplePerQuery = Number.MAX_SAFE_INTEGER,
): Promise<PersonRange[]> {
  const rows = await rawRows<{ id: string }>(
    db,
    sql`
    select id from (select id, row_number() over (order by id) as n, count(*) over () as total from person) numbered
    where n > 1 and (n - 1) % greatest(least(${peoplePerQuery}, ceil(total::float8 / ${parallelism})::int), 1) = 0
    order by id`,
  );
  const bounds = rows.map((row) => row.id);
  return [...bounds, undefined].map((to, i) => ({ from: i === 0 ? undefined : bounds[i - 1], to }));
}

/** Runs `work` on every item, at most `limit` at a time, keeping the results in the items' order. */
async function inTurn<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

/** Runs read-only work in a transaction with more sort memory than the server's default (`set local` ends with it). */
async function withWorkMem<T>(db: Database, workMem: string, work: (tx: Database) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local work_mem = '${safeSetting(workMem)}'`));
    return work(tx as unknown as Database);
  });
}

/** A memory setting such as 64MB, with anything else removed, since SET takes no parameters. */
const safeSetting = (value: string): string => value.replace(/[^0-9A-Za-z]/g, '');
