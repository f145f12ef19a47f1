import { all, dateRange, type InstantRange, pageSize, single, type QueryValues } from '../fhir/search-parameters';
import { readCursor, writeCursor } from './fhir-search';

/*
 * Searches over a person's records that a use case returns whole (jobs, enrolments): the `date`
 * search against a period, `_lastUpdated` against when the record last changed, and paging with `_count` and a next link (ADR 0047).
 */

/** A record's place in a search: newest first by when it started, then by id. */
export interface PageKey {
  occurredAt: Date;
  id: string;
}

/**
 * Whether a period overlaps the instants a `date` search allows, as R4 compares a date with a
 * period: a period still open has no end. `end` is exclusive.
 */
export function overlaps(period: { start: Date; end: Date | null }, range: InstantRange): boolean {
  return (
    (!range.until || period.start < range.until) && (!range.from || period.end === null || period.end > range.from)
  );
}

/** The `date` parameters of a search as a range. */
export const dateSearch = (query: QueryValues): InstantRange =>
  dateRange(query.date === undefined ? [] : [query.date].flat());

/** The `_lastUpdated` parameters of a search as a range, with the prefixes of `date`. */
export const lastUpdatedSearch = (query: QueryValues): InstantRange => dateRange(all(query, '_lastUpdated'));

/** Whether an instant is within a range; `until` is exclusive. */
export const within = (at: Date, range: InstantRange): boolean =>
  (!range.from || at >= range.from) && (!range.until || at < range.until);

/** What `_count` and `_cursor` ask for, read before anything is, so a bad one is a 400 that reads nothing. */
export interface PageRequest {
  count: number;
  after: PageKey | null;
}

export function pageRequest(query: QueryValues): PageRequest {
  const cursor = single(query, '_cursor');
  const after = cursor ? readCursor(cursor) : null;
  return { count: pageSize(query), after: after ? { occurredAt: after.occurredAt, id: after.id! } : null };
}

/** The page asked for, of records in any order, and the cursor of the next page. */
export function listPage<T>(
  { count, after }: PageRequest,
  records: readonly T[],
  keyOf: (record: T) => PageKey,
): { page: T[]; next: string | null } {
  const newestFirst = (a: PageKey, b: PageKey) =>
    b.occurredAt.getTime() - a.occurredAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
  const sorted = [...records].sort((a, b) => newestFirst(keyOf(a), keyOf(b)));
  const rest = after ? sorted.filter((r) => newestFirst(keyOf(r), after) > 0) : sorted;
  const page = rest.slice(0, count);
  const last = page.at(-1);
  return { page, next: last && rest.length > count ? writeCursor(keyOf(last)) : null };
}

/** The start of a day (YYYY-MM-DD) in UTC; the day after it, for a period's exclusive end. */
export const dayStart = (day: string): Date => new Date(`${day}T00:00:00Z`);
export const dayAfter = (day: string): Date => new Date(dayStart(day).getTime() + 86_400_000);
