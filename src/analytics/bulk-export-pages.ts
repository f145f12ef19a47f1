import { Param, sql, type SQL } from 'drizzle-orm';
import type {
  BulkExportType,
  ExportedCareTeam,
  ExportedEncounter,
  ExportedPatient,
} from '../domain/bulk-export/bulk-export-rules';
import type { BulkExportFile, BulkExportReader, BulkExportScope } from '../services/bulk-export/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition } from './analytics-sql';
import { loadPseudonymKey } from './pseudonym-key';
import { createPseudonymiser, shiftDate, shiftInstant, type Pseudonymiser } from './pseudonymiser';

// Files of pseudonymised records for a FHIR Bulk Data export, with the research exports' rules: no
// names, no free text, keyed pseudonyms, each person's dates shifted by their own number of days,
// people who opted out of research left out. Files follow real ids in pages (a keyset the client
// never sees); within a file records are sorted by pseudonym, so a file does not give away the order
// people were registered in beyond the page it is in (decision 0044).
//
// A file is laid out first: one statement returns how many records the page holds, its last id and
// the people in it, whose pseudonyms give each person a rank; a second has the database sort the
// page's keys by rank (and, for contacts, by time) and returns the keys alone. The records are then
// read a slice of keys at a time, so the server holds the page's keys and one slice of records,
// never the whole page (decision 0052). The order is the one sorting the whole page by pseudonym
// gave: rank, then time, then id.
//
// `_since` takes a person or a membership that changed since (`updated_at`, ADR 0055), and a contact
// written since: contacts do not change once recorded.

type PageInput = Parameters<BulkExportReader['page']>[1];
type Files = { [T in BulkExportType]: (input: PageInput, p: Pseudonymiser) => Promise<BulkExportFile<T> | null> };

export function createBulkExportPages(db: Database): BulkExportReader['page'] {
  let pseudonymiser: Pseudonymiser | null = null;
  const pseudonyms = async () => (pseudonymiser ??= createPseudonymiser(await loadPseudonymKey(db)));
  const byType: Files = {
    Patient: (input, p) => patients(db, input, p),
    Encounter: (input, p) => encounters(db, input, p),
    CareTeam: (input, p) => careTeams(db, input, p),
  };
  return async <T extends BulkExportType>(type: T, input: PageInput) =>
    (byType[type] as Files[T])(input, await pseudonyms());
}

const scoped = (scope: BulkExportScope) => scopeCondition(scope.teamIds ? { teamIds: scope.teamIds } : {});
const afterId = (column: ReturnType<typeof sql.raw>, after: string | null) =>
  after ? sql`and ${column} > ${after}::uuid` : sql``;
const until = (column: ReturnType<typeof sql.raw>, input: PageInput) =>
  sql`${column} <= ${input.until.toISOString()}::timestamptz`;
const since = (column: ReturnType<typeof sql.raw>, input: PageInput) =>
  input.since ? sql`and ${column} > ${input.since.toISOString()}::timestamptz` : sql``;

interface Layout {
  count: number;
  last: string;
  /** The page's people, and each one's rank: the place of their pseudonym among the page's. */
  people: Param;
  ranks: Param;
  shifts: Param;
}

/** How one type's files are read: its page, the page's order, and a slice of its records by key. */
interface FileQueries<R extends Record<string, unknown>, T> {
  /** The page: `key` in the keyset's order, and the `person_id` each record belongs to. */
  page: SQL;
  /** The page's keys (`key`), in the file's order, given each person's rank (`r.rank`, `r.shift`). */
  order: (ranked: SQL, layout: Layout) => SQL;
  /** The records of some keys (`k.id`), in the order the keys are given (`k.n`). */
  slice: (keys: SQL) => SQL;
  map: (rows: R[]) => T[];
}

/**
 * One file: a statement lays it out (how many records, its last key, its people, whose pseudonyms
 * give each a rank; people whose pseudonyms are equal share a rank, as they shared a place when the
 * page was sorted whole), a second has the database sort its keys by rank, and the records are then
 * read a slice of keys at a time. Null when the page is empty.
 */
async function file<R extends Record<string, unknown>, T>(
  db: Database,
  p: Pseudonymiser,
  queries: FileQueries<R, T>,
): Promise<{ count: number; last: string; slices: (size: number) => AsyncGenerator<T[]> } | null> {
  const [row] = await rawRows<{ count: number; last: string | null; people: string[] }>(
    db,
    sql`
    with page as (${queries.page})
    select (select count(*)::int from page) as count,
           (select key::text from page order by key desc limit 1) as last,
           array(select distinct person_id::text from page) as people`,
  );
  if (!row || row.last === null || row.count === 0) return null;
  const named = row.people
    .map((id) => ({ id, pseudonym: p.person(id) }))
    .sort((a, b) => (a.pseudonym < b.pseudonym ? -1 : a.pseudonym > b.pseudonym ? 1 : 0));
  const ranks: number[] = [];
  named.forEach((person, i) => ranks.push(i > 0 && named[i - 1]!.pseudonym === person.pseudonym ? ranks[i - 1]! : i));
  const layout: Layout = {
    count: Number(row.count),
    last: row.last,
    people: new Param(named.map((person) => person.id)),
    ranks: new Param(ranks),
    shifts: new Param(named.map((person) => p.shiftDays(person.id))),
  };
  const ranked = sql`unnest(${layout.people}::uuid[], ${layout.ranks}::int[], ${layout.shifts}::int[]) as r(person_id, rank, shift)`;
  const [ordered] = await rawRows<{ keys: string[] }>(db, sql`select array(${queries.order(ranked, layout)}) as keys`);
  const keys = ordered?.keys ?? [];
  async function* slices(size: number): AsyncGenerator<T[]> {
    for (let from = 0; from < keys.length; from += size) {
      const rows = await rawRows<R>(
        db,
        queries.slice(sql`unnest(${new Param(keys.slice(from, from + size))}::uuid[]) with ordinality as k(id, n)`),
      );
      if (rows.length > 0) yield queries.map(rows);
    }
  }
  return { count: layout.count, last: layout.last, slices };
}

const inPage = (column: ReturnType<typeof sql.raw>, input: PageInput, layout: Layout) =>
  sql`${afterId(column, input.after)} and ${column} <= ${layout.last}::uuid`;

interface PersonRow extends Record<string, unknown> {
  id: string;
  team_id: string;
  site_id: string;
  joined_on: string;
}

const personFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out and ${until(sql.raw('p.created_at'), input)}
      ${since(sql.raw('p.updated_at'), input)}`;

function patients(db: Database, input: PageInput, p: Pseudonymiser): Promise<BulkExportFile<'Patient'> | null> {
  return file<PersonRow, ExportedPatient>(db, p, {
    page: sql`
    select p.id as key, p.id as person_id
      from person p join team t on t.id = p.team_id
     where ${personFilter(input)} ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
    order: (ranked, layout) => sql`
    select p.id::text from person p join team t on t.id = p.team_id join ${ranked} on r.person_id = p.id
     where ${personFilter(input)} ${inPage(sql.raw('p.id'), input, layout)}
     order by r.rank, p.id`,
    slice: (keys) => sql`
    select p.id, p.team_id, t.site_id, p.joined_on::text as joined_on
      from ${keys} join person p on p.id = k.id join team t on t.id = p.team_id
     order by k.n`,
    map: (rows) =>
      rows.map((row) => ({
        person: p.person(row.id),
        team: p.team(row.team_id),
        site: p.site(row.site_id),
        joinedOn: shiftDate(row.joined_on, p.shiftDays(row.id)),
      })),
  });
}

interface ContactRow extends Record<string, unknown> {
  id: string;
  person_id: string;
  team_id: string;
  worker_ids: string[] | null;
  occurred_at: string | Date;
  duration_minutes: number;
  mode: string;
  kind: string;
}

/** A pseudonym or shift remembered for one slice: a slice's contacts share a few people, workers and teams. */
function remembered<T>(of: (id: string) => T): (id: string) => T {
  const seen = new Map<string, T>();
  return (id) => {
    const known = seen.get(id);
    if (known !== undefined) return known;
    const value = of(id);
    seen.set(id, value);
    return value;
  };
}

const contactFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out and ${until(sql.raw('c.created_at'), input)}
      ${since(sql.raw('c.created_at'), input)}`;

function encounters(db: Database, input: PageInput, p: Pseudonymiser): Promise<BulkExportFile<'Encounter'> | null> {
  return file<ContactRow, ExportedEncounter>(db, p, {
    page: sql`
    select c.id as key, c.person_id
      from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id
     where ${contactFilter(input)} ${afterId(sql.raw('c.id'), input.after)}
     order by c.id
     limit ${input.limit}`,
    // Within a person, by the shifted instant to the millisecond (the precision of a JavaScript
    // date), then by id: the order the whole page sorted by pseudonym and shifted instant had.
    order: (ranked, layout) => sql`
    select c.id::text
      from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id join ${ranked} on r.person_id = c.person_id
     where ${contactFilter(input)} ${inPage(sql.raw('c.id'), input, layout)}
     order by r.rank, date_trunc('milliseconds', c.occurred_at) + make_interval(secs => r.shift * 86400), c.id`,
    slice: (keys) => sql`
    select c.id, c.person_id, p.team_id, c.occurred_at, c.duration_minutes, c.mode, c.kind,
      (select array_agg(cw.worker_id::text) from contact_worker cw where cw.contact_id = c.id and cw.person_id = c.person_id) as worker_ids
      from ${keys} join contact c on c.id = k.id join person p on p.id = c.person_id
     order by k.n`,
    map: (rows) => {
      // Fewer keyed hashes: each makes short-lived native buffers.
      const person = remembered(p.person);
      const team = remembered(p.team);
      const worker = remembered(p.worker);
      const shiftDays = remembered(p.shiftDays);
      return rows.map((row) => ({
        contact: p.contact(row.id),
        person: person(row.person_id),
        team: team(row.team_id),
        workers: (row.worker_ids ?? []).map((id) => worker(id)).sort(),
        occurredAt: shiftInstant(new Date(row.occurred_at), shiftDays(row.person_id)),
        durationMinutes: Number(row.duration_minutes),
        mode: row.mode,
        kind: row.kind,
      }));
    },
  });
}

interface MembershipRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  memberships: { worker_id: string; role: string; starts_on: string; ends_on: string | null }[];
}

const careTeamFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out
       and exists (select 1 from care_team_membership m where m.person_id = p.id
                    and ${until(sql.raw('m.created_at'), input)} ${since(sql.raw('m.updated_at'), input)})`;

function careTeams(db: Database, input: PageInput, p: Pseudonymiser): Promise<BulkExportFile<'CareTeam'> | null> {
  // One CareTeam per person: a page of people who have memberships, each with all of them.
  return file<MembershipRow, ExportedCareTeam>(db, p, {
    page: sql`
    select p.id as key, p.id as person_id
      from person p join team t on t.id = p.team_id
     where ${careTeamFilter(input)} ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
    order: (ranked, layout) => sql`
    select p.id::text from person p join team t on t.id = p.team_id join ${ranked} on r.person_id = p.id
     where ${careTeamFilter(input)} ${inPage(sql.raw('p.id'), input, layout)}
     order by r.rank, p.id`,
    slice: (keys) => sql`
    select p.id as person_id, p.team_id,
      (select json_agg(json_build_object('worker_id', m.worker_id, 'role', m.role, 'starts_on', m.starts_on::text,
                                         'ends_on', m.ends_on::text) order by m.starts_on, m.worker_id)
         from care_team_membership m where m.person_id = p.id and ${until(sql.raw('m.created_at'), input)}) as memberships
      from ${keys} join person p on p.id = k.id
     order by k.n`,
    map: (rows) =>
      rows.map((row) => {
        const shift = p.shiftDays(row.person_id);
        return {
          person: p.person(row.person_id),
          team: p.team(row.team_id),
          members: (row.memberships ?? []).map((m) => ({
            worker: p.worker(m.worker_id),
            role: m.role,
            startsOn: shiftDate(m.starts_on, shift),
            endsOn: m.ends_on === null ? null : shiftDate(m.ends_on, shift),
          })),
        };
      }),
  });
}
