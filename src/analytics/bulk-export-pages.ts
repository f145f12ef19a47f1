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
// the people in it, whose pseudonyms give each person a rank. The records are then read a slice at
// a time, the database sorting the page's rows by rank (and, for contacts, by time), so the server
// holds the page's people and one slice of records, never the whole page (decision 0052). The
// order is the one sorting the whole page by pseudonym gave: rank, then time, then id.

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

/**
 * Lays out one file from the statement that selects its page (`key` in the keyset's order, and the
 * `person_id` each record belongs to): null when the page is empty. People whose pseudonyms are
 * equal share a rank, as they shared a place when the page was sorted whole.
 */
async function layOut(db: Database, page: SQL, p: Pseudonymiser): Promise<Layout | null> {
  const [row] = await rawRows<{ count: number; last: string | null; people: string[] }>(
    db,
    sql`
    with page as (${page})
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
  return {
    count: Number(row.count),
    last: row.last,
    people: new Param(named.map((person) => person.id)),
    ranks: new Param(ranks),
    shifts: new Param(named.map((person) => p.shiftDays(person.id))),
  };
}

/** Where a slice ended: the last row's place in the file's order. */
interface Sorted extends Record<string, unknown> {
  sort_rank: number;
}

/**
 * The file's records `size` at a time, each slice one statement sorted by the database and started
 * after the previous slice's last row (a keyset: no slice re-reads the rows before it).
 */
function sliced<R extends Sorted, T>(
  db: Database,
  statement: (after: R | null, limit: number) => SQL,
  map: (rows: R[]) => T[],
): (size: number) => AsyncGenerator<T[]> {
  return async function* slices(size) {
    for (let after: R | null = null; ;) {
      const rows: R[] = await rawRows<R>(db, statement(after, size));
      if (rows.length > 0) yield map(rows);
      if (rows.length < size) return;
      after = rows.at(-1)!;
    }
  };
}

const ranked = (layout: Layout, column: ReturnType<typeof sql.raw>) =>
  sql`join unnest(${layout.people}::uuid[], ${layout.ranks}::int[], ${layout.shifts}::int[]) as r(person_id, rank, shift)
        on r.person_id = ${column}`;
const inPage = (column: ReturnType<typeof sql.raw>, input: PageInput, layout: Layout) =>
  sql`${afterId(column, input.after)} and ${column} <= ${layout.last}::uuid`;

interface PersonRow extends Sorted {
  id: string;
  team_id: string;
  site_id: string;
  joined_on: string;
}

const personFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out and ${until(sql.raw('p.created_at'), input)}
      ${since(sql.raw('p.created_at'), input)}`;

async function patients(db: Database, input: PageInput, p: Pseudonymiser): Promise<BulkExportFile<'Patient'> | null> {
  const layout = await layOut(
    db,
    sql`
    select p.id as key, p.id as person_id
      from person p join team t on t.id = p.team_id
     where ${personFilter(input)} ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
    p,
  );
  if (!layout) return null;
  const slices = sliced<PersonRow, ExportedPatient>(
    db,
    (after, limit) => sql`
    select p.id, p.team_id, t.site_id, p.joined_on::text as joined_on, r.rank as sort_rank
      from person p join team t on t.id = p.team_id ${ranked(layout, sql.raw('p.id'))}
     where ${personFilter(input)} ${inPage(sql.raw('p.id'), input, layout)}
       ${after ? sql`and (r.rank, p.id) > (${after.sort_rank}::int, ${after.id}::uuid)` : sql``}
     order by r.rank, p.id
     limit ${limit}`,
    (rows) =>
      rows.map((row) => ({
        person: p.person(row.id),
        team: p.team(row.team_id),
        site: p.site(row.site_id),
        joinedOn: shiftDate(row.joined_on, p.shiftDays(row.id)),
      })),
  );
  return { count: layout.count, last: layout.last, slices };
}

interface ContactRow extends Sorted {
  sort_at: string;
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

const shiftedAt = sql`date_trunc('milliseconds', c.occurred_at) + make_interval(secs => r.shift * 86400)`;

const contactFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out and ${until(sql.raw('c.created_at'), input)}
      ${since(sql.raw('c.created_at'), input)}`;

async function encounters(
  db: Database,
  input: PageInput,
  p: Pseudonymiser,
): Promise<BulkExportFile<'Encounter'> | null> {
  const layout = await layOut(
    db,
    sql`
    select c.id as key, c.person_id
      from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id
     where ${contactFilter(input)} ${afterId(sql.raw('c.id'), input.after)}
     order by c.id
     limit ${input.limit}`,
    p,
  );
  if (!layout) return null;
  // Within a person, by the shifted instant to the millisecond (the precision of a JavaScript date),
  // then by id: the order the whole page sorted by pseudonym and shifted instant had.
  const slices = sliced<ContactRow, ExportedEncounter>(
    db,
    (after, limit) => sql`
    select c.id, c.person_id, p.team_id, c.occurred_at, c.duration_minutes, c.mode, c.kind,
      (select array_agg(cw.worker_id::text) from contact_worker cw where cw.contact_id = c.id and cw.person_id = c.person_id) as worker_ids,
      r.rank as sort_rank, (${shiftedAt})::text as sort_at
      from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id ${ranked(layout, sql.raw('c.person_id'))}
     where ${contactFilter(input)} ${inPage(sql.raw('c.id'), input, layout)}
       ${after ? sql`and (r.rank, ${shiftedAt}, c.id) > (${after.sort_rank}::int, ${after.sort_at}::timestamptz, ${after.id}::uuid)` : sql``}
     order by r.rank, ${shiftedAt}, c.id
     limit ${limit}`,
    (rows) => {
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
  );
  return { count: layout.count, last: layout.last, slices };
}

interface MembershipRow extends Sorted {
  person_id: string;
  team_id: string;
  memberships: { worker_id: string; role: string; starts_on: string; ends_on: string | null }[];
}

const careTeamFilter = (input: PageInput) =>
  sql`${scoped(input.scope)} and not p.research_opt_out
       and exists (select 1 from care_team_membership m where m.person_id = p.id
                    and ${until(sql.raw('m.created_at'), input)} ${since(sql.raw('m.created_at'), input)})`;

async function careTeams(db: Database, input: PageInput, p: Pseudonymiser): Promise<BulkExportFile<'CareTeam'> | null> {
  // One CareTeam per person: a page of people who have memberships, each with all of them.
  const layout = await layOut(
    db,
    sql`
    select p.id as key, p.id as person_id
      from person p join team t on t.id = p.team_id
     where ${careTeamFilter(input)} ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
    p,
  );
  if (!layout) return null;
  const slices = sliced<MembershipRow, ExportedCareTeam>(
    db,
    (after, limit) => sql`
    select p.id as person_id, p.team_id, r.rank as sort_rank,
      (select json_agg(json_build_object('worker_id', m.worker_id, 'role', m.role, 'starts_on', m.starts_on::text,
                                         'ends_on', m.ends_on::text) order by m.starts_on, m.worker_id)
         from care_team_membership m where m.person_id = p.id and ${until(sql.raw('m.created_at'), input)}) as memberships
      from person p join team t on t.id = p.team_id ${ranked(layout, sql.raw('p.id'))}
     where ${careTeamFilter(input)} ${inPage(sql.raw('p.id'), input, layout)}
       ${after ? sql`and (r.rank, p.id) > (${after.sort_rank}::int, ${after.person_id}::uuid)` : sql``}
     order by r.rank, p.id
     limit ${limit}`,
    (rows) =>
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
  );
  return { count: layout.count, last: layout.last, slices };
}
