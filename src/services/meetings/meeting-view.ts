import { MEETING_RATINGS_INSTRUMENT } from '../../domain/meetings/meeting-instruments';
import { ratedAreas } from '../../domain/meetings/rated-areas';
import type { ContactView } from '../contacts/ports';
import type { InstrumentResponseRecord } from '../instruments/ports';
import type { Repositories } from '../ports';
import type { MeetingActionRecord, MeetingAreaRecord, MeetingRecord } from './ports';
import { inTurn } from '../in-turn';

/** A meeting with everything recorded at it. */
export interface MeetingView {
  meeting: MeetingRecord;
  contact: ContactView;
  ratings: InstrumentResponseRecord | null;
  /** The areas chosen, in order, with their labels from the ratings instrument. */
  areas: (MeetingAreaRecord & { label: string })[];
  /** Actions agreed at this meeting. */
  actions: MeetingActionRecord[];
  /** Actions from earlier meetings marked done or not done at this one. */
  reviewedActions: MeetingActionRecord[];
}

const AREA_LABELS = new Map(ratedAreas(MEETING_RATINGS_INSTRUMENT).map((area) => [area.id, area.label]));

/** Loads a meeting and what belongs to it; null when the person has no such meeting. */
export async function loadMeetingView(
  repositories: Repositories,
  personId: string,
  meetingId: string,
): Promise<MeetingView | null> {
  const meeting = await repositories.meetings.findById(personId, meetingId);
  if (!meeting) return null;
  const [contact, areas, actions, ratings] = await inTurn([
    () => repositories.contacts.findById(personId, meetingId),
    () => repositories.meetings.listAreas(personId, meetingId),
    () => repositories.meetings.listActionsOfMeeting(personId, meetingId),
    () =>
      meeting.ratingsResponseId
        ? repositories.instruments.findResponse(personId, meeting.ratingsResponseId)
        : Promise.resolve(null),
  ]);
  if (!contact) throw new Error(`Meeting ${meetingId} has no contact.`);
  return {
    meeting,
    contact,
    ratings,
    areas: areas.map((area) => ({ ...area, label: AREA_LABELS.get(area.areaId) ?? area.areaId })),
    actions: actions.agreed,
    reviewedActions: actions.reviewed,
  };
}
