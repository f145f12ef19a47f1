import type { Random } from './seeded-random';

/**
 * How a relationship's feedback ends: mostly steady, and now and then in a way that raises an
 * alert for the worker (the person's latest score fell, is low, or is far from the worker's view).
 */
export type RelationshipStory = 'steady' | 'dropped' | 'low' | 'views_differ';

export const STORIES: readonly (readonly [RelationshipStory, number])[] = [
  ['steady', 94],
  ['dropped', 2],
  ['low', 2],
  ['views_differ', 2],
];

/** Each side's level for one meeting on the 1–5 scale, or null when that side gave no feedback. */
export interface PlannedFeedback {
  person: number | null;
  worker: number | null;
}

export interface RelationshipShape {
  /** Where this person's feedback centres. */
  level: number;
  /** The chance that the person gives feedback after a meeting. */
  willingness: number;
  story: RelationshipStory;
}

/** Workers give their own view after about four meetings in five. */
const WORKER_WILLINGNESS = 0.8;

/**
 * Both sides' feedback levels over a relationship's meetings, oldest first. Trust takes a couple
 * of meetings to build; the worker's view runs close to the person's; the story, if any, is told
 * by the last meeting, whose answers are the ones alerts look at.
 */
export function planRelationship(random: Random, meetings: number, shape: RelationshipShape): PlannedFeedback[] {
  const level = Math.min(4.9, Math.max(1.5, random.normal(shape.level, 0.25)));
  const plan = Array.from({ length: meetings }, (_, index): PlannedFeedback => {
    const felt = level - (index < 2 ? 0.3 : 0) + random.normal(0, 0.2);
    return {
      person: random.chance(shape.willingness) ? felt : null,
      worker: random.chance(WORKER_WILLINGNESS) ? felt + random.normal(0.1, 0.25) : null,
    };
  });
  tellStory(plan, shape.story, level);
  return plan;
}

function tellStory(plan: PlannedFeedback[], story: RelationshipStory, level: number): void {
  const last = plan.at(-1);
  if (!last || story === 'steady') return;
  const usual = plan.slice(0, -1).findLast((point) => point.person !== null)?.person ?? level;
  if (story === 'dropped') last.person = usual - 1.5;
  if (story === 'low') last.person = Math.min(usual, 2.2);
  if (story === 'views_differ') {
    // Either side may be the one who thought it went worse.
    last.person = usual;
    last.worker = usual >= 3.5 ? usual - 1.9 : usual + 1.9;
  }
}
