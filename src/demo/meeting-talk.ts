import type { AnswerValue } from '../domain/instruments/index';
import { MEETING_RATINGS_INSTRUMENT } from '../domain/meetings/meeting-instruments';
import { ratedAreas } from '../domain/meetings/rated-areas';
import type { MeetingActionRecord, MeetingAreaRecord } from '../services/meetings/ports';
import { dayOf, isoOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { ActionIdea, AreaStory } from './area-topic';
import { AREA_TOPICS } from './meeting-topics';
import type { Random } from './seeded-random';

/** What was talked about at a meeting and what was agreed. */
export interface MeetingTalk {
  areas: MeetingAreaRecord[];
  actions: MeetingActionRecord[];
}

const RATED_AREA_IDS: readonly string[] = ratedAreas(MEETING_RATINGS_INSTRUMENT).map((area) => area.id);
const AREA_COUNTS: readonly (readonly [number, number])[] = [
  [1, 25],
  [2, 45],
  [3, 30],
];
const ACTION_COUNTS: readonly (readonly [number, number])[] = [
  [1, 45],
  [2, 55],
];

/** Areas rated this high or higher are talked about as going well. */
const GOING_WELL_FROM = 5;

/** An area chosen at a meeting and the conversation had about it. */
interface ChosenArea {
  areaId: string;
  story: AreaStory;
}

/**
 * The person chooses one to three areas, usually those they rated lowest; the conversation about
 * each is noted step by step, and one or two actions are agreed, due within four weeks.
 */
export function draftTalk(
  context: DemoContext,
  random: Random,
  meeting: { id: string; personId: string; occurredAt: Date },
  ratings: Readonly<Record<string, AnswerValue>>,
  actionCount?: number,
): MeetingTalk {
  const chosen = chooseAreas(ratings, random).map((areaId): ChosenArea => ({
    areaId,
    story: storyFor(areaId, ratings[areaId], random),
  }));
  const agreed = agreeActions(chosen, actionCount ?? random.weighted(ACTION_COUNTS), random);
  const areas = chosen.map(({ areaId, story }, index): MeetingAreaRecord => {
    // A third area often gets less time: where things stand, and little more.
    const isBrief = index === 2 && random.chance(0.5);
    const notes = agreed.filter((entry) => entry.areaId === areaId).map((entry) => entry.idea.note);
    return {
      personId: meeting.personId,
      meetingId: meeting.id,
      position: index + 1,
      areaId,
      understanding: story.understanding,
      lookingForward: isBrief ? null : story.lookingForward,
      exploringOptions: isBrief ? null : story.exploringOptions,
      agreeingActions: notes.length > 0 ? notes.join(' ') : null,
    };
  });
  const day = dayOf(meeting.occurredAt);
  const actions = agreed.map(({ areaId, idea }): MeetingActionRecord => ({
    id: context.meetingIds('action', meeting.occurredAt.getTime()),
    personId: meeting.personId,
    meetingId: meeting.id,
    areaId,
    owner: idea.owner,
    ownerName: idea.ownerName ?? null,
    description: idea.description,
    dueOn: isoOfDay(day + random.int(7, 28)),
    outcome: null,
    reviewedInMeetingId: null,
    reviewedAt: null,
  }));
  return { areas, actions };
}

/** Mostly the lowest rated area left; now and then one that is going well, to build on it. Never one rated "not applicable". */
function chooseAreas(ratings: Readonly<Record<string, AnswerValue>>, random: Random): string[] {
  // Equal ratings come in a random order; the jitter is too small to pass a whole point.
  const ranked = RATED_AREA_IDS.flatMap((id) => {
    const value = ratings[id];
    return typeof value === 'number' ? [{ id, key: value + random.next() * 0.5 }] : [];
  })
    .sort((a, b) => a.key - b.key)
    .map((entry) => entry.id);
  const count = random.weighted(AREA_COUNTS);
  const chosen: string[] = [];
  while (chosen.length < count && ranked.length > 0) {
    chosen.push(...ranked.splice(random.chance(0.8) ? 0 : random.int(0, ranked.length - 1), 1));
  }
  return chosen;
}

/** What is said about an area follows how it was rated: what is hard, or what is going well. */
function storyFor(areaId: string, rating: AnswerValue | undefined, random: Random): AreaStory {
  const topic = AREA_TOPICS[areaId];
  if (!topic) throw new Error(`The demo has nothing to say about the area "${areaId}".`);
  return typeof rating === 'number' && rating >= GOING_WELL_FROM ? topic.goingWell : random.pick(topic.hard);
}

/**
 * The first action is about the first area chosen, the second about the next area if there is
 * one, or else the other idea for the first.
 */
function agreeActions(
  chosen: readonly ChosenArea[],
  count: number,
  random: Random,
): { areaId: string; idea: ActionIdea }[] {
  const [first, second] = chosen;
  if (!first) return [];
  const [one, other] = random.chance(0.5)
    ? first.story.actions
    : ([first.story.actions[1], first.story.actions[0]] as const);
  const agreed = [{ areaId: first.areaId, idea: one }];
  if (count >= 2)
    agreed.push(
      second
        ? { areaId: second.areaId, idea: random.pick(second.story.actions) }
        : { areaId: first.areaId, idea: other },
    );
  return agreed;
}
