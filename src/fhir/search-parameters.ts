/**
 * FHIR search parameters as Tandem reads them (https://hl7.org/fhir/R4/search.html): which are known
 * for each resource type, dates with their prefixes, `_count`, and the rule that an unknown parameter is
 * an error unless the client asked for lenient handling.
 */

/** Parameters every search may carry; `_format` only as JSON. */
export const COMMON_PARAMETERS = ['_count', '_format', '_cursor'];

export class SearchParameterError extends Error {
  override name = 'SearchParameterError';
}

export type QueryValues = Record<string, string | string[] | undefined>;

/** The first value of a parameter, or undefined; repeated values are refused where only one makes sense. */
export function single(query: QueryValues, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) {
    if (value.length > 1) throw new SearchParameterError(`The search parameter ${name} may be given once.`);
    return value[0];
  }
  return value;
}

export function all(query: QueryValues, name: string): string[] {
  const value = query[name];
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Refuses parameters this resource type does not support, unless `Prefer: handling=lenient`, in which
 * case they are ignored (and the self link leaves them out, as the specification asks).
 */
export function checkKnownParameters(query: QueryValues, known: readonly string[], lenient: boolean): QueryValues {
  const accepted: QueryValues = {};
  for (const [name, value] of Object.entries(query)) {
    const base = name.split(':')[0] ?? name;
    if (known.includes(name) || COMMON_PARAMETERS.includes(name)) accepted[name] = value;
    else if (!lenient) {
      throw new SearchParameterError(
        `The search parameter ${base} is not supported here. Supported: ${[...known, '_count'].join(', ')}.`,
      );
    }
  }
  const format = single(accepted, '_format');
  if (format !== undefined && !['json', 'application/json', 'application/fhir+json'].includes(format)) {
    throw new SearchParameterError('Only JSON is served: _format=json.');
  }
  return accepted;
}

export const DEFAULT_COUNT = 50;
export const MAX_COUNT = 100;

/** `_count`: a whole number from 0; larger than the most a page holds is served as the most. */
export function pageSize(query: QueryValues): number {
  const raw = single(query, '_count');
  if (raw === undefined) return DEFAULT_COUNT;
  if (!/^\d{1,6}$/.test(raw)) throw new SearchParameterError('_count must be a whole number, such as 20.');
  return Math.min(Number(raw), MAX_COUNT);
}

/** A reference to a person in `patient` or `subject`: `Patient/ID` or `ID`. */
export function patientReference(query: QueryValues): string | undefined {
  const values = [...all(query, 'patient'), ...all(query, 'subject')];
  if (values.length === 0) return undefined;
  if (new Set(values).size > 1) throw new SearchParameterError('Search for one person at a time.');
  const id = values[0]!.replace(/^Patient\//, '');
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new SearchParameterError(`${values[0]} is not a reference to a Patient.`);
  return id.toLowerCase();
}

/** The instants a set of `date` parameters allows: from (inclusive) and until (exclusive). */
export interface InstantRange {
  from: Date | null;
  until: Date | null;
}

/**
 * Reads `date` parameters with the prefixes eq, ge, gt, le, lt (eq by default) and precision from a year
 * to a second: `ge2026-01` is from the first of January 2026; `lt2026-07-01` before the first of July.
 */
export function dateRange(values: string[]): InstantRange {
  let from: Date | null = null;
  let until: Date | null = null;
  const later = (a: Date | null, b: Date) => (a && a > b ? a : b);
  const earlier = (a: Date | null, b: Date) => (a && a < b ? a : b);
  for (const value of values) {
    const match =
      /^(eq|ge|gt|le|lt)?(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?)$/.exec(
        value,
      );
    if (!match) {
      throw new SearchParameterError(
        `${value} is not a date search: use a prefix (ge, gt, le, lt, eq) and a date such as ge2026-01-31.`,
      );
    }
    const prefix = match[1] ?? 'eq';
    const { start, end } = dateBounds(match[2]!);
    if (prefix === 'eq') {
      from = later(from, start);
      until = earlier(until, end);
    } else if (prefix === 'ge') from = later(from, start);
    else if (prefix === 'gt') from = later(from, end);
    else if (prefix === 'lt') until = earlier(until, start);
    else until = earlier(until, end);
  }
  return { from, until };
}

/** The instants a date of some precision covers: [start, end). */
function dateBounds(text: string): { start: Date; end: Date } {
  const parts = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?(T.*)?$/.exec(text)!;
  const [year, month, day, time] = [Number(parts[1]), parts[2], parts[3], parts[4]];
  if (time) {
    const start = new Date(`${text}`);
    if (Number.isNaN(start.getTime())) throw new SearchParameterError(`${text} is not a real instant.`);
    const step = /:\d{2}:\d{2}/.test(time) ? 1_000 : 60_000;
    return { start, end: new Date(start.getTime() + step) };
  }
  if (!month) return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1) };
  const m = Number(month) - 1;
  if (m > 11) throw new SearchParameterError(`${text} is not a real date.`);
  if (!day) return { start: utc(year, m, 1), end: utc(year, m + 1, 1) };
  const start = utc(year, m, Number(day));
  if (start.getUTCMonth() !== m || start.getUTCDate() !== Number(day)) {
    throw new SearchParameterError(`${text} is not a real date.`);
  }
  return { start, end: utc(year, m, Number(day) + 1) };
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/**
 * The codes of a token search (`system|code`, `|code` or `code`, comma-separated for "any of"); a
 * system other than the one Tandem uses for this parameter is refused.
 */
export function tokenValues(value: string, system: string, name: string): string[] {
  return value.split(',').map((token) => {
    const bar = token.indexOf('|');
    if (bar === -1) return token;
    if (bar > 0 && token.slice(0, bar) !== system) {
      throw new SearchParameterError(`${name} codes are of the system ${system}.`);
    }
    return token.slice(bar + 1);
  });
}
