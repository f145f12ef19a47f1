import { sql } from 'drizzle-orm';
import type {
  BulkExportType,
  ExportedCareTeam,
  ExportedEncounter,
  ExportedPatient,
  ExportedRecords,
} from '../domain/bulk-export/bulk-export-rules';
import type { BulkExportReader, BulkExportScope } from '../services/bulk-export/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition } from './analytics-sql';
import { loadPseudonymKey } from './pseudonym-key';
import { createPseudonymiser, shiftDate, shiftInstant, type Pseudonymiser } from './pseudonymiser';

// Pages of pseudonymised records for a FHIR Bulk Data export (decision 0044), with the research
// exports' rules: no names, no free text, keyed pseudonyms, each person's dates shifted by their own
// number of days, people who opted out of research left out. Pages follow real ids (a keyset the
// client never sees); within a page records are sorted by pseudonym, so a file does not give away
// the order people were registered in beyond the page it is in. `_since` takes a person or a
// membership that changed since (`updated_at`, ADR 0055), and a contact written since: contacts do
// not change once recorded.

type PageInput = Parameters<BulkExportReader['page']>[1];
type Page<T> = { records: T[]; last: string | null };

export function createBulkExportPages(db: Database): BulkExportReader['page'] {
  let pseudonymiser: Pseudonymiser | null = null;
  const pseudonyms = async () => (pseudonymiser ??= createPseudonymiser(await loadPseudonymKey(db)));
  const byType: { [T in BulkExportType]: (input: PageInput, p: Pseudonymiser) => Promise<Page<ExportedRecords[T]>> } = {
    Patient: (input, p) => patients(db, input, p),
    Encounter: (input, p) => encounters(db, input, p),
    CareTeam: (input, p) => careTeams(db, input, p),
  };
  return async (type, input) =>
    (byType[type] as (i: PageInput, p: Pseudonymiser) => Promise<Page<never>>)(input, await pseudonyms());
}

const scoped = (scope: BulkExportScope) => scopeCondition(scope.teamIds ? { teamIds: scope.teamIds } : {});
const afterId = (column: ReturnType<typeof sql.raw>, after: string | null) =>
  after ? sql`and ${column} > ${after}::uuid` : sql``;
const byPseudonym = <T extends { person: string }>(a: T, b: T, tie: (x: T, y: T) => number) =>
  a.person < b.person ? -1 : a.person > b.person ? 1 : tie(a, b);

interface PersonRow extends Record<string, unknown> {
  id: string;
  team_id: string;
  site_id: string;
  joined_on: string;
}

async function patients(db: Database, input: PageInput, p: Pseudonymiser): Promise<Page<ExportedPatient>> {
  const rows = await rawRows<PersonRow>(
    db,
    sql`
    select p.id, p.team_id, t.site_id, p.joined_on::text as joined_on
      from person p join team t on t.id = p.team_id
     where ${scoped(input.scope)} and not p.research_opt_out
       and p.created_at <= ${input.until.toISOString()}::timestamptz
       ${input.since ? sql`and p.updated_at > ${input.since.toISOString()}::timestamptz` : sql``}
       ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
  );
  const records = rows
    .map((row) => ({
      person: p.person(row.id),
      team: p.team(row.team_id),
      site: p.site(row.site_id),
      joinedOn: shiftDate(row.joined_on, p.shiftDays(row.id)),
    }))
    .sort((a, b) => byPseudonym(a, b, () => 0));
  return { records, last: rows.at(-1)?.id ?? null };
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

/** A pseudonym or shift remembered for one page: a page's contacts share a few people, workers and teams. */
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

async function encounters(db: Database, input: PageInput, p: Pseudonymiser): Promise<Page<ExportedEncounter>> {
  const rows = await rawRows<ContactRow>(
    db,
    sql`
    select c.id, c.person_id, p.team_id, c.occurred_at, c.duration_minutes, c.mode, c.kind,
      (select array_agg(cw.worker_id::text) from contact_worker cw where cw.contact_id = c.id and cw.person_id = c.person_id) as worker_ids
      from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id
     where ${scoped(input.scope)} and not p.research_opt_out
       and c.created_at <= ${input.until.toISOString()}::timestamptz
       ${input.since ? sql`and c.created_at > ${input.since.toISOString()}::timestamptz` : sql``}
       ${afterId(sql.raw('c.id'), input.after)}
     order by c.id
     limit ${input.limit}`,
  );
  // Fewer keyed hashes: each makes short-lived native buffers, thousands of them a page.
  const person = remembered(p.person);
  const team = remembered(p.team);
  const worker = remembered(p.worker);
  const shiftDays = remembered(p.shiftDays);
  const records = rows
    .map((row) => ({
      contact: p.contact(row.id),
      person: person(row.person_id),
      team: team(row.team_id),
      workers: (row.worker_ids ?? []).map((id) => worker(id)).sort(),
      occurredAt: shiftInstant(new Date(row.occurred_at), shiftDays(row.person_id)),
      durationMinutes: Number(row.duration_minutes),
      mode: row.mode,
      kind: row.kind,
    }))
    .sort((a, b) =>
      byPseudonym(a, b, (x, y) => (x.occurredAt < y.occurredAt ? -1 : x.occurredAt > y.occurredAt ? 1 : 0)),
    );
  return { records, last: rows.at(-1)?.id ?? null };
}

interface MembershipRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  memberships: { worker_id: string; role: string; starts_on: string; ends_on: string | null }[];
}

async function careTeams(db: Database, input: PageInput, p: Pseudonymiser): Promise<Page<ExportedCareTeam>> {
  // One CareTeam per person: a page of people who have memberships, each with all of them.
  const rows = await rawRows<MembershipRow>(
    db,
    sql`
    select p.id as person_id, p.team_id,
      (select json_agg(json_build_object('worker_id', m.worker_id, 'role', m.role, 'starts_on', m.starts_on::text,
                                         'ends_on', m.ends_on::text) order by m.starts_on, m.worker_id)
         from care_team_membership m where m.person_id = p.id and m.created_at <= ${input.until.toISOString()}::timestamptz) as memberships
      from person p join team t on t.id = p.team_id
     where ${scoped(input.scope)} and not p.research_opt_out
       and exists (select 1 from care_team_membership m where m.person_id = p.id
                    and m.created_at <= ${input.until.toISOString()}::timestamptz
                    ${input.since ? sql`and m.updated_at > ${input.since.toISOString()}::timestamptz` : sql``})
       ${afterId(sql.raw('p.id'), input.after)}
     order by p.id
     limit ${input.limit}`,
  );
  const records = rows
    .map((row) => {
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
    })
    .sort((a, b) => byPseudonym(a, b, () => 0));
  return { records, last: rows.at(-1)?.person_id ?? null };
}
