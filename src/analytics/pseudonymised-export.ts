import { sql } from 'drizzle-orm';
import type {
  AnalyticsScope,
  AnalyticsWindow,
  PseudonymisedCareTeamPeriod,
  PseudonymisedContact,
  PseudonymisedFeedback,
  PseudonymisedRatingAnswer,
} from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';
import { loadPseudonymKey } from './pseudonym-key';
import { createPseudonymiser, shiftDate, shiftInstant, type Pseudonymiser } from './pseudonymiser';

// Research exports hold no names, no free text (notes can name people) and no real ids or dates:
// people, workers, teams and sites appear as keyed pseudonyms and each person's dates are moved
// by their own shift (see pseudonymiser.ts). Rows are sorted by pseudonym, not by id, because
// our ids are time-ordered (UUID v7) and their order would tell when each person was registered.

interface ContactRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  worker_ids: string[] | null;
  occurred_at: string | Date;
  duration_minutes: number;
  admin_minutes: number;
  mode: string;
  kind: string;
  beyond_routine: boolean;
}

/** The window's contacts in scope, pseudonymised; at most `limit` rows. */
export async function queryPseudonymisedContacts(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedContact[]> {
  const b = windowBounds(window);
  const rows = await rawRows<ContactRow>(
    db,
    sql`
    select c.person_id, p.team_id, t.site_id, c.occurred_at, c.duration_minutes, c.admin_minutes, c.mode, c.kind, c.beyond_routine,
      (select array_agg(cw.worker_id::text) from contact_worker cw where cw.contact_id = c.id and cw.person_id = c.person_id) as worker_ids
    from contact c join person p on p.id = c.person_id join team t on t.id = p.team_id
    where c.occurred_at >= ${b.fromInstant}::timestamptz and c.occurred_at < ${b.toExclusiveInstant}::timestamptz and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row) => toContact(row, pseudonyms))
    .sort((a, b) => compare(a.person, b.person) || compare(a.occurredAt, b.occurredAt));
}

function toContact(row: ContactRow, pseudonyms: Pseudonymiser): PseudonymisedContact {
  const shift = pseudonyms.shiftDays(row.person_id);
  return {
    person: pseudonyms.person(row.person_id),
    team: pseudonyms.team(row.team_id),
    site: pseudonyms.site(row.site_id),
    workers: (row.worker_ids ?? []).map(pseudonyms.worker).sort().join(' '),
    occurredAt: shiftInstant(new Date(row.occurred_at), shift),
    durationMinutes: Number(row.duration_minutes),
    adminMinutes: Number(row.admin_minutes),
    mode: row.mode,
    kind: row.kind,
    beyondRoutine: row.beyond_routine,
  };
}

interface PeriodRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  worker_id: string;
  role: string;
  starts_on: string;
  ends_on: string | null;
  end_reason: string | null;
}

/** Care-team memberships in scope that share a day with the window, pseudonymised; at most `limit` rows. */
export async function queryPseudonymisedCareTeamPeriods(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedCareTeamPeriod[]> {
  const b = windowBounds(window);
  const rows = await rawRows<PeriodRow>(
    db,
    sql`
    select m.person_id, p.team_id, t.site_id, m.worker_id, m.role, m.starts_on::text as starts_on, m.ends_on::text as ends_on, m.end_reason
    from care_team_membership m join person p on p.id = m.person_id join team t on t.id = p.team_id
    where m.starts_on < ${b.toExclusive}::date and (m.ends_on is null or m.ends_on > ${b.from}::date) and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row) => {
      const shift = pseudonyms.shiftDays(row.person_id);
      return {
        person: pseudonyms.person(row.person_id),
        team: pseudonyms.team(row.team_id),
        site: pseudonyms.site(row.site_id),
        worker: pseudonyms.worker(row.worker_id),
        role: row.role,
        startsOn: shiftDate(row.starts_on, shift),
        endsOn: row.ends_on === null ? null : shiftDate(row.ends_on, shift),
        endReason: row.end_reason,
      };
    })
    .sort(
      (a, b) =>
        compare(a.person, b.person) ||
        compare(a.startsOn, b.startsOn) ||
        compare(a.role, b.role) ||
        compare(a.worker, b.worker),
    );
}

interface RatingRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  completed_at: string | Date;
  instrument_id: string;
  instrument_version: string;
  item_id: string;
  answer: string;
}

/**
 * The answers given at rated meetings in the window (one row per item), pseudonymised; at most
 * `limit` rows. Only the ratings: the areas chosen and the worker's notes are free text.
 */
export async function queryPseudonymisedRatings(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedRatingAnswer[]> {
  const b = windowBounds(window);
  const rows = await rawRows<RatingRow>(
    db,
    sql`
    select r.person_id, p.team_id, t.site_id, r.completed_at, r.instrument_id, r.instrument_version,
      a->>'itemId' as item_id, a->>'value' as answer
    from instrument_response r join person p on p.id = r.person_id join team t on t.id = p.team_id
      cross join lateral jsonb_array_elements(r.answers) a
    where r.purpose = 'meeting_ratings'
      and r.completed_at >= ${b.fromInstant}::timestamptz and r.completed_at < ${b.toExclusiveInstant}::timestamptz and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row) => ({
      person: pseudonyms.person(row.person_id),
      team: pseudonyms.team(row.team_id),
      site: pseudonyms.site(row.site_id),
      completedAt: shiftInstant(new Date(row.completed_at), pseudonyms.shiftDays(row.person_id)),
      instrument: row.instrument_id,
      version: row.instrument_version,
      item: row.item_id,
      answer: row.answer,
    }))
    .sort((a, b) => compare(a.person, b.person) || compare(a.completedAt, b.completedAt) || compare(a.item, b.item));
}

interface FeedbackRow extends Record<string, unknown> {
  person_id: string;
  worker_id: string;
  team_id: string;
  site_id: string;
  meeting_occurred_at: string | Date;
  respondent: string;
  score: number | null;
}

/** Both sides' feedback on the window's meetings, pseudonymised; at most `limit` rows. */
export async function queryPseudonymisedFeedback(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedFeedback[]> {
  const b = windowBounds(window);
  const rows = await rawRows<FeedbackRow>(
    db,
    sql`
    select f.person_id, f.worker_id, p.team_id, t.site_id, f.meeting_occurred_at, f.respondent, f.score
    from relationship_feedback f join person p on p.id = f.person_id join team t on t.id = p.team_id
    where f.meeting_occurred_at >= ${b.fromInstant}::timestamptz and f.meeting_occurred_at < ${b.toExclusiveInstant}::timestamptz
      and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row) => ({
      person: pseudonyms.person(row.person_id),
      worker: pseudonyms.worker(row.worker_id),
      team: pseudonyms.team(row.team_id),
      site: pseudonyms.site(row.site_id),
      meetingAt: shiftInstant(new Date(row.meeting_occurred_at), pseudonyms.shiftDays(row.person_id)),
      respondent: row.respondent,
      score: row.score === null ? null : Number(row.score),
    }))
    .sort(
      (a, b) =>
        compare(a.person, b.person) ||
        compare(a.meetingAt, b.meetingAt) ||
        compare(a.respondent, b.respondent) ||
        compare(a.worker, b.worker),
    );
}

const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);
