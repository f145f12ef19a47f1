import type { AnswerValue } from '../domain/instruments/index';
import { MEETING_RATINGS_INSTRUMENT } from '../domain/meetings/meeting-instruments';
import { ratedAreas, type RatedArea } from '../domain/meetings/rated-areas';
import type { Random } from './seeded-random';
import type { SiteClimate } from './site-climate';

const AREAS: readonly RatedArea[] = ratedAreas(MEETING_RATINGS_INSTRUMENT);
const TREATMENT_ASPECTS = 'treatment-aspects';

/**
 * Where each life domain sits against the others, on the 1–7 scale: work and health lower, safety
 * higher. A plausible spread of our own for a demo, not figures from any study.
 */
const LIFE_DOMAIN_LEANING: Readonly<Record<string, number>> = {
  'mental-health': -0.5,
  'physical-health': -0.3,
  'job-situation': -0.9,
  accommodation: 0,
  'leisure-activities': -0.2,
  friendships: -0.3,
  'partner-family': 0.1,
  'personal-safety': 0.5,
};

/** One person's way of rating over time: `rate(day)` gives the answers for a meeting on that day. */
export interface RatingProfile {
  rate(day: number): Record<string, AnswerValue>;
}

/** The days over which ratings are given: from `from`, for `days`. */
export interface RatingSpan {
  from: number;
  days: number;
}

/**
 * Each person rates around levels of their own: life domains around the middle of the scale,
 * treatment aspects around their site's level. About a third change slowly over the span, most
 * for the better; from meeting to meeting, a good or bad month moves every rating together.
 * Someone who does not see a psychiatrist often rates medication "not applicable".
 */
export function createRatingProfile(
  random: Random,
  climate: SiteClimate,
  span: RatingSpan,
  person: { isDemoPerson: boolean; seesPsychiatrist: boolean },
): RatingProfile {
  const base = baseLevels(random, climate);
  // The demo person's ratings rise, so their chart tells a story of things getting better.
  const trend = person.isDemoPerson
    ? 1.5
    : random.chance(0.35)
      ? (random.chance(0.7) ? 1 : -1) * (1 + random.next())
      : 0;
  const isMedicationRated = person.seesPsychiatrist || random.chance(0.3);
  // How the last few weeks have been: it carries over partly from one meeting to the next.
  let mood = 0;
  return {
    rate: (day) => {
      mood = 0.6 * mood + random.normal(0, 0.45);
      const progress = Math.min(1, Math.max(0, (day - span.from) / span.days)) - 0.5;
      const values: Record<string, AnswerValue> = {};
      for (const area of AREAS) {
        const isTreatment = area.groupId === TREATMENT_ASPECTS;
        const level =
          (base.get(area.id) ?? 4) + (isTreatment ? trend / 2 : trend) * progress + mood + random.normal(0, 0.5);
        const value = Math.min(7, Math.max(1, Math.round(level)));
        const isRated = area.id !== 'medication' || isMedicationRated;
        values[area.id] = isRated ? value : 'not-applicable';
        if (area.moreHelpItemId) values[area.moreHelpItemId] = isRated && wantsMoreHelp(value, random);
      }
      return values;
    },
  };
}

/** The person's own level for each area, before trend and mood. */
function baseLevels(random: Random, climate: SiteClimate): Map<string, number> {
  const wellbeing = random.normal(0, 0.6);
  const treatment = random.normal(0, 0.5);
  return new Map(
    AREAS.map((area) => {
      const level =
        area.groupId === TREATMENT_ASPECTS
          ? climate.treatmentLevel + treatment + random.normal(0, 0.4)
          : 4.5 + wellbeing + (LIFE_DOMAIN_LEANING[area.id] ?? 0) + random.normal(0, 0.8);
      return [area.id, level];
    }),
  );
}

/** More help is asked for mostly where things are rated low. */
function wantsMoreHelp(value: number, random: Random): boolean {
  return random.chance(value <= 3 ? 0.6 : value === 4 ? 0.15 : 0.04);
}
