import { dayOf } from './demo-calendar';
import { createIdSource, type IdSource } from './demo-ids';
import { createRandom } from './seeded-random';

/** Stream numbers for the random generator: one per family of decisions. */
export const STREAM = {
  ids: 1,
  unit: 2,
  team: 3,
  person: 4,
  meetingIds: 5,
  meetings: 6,
  feedback: 7,
  site: 8,
  relationshipIds: 9,
} as const;

/** The demo covers the two years before today. */
export const HISTORY_DAYS = 730;

/** What every part of the generator shares: the seed, the calendar and the id source. */
export interface DemoContext {
  seed: number;
  /** Today's UTC day number; nothing in the demo happens on or after it. */
  today: number;
  /** The first day of the two-year history. */
  historyStart: number;
  ids: IdSource;
  /**
   * Ids for ratings, actions and feedback. A source of their own, so that adding meetings to the
   * demo left the ids of every other record as they were.
   */
  meetingIds: IdSource;
  /** Ids for consent records and planned handovers: a source of their own, for the same reason. */
  relationshipIds: IdSource;
}

export function createDemoContext(seed: number, today: Date): DemoContext {
  const day = dayOf(today);
  return {
    seed,
    today: day,
    historyStart: day - HISTORY_DAYS,
    ids: createIdSource(createRandom(seed, STREAM.ids)),
    meetingIds: createIdSource(createRandom(seed, STREAM.meetingIds)),
    relationshipIds: createIdSource(createRandom(seed, STREAM.relationshipIds)),
  };
}
