import { draftCompletedDemoHandovers, draftDemoHandover } from './demo-handovers';
import { draftCarerConsents } from './demo-carer-consents';
import type { MembershipRecord } from '../services/care-team/ports';
import type { ContactRecord } from '../services/contacts/ports';
import { draftDemoAccounts, type DemoAccountLinks } from './demo-accounts';
import { emptyChunk, type DemoChunk } from './demo-chunk';
import { draftContacts } from './demo-contacts';
import { createDemoContext, STREAM, type DemoContext } from './demo-context';
import { buildUnitFrame, type TeamFrame } from './demo-frame';
import { draftPerson, PEOPLE_PER_TEAM, type PersonDraft } from './demo-people';
import { draftReview } from './demo-review';
import { draftFeedback } from './draft-feedback';
import { draftMeetings } from './draft-meetings';
import { draftOtherMemberships } from './other-memberships';
import { createRandom } from './seeded-random';
import { simulateCoordinators } from './simulate-coordinators';
import { siteClimate, type SiteClimate } from './site-climate';

export interface DemoOptions {
  /** Units of two sites, four teams and 200 people; 1 or more. */
  scale: number;
  /** Any integer from 0 to 2^32 - 1. */
  seed: number;
  /** Only its UTC calendar date matters: the history is the two years before it. */
  today: Date;
  /** A chunk is handed over once it holds this many contacts. */
  chunkContacts?: number;
}

/** Sites, teams and service users a demo of this scale holds. */
export const demoTotals = (scale: number) => ({
  sites: scale * 2,
  teams: scale * 4,
  people: scale * 4 * PEOPLE_PER_TEAM,
});

const DEFAULT_CHUNK_CONTACTS = 10_000;

/**
 * The demo organisation as a stream of chunks, each small enough for one transaction, so that
 * even the largest scale is generated with flat memory. Pure and deterministic: the same scale,
 * seed and date give identical records, ids included.
 *
 * @example for (const chunk of generateDemoOrganisation({ scale: 1, seed: 1, today: new Date() })) write(chunk);
 */
export function* generateDemoOrganisation(options: DemoOptions): Generator<DemoChunk, void, undefined> {
  if (!Number.isInteger(options.scale) || options.scale < 1)
    throw new RangeError('The demo scale must be a whole number from 1.');
  if (!Number.isInteger(options.seed) || options.seed < 0 || options.seed > 0xffff_ffff)
    throw new RangeError('The demo seed must be a whole number from 0 to 4294967295.');
  const context = createDemoContext(options.seed, options.today);
  const limit = options.chunkContacts ?? DEFAULT_CHUNK_CONTACTS;
  let chunk = emptyChunk();
  let links: DemoAccountLinks | null = null;
  let personNumber = 0;
  for (let unit = 0; unit < options.scale; unit += 1) {
    const frame = buildUnitFrame(context, unit);
    chunk.sites.push(...frame.sites);
    chunk.teams.push(...frame.teams.map((team) => team.team));
    chunk.workers.push(...frame.workers);
    for (const team of frame.teams) {
      const drafts = Array.from({ length: PEOPLE_PER_TEAM }, () => draftPerson(context, team.team.id, personNumber++));
      const coordinators = simulateCoordinators(
        context,
        team,
        drafts,
        createRandom(context.seed, STREAM.team, team.number),
      );
      links ??= demoAccountLinks(team, drafts);
      const alertWorkerId = team.number === 0 ? (links?.workerId ?? null) : null;
      const setting: TeamSetting = {
        frame: team,
        climate: siteClimate(context, team.siteNumber),
        alert: { workerId: alertWorkerId },
      };
      for (const [index, draft] of drafts.entries()) {
        addPerson(chunk, context, setting, draft, coordinators[index] ?? []);
        if (chunk.contacts.length >= limit) {
          yield chunk;
          chunk = emptyChunk();
        }
      }
    }
  }
  if (links) chunk.accounts.push(...draftDemoAccounts(context, links));
  yield chunk;
}

/** What the people of one team share while they are drafted. */
interface TeamSetting {
  frame: TeamFrame;
  climate: SiteClimate;
  /** A worker whose caseload still needs a relationship that raises an alert; cleared once one does. */
  alert: { workerId: string | null };
}

function addPerson(
  chunk: DemoChunk,
  context: DemoContext,
  setting: TeamSetting,
  draft: PersonDraft,
  coordinators: MembershipRecord[],
): void {
  const memberships = [...coordinators, ...draftOtherMemberships(context, setting.frame.specialists, draft)];
  chunk.people.push(draft.person);
  if (draft.carer) {
    chunk.carers.push(draft.carer.carer);
    chunk.carerLinks.push(draft.carer.link);
    chunk.carerConsents.push(...draftCarerConsents(context, draft.carer.link, draft.startDay, draft.isDemoPerson));
  }
  chunk.memberships.push(...memberships);
  const handover = draft.isDemoPerson ? draftDemoHandover(context, setting.frame, draft.person.id, memberships) : null;
  if (handover) chunk.handovers.push(handover);
  // The demo person's page shows only the handover planned ahead of them.
  if (!draft.isDemoPerson) chunk.handovers.push(...draftCompletedDemoHandovers(context, draft.person.id, memberships));
  const contacts = draftContacts(context, draft, memberships);
  chunk.contacts.push(...contacts);
  chunk.reviews.push(draftReview(context, draft, setting.frame.team.reviewCadenceMonths));
  addMeetings(chunk, context, setting, draft, { contacts, memberships });
}

/**
 * The person's structured meetings and relationship feedback. The first person on the alert
 * worker's caseload who has met them carries the alert, so the demo worker always has one.
 */
function addMeetings(
  chunk: DemoChunk,
  context: DemoContext,
  setting: TeamSetting,
  draft: PersonDraft,
  history: { contacts: ContactRecord[]; memberships: MembershipRecord[] },
): void {
  const meetings = draftMeetings(context, draft, setting.climate, history.contacts, history.memberships);
  const workerId = setting.alert.workerId;
  const isCarrier =
    workerId !== null && !draft.isDemoPerson && isOnCaseloadAndMet(workerId, history.memberships, meetings.held);
  if (isCarrier) setting.alert.workerId = null;
  const feedback = draftFeedback(context, draft, setting.climate, meetings.held, isCarrier ? workerId : null);
  chunk.responses.push(...meetings.ratings, ...feedback.responses);
  chunk.meetings.push(...meetings.meetings);
  chunk.feedback.push(...feedback.feedback);
  if (feedback.preference) chunk.feedbackPreferences.push(feedback.preference);
}

/** Whether the worker is the person's care coordinator today and has led a meeting with them. */
function isOnCaseloadAndMet(
  workerId: string,
  memberships: readonly MembershipRecord[],
  held: readonly ContactRecord[],
): boolean {
  const isOnCaseload = memberships.some(
    (m) => m.role === 'care_coordinator' && m.endsOn === null && m.workerId === workerId,
  );
  return isOnCaseload && held.some((meeting) => meeting.workerIds[0] === workerId);
}

/** The demo accounts belong to the first team: its manager, the coordinator who took over a post, and the first person. */
function demoAccountLinks(team: TeamFrame, drafts: PersonDraft[]): DemoAccountLinks | null {
  const worker = team.posts[0]?.handover?.replacement;
  const person = drafts[0];
  if (!worker || !person?.isDemoPerson || !person.carer) return null;
  return {
    workerId: worker.id,
    personId: person.person.id,
    carerId: person.carer.carer.id,
    managerId: team.manager.id,
  };
}
