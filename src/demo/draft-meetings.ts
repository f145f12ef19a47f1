import { MEETING_RATINGS_INSTRUMENT } from '../domain/meetings/meeting-instruments';
import type { MembershipRecord } from '../services/care-team/ports';
import type { ContactRecord } from '../services/contacts/ports';
import type { InstrumentResponseRecord } from '../services/instruments/ports';
import type { MeetingActionRecord, NewMeeting } from '../services/meetings/ports';
import { dayOf } from './demo-calendar';
import { STREAM, type DemoContext } from './demo-context';
import { demoResponse } from './demo-response';
import type { PersonDraft } from './demo-people';
import { draftTalk } from './meeting-talk';
import { pickMeetingContacts } from './pick-meeting-contacts';
import { createRatingProfile } from './rating-profile';
import { createRandom, type Random } from './seeded-random';
import type { SiteClimate } from './site-climate';

/** A person's structured meetings and the ratings given at them. */
export interface DemoMeetings {
  /** The contacts that were structured meetings, oldest first. */
  held: ContactRecord[];
  meetings: NewMeeting[];
  ratings: InstrumentResponseRecord[];
}

/**
 * The teams began shared meetings this many days before today; contacts before then stay as they
 * were. Enough for every chart and trend to have a history, and few enough rows for a quick load.
 */
export const SHARED_MEETINGS_DAYS = 183;

/** The demo person's latest meeting agrees two actions, so their next meeting opens with both. */
const DEMO_PERSON_LATEST_ACTIONS = 2;

/**
 * Turns some of a person's meeting contacts into structured meetings: ratings first, then the
 * areas chosen and the actions agreed, and at each meeting every action from the one before is
 * marked done or not done (done more often at some sites than others). The latest meeting's
 * actions stay open. Draws from the person's own stream, so the rest of the demo is unchanged.
 */
export function draftMeetings(
  context: DemoContext,
  draft: PersonDraft,
  climate: SiteClimate,
  contacts: readonly ContactRecord[],
  memberships: readonly MembershipRecord[],
): DemoMeetings {
  const random = createRandom(context.seed, STREAM.meetings, draft.number);
  const span = { from: context.today - SHARED_MEETINGS_DAYS, days: SHARED_MEETINGS_DAYS };
  const held = pickMeetingContacts(contacts, memberships, random, {
    sinceDay: span.from,
    isDemoPerson: draft.isDemoPerson,
  });
  const seesPsychiatrist = memberships.some((membership) => membership.role === 'psychiatrist');
  const profile = createRatingProfile(random, climate, span, { isDemoPerson: draft.isDemoPerson, seesPsychiatrist });
  const doneShare = Math.min(0.95, Math.max(0.2, random.normal(climate.actionsDone, 0.08)));
  const result: DemoMeetings = { held, meetings: [], ratings: [] };
  held.forEach((contact, index) => {
    const values = profile.rate(dayOf(contact.occurredAt));
    const ratings = demoResponse(context, MEETING_RATINGS_INSTRUMENT, values, {
      personId: contact.personId,
      purpose: 'meeting_ratings',
      meetingId: contact.id,
      completedAt: contact.occurredAt,
    });
    const isDemoPersonLatest = draft.isDemoPerson && index === held.length - 1;
    const talk = draftTalk(
      context,
      random,
      contact,
      values,
      isDemoPersonLatest ? DEMO_PERSON_LATEST_ACTIONS : undefined,
    );
    const previous = result.meetings.at(-1);
    if (previous) reviewActions(previous.actions, contact, doneShare, random);
    const meeting = {
      id: contact.id,
      personId: contact.personId,
      leadWorkerId: contact.workerIds[0] ?? '',
      occurredAt: contact.occurredAt,
      ratingsResponseId: ratings.id,
      recordedByAccountId: null,
    };
    result.meetings.push({ meeting, ...talk });
    result.ratings.push(ratings);
  });
  return result;
}

/** Every open action is marked at the next meeting, as the meeting screen requires; the marks are saved as that meeting ends. */
function reviewActions(actions: MeetingActionRecord[], next: ContactRecord, doneShare: number, random: Random): void {
  const reviewedAt = new Date(next.occurredAt.getTime() + next.durationMinutes * 60_000);
  for (const action of actions) {
    Object.assign(action, {
      outcome: random.chance(doneShare) ? 'done' : 'not_done',
      reviewedInMeetingId: next.id,
      reviewedAt,
    });
  }
}
