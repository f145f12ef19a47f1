import { sql } from 'drizzle-orm';
import type {
  AnalyticsScope,
  AnalyticsWindow,
  PseudonymisedIpsJob,
  PseudonymisedIpsReferral,
} from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';
import { loadPseudonymKey } from './pseudonym-key';
import { createPseudonymiser, shiftDate } from './pseudonymiser';

// IPS for researchers, pseudonymised exactly as the other exports (pseudonymised-export.ts):
// keyed pseudonyms, each person's dates moved by their own shift, no names and no free text (no
// referral note, no job title, no employer name or town), and nobody who left research exports.

interface ReferralRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  specialist_worker_id: string | null;
  referred_on: string;
  taken_on: string | null;
  ended_on: string | null;
  end_reason: string | null;
  is_self_referral: boolean;
  first_contact_on: string | null;
}

const orNull = <T, R>(value: T | null, change: (value: T) => R): R | null => (value === null ? null : change(value));
const compare = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** IPS referrals in scope that share a day with the window, pseudonymised; at most `limit` rows. */
export async function queryPseudonymisedIpsReferrals(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedIpsReferral[]> {
  const b = windowBounds(window);
  const rows = await rawRows<ReferralRow>(
    db,
    sql`
    select r.person_id, p.team_id, t.site_id, r.specialist_worker_id, r.referred_on::text as referred_on,
      r.taken_on::text as taken_on, r.ended_on::text as ended_on, r.end_reason, r.is_self_referral,
      (select min(c.contacted_on)::text from ips_employer_contact c
        where c.person_id = r.person_id and c.is_face_to_face and c.contacted_on >= r.referred_on
          and (r.ended_on is null or c.contacted_on <= r.ended_on)) as first_contact_on
    from ips_referral r join person p on p.id = r.person_id join team t on t.id = p.team_id
    where r.referred_on < ${b.toExclusive}::date and (r.ended_on is null or r.ended_on >= ${b.from}::date)
      and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row): PseudonymisedIpsReferral => {
      const shift = pseudonyms.shiftDays(row.person_id);
      const day = (value: string) => shiftDate(value, shift);
      return {
        person: pseudonyms.person(row.person_id),
        team: pseudonyms.team(row.team_id),
        site: pseudonyms.site(row.site_id),
        specialist: orNull(row.specialist_worker_id, pseudonyms.worker),
        referredOn: day(row.referred_on),
        takenOn: orNull(row.taken_on, day),
        endedOn: orNull(row.ended_on, day),
        endReason: row.end_reason,
        isSelfReferral: row.is_self_referral,
        firstFaceToFaceEmployerContactOn: orNull(row.first_contact_on, day),
      };
    })
    .sort((a, b) => compare(a.person, b.person) || compare(a.referredOn, b.referredOn));
}

interface JobRow extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  employer_id: string;
  kind: string;
  starts_on: string;
  ends_on: string | null;
  hours_per_week: number | null;
  hourly_pay_pence: number | null;
  is_competitive: boolean;
  end_reason: string | null;
}

/** Jobs, education and training in scope that share a day with the window, pseudonymised; at most `limit` rows. */
export async function queryPseudonymisedIpsJobs(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
  limit: number,
): Promise<PseudonymisedIpsJob[]> {
  const b = windowBounds(window);
  const rows = await rawRows<JobRow>(
    db,
    sql`
    select j.person_id, p.team_id, t.site_id, j.employer_id, j.kind, j.starts_on::text as starts_on,
      j.ends_on::text as ends_on, j.hours_per_week, j.hourly_pay_pence, j.is_competitive, j.end_reason
    from ips_job j join person p on p.id = j.person_id join team t on t.id = p.team_id
    where j.starts_on < ${b.toExclusive}::date and (j.ends_on is null or j.ends_on >= ${b.from}::date)
      and ${scopeCondition(scope)} and not p.research_opt_out
    limit ${limit}`,
  );
  const pseudonyms = createPseudonymiser(await loadPseudonymKey(db));
  return rows
    .map((row): PseudonymisedIpsJob => {
      const shift = pseudonyms.shiftDays(row.person_id);
      return {
        person: pseudonyms.person(row.person_id),
        team: pseudonyms.team(row.team_id),
        site: pseudonyms.site(row.site_id),
        employer: pseudonyms.employer(row.employer_id),
        kind: row.kind,
        startsOn: shiftDate(row.starts_on, shift),
        endsOn: orNull(row.ends_on, (value) => shiftDate(value, shift)),
        hoursPerWeek: orNull(row.hours_per_week, Number),
        hourlyPayPence: orNull(row.hourly_pay_pence, Number),
        isCompetitive: row.is_competitive,
        endReason: row.end_reason,
      };
    })
    .sort((a, b) => compare(a.person, b.person) || compare(a.startsOn, b.startsOn));
}
