import { sql } from 'drizzle-orm';
import type { AnalyticsScope, AnalyticsWindow, PersonRelationshipFigures } from '../services/analytics/ports';
import type { Database } from '../storage/database';
import { rawRows } from '../storage/raw-rows';
import { scopeCondition, windowBounds } from './analytics-sql';

interface Row extends Record<string, unknown> {
  person_id: string;
  team_id: string;
  site_id: string;
  person_feedback: number | null;
  person_feedback_count: number;
  worker_feedback: number | null;
  life_domains_first: number | null;
  life_domains_last: number | null;
  life_domains_count: number;
  recovery: number | null;
}

/** A score kept with a response, by its id, as a number (null when the score was undefined). */
const scoreOf = (scoreId: string) =>
  sql`(select (s->>'value')::float8 from jsonb_array_elements(r.scores) s where s->>'scoreId' = ${scoreId} and s->>'value' is not null limit 1)`;

/**
 * Per person in scope with any relationship feedback, life-domain rating or recovery score in the
 * window: the mean of the person's own feedback scores and of their workers' (whatever the person
 * chose about showing single answers: only group figures are made from these), the first and the
 * last subjective quality of life score of their meeting ratings, and their latest recovery score
 * (QPR-15 total). People with none of these are left out.
 */
export async function queryPersonRelationshipFigures(
  db: Database,
  window: AnalyticsWindow,
  scope: AnalyticsScope,
): Promise<PersonRelationshipFigures[]> {
  const b = windowBounds(window);
  const rows = await rawRows<Row>(
    db,
    sql`
    with people as (
      select p.id, p.team_id, t.site_id from person p join team t on t.id = p.team_id where ${scopeCondition(scope)}
    ),
    feedback as (
      select f.person_id,
        avg(f.score) filter (where f.respondent = 'person') as person_feedback,
        count(f.score) filter (where f.respondent = 'person')::int as person_feedback_count,
        avg(f.score) filter (where f.respondent = 'worker') as worker_feedback
      from relationship_feedback f join people on people.id = f.person_id
      where f.meeting_occurred_at >= ${b.fromInstant}::timestamptz and f.meeting_occurred_at < ${b.toExclusiveInstant}::timestamptz
        and f.score is not null
      group by f.person_id
    ),
    ratings as (
      select r.person_id, r.completed_at, ${scoreOf('subjective-quality-of-life')} as value
      from instrument_response r join people on people.id = r.person_id
      where r.purpose = 'meeting_ratings'
        and r.completed_at >= ${b.fromInstant}::timestamptz and r.completed_at < ${b.toExclusiveInstant}::timestamptz
    ),
    life as (
      select person_id,
        (array_agg(value order by completed_at, value))[1] as first_value,
        (array_agg(value order by completed_at desc, value desc))[1] as last_value,
        count(*)::int as n
      from ratings where value is not null group by person_id
    ),
    recovery as (
      select distinct on (r.person_id) r.person_id, ${scoreOf('total')} as value
      from instrument_response r join people on people.id = r.person_id
      where r.instrument_id = 'qpr-15'
        and r.completed_at >= ${b.fromInstant}::timestamptz and r.completed_at < ${b.toExclusiveInstant}::timestamptz
        and ${scoreOf('total')} is not null
      order by r.person_id, r.completed_at desc
    )
    select people.id as person_id, people.team_id, people.site_id,
      feedback.person_feedback, coalesce(feedback.person_feedback_count, 0) as person_feedback_count, feedback.worker_feedback,
      life.first_value as life_domains_first, life.last_value as life_domains_last, coalesce(life.n, 0) as life_domains_count,
      recovery.value as recovery
    from people
      left join feedback on feedback.person_id = people.id
      left join life on life.person_id = people.id
      left join recovery on recovery.person_id = people.id
    where feedback.person_id is not null or life.person_id is not null or recovery.person_id is not null
    order by people.id`,
  );
  const numberOrNull = (value: unknown) => (value === null || value === undefined ? null : Number(value));
  return rows.map((row) => ({
    personId: row.person_id,
    teamId: row.team_id,
    siteId: row.site_id,
    personFeedback: numberOrNull(row.person_feedback),
    personFeedbackCount: Number(row.person_feedback_count),
    workerFeedback: numberOrNull(row.worker_feedback),
    lifeDomainsFirst: numberOrNull(row.life_domains_first),
    lifeDomainsLast: numberOrNull(row.life_domains_last),
    lifeDomainsCount: Number(row.life_domains_count),
    recovery: numberOrNull(row.recovery),
  }));
}
