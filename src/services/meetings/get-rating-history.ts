import type { Actor } from '../../domain/accounts/actor';
import { MEETING_RATINGS_INSTRUMENT } from '../../domain/meetings/meeting-instruments';
import { MEETING_LIMITS } from '../../domain/meetings/meeting-steps';
import { ratedAreas } from '../../domain/meetings/rated-areas';
import { ratingChanges, type AreaRatingChange, type RatedMeeting } from '../../domain/meetings/rating-changes';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

export interface RatingHistory {
  instrument: { id: string; version: string };
  /** The meetings with ratings that the history covers, oldest first. */
  meetings: Pick<RatedMeeting, 'meetingId' | 'occurredAt'>[];
  /** Per area, improvements first. */
  areas: AreaRatingChange[];
}

/** How the person's ratings moved across recent meetings, per area, with the change since last time. */
export async function getRatingHistory(
  deps: ServiceDeps,
  input: { personId: string; meetings?: number },
  actor: Actor,
): Promise<RatingHistory> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const limit = input.meetings ?? MEETING_LIMITS.ratingHistoryMeetings;
    const rated = await repositories.meetings.listRatings(person.id, MEETING_RATINGS_INSTRUMENT.id, limit);
    await recordAudit(repositories, actor, now, {
      action: 'meetings.ratings.read',
      personId: person.id,
      basis,
      detail: { meetings: rated.length },
    });
    return {
      instrument: { id: MEETING_RATINGS_INSTRUMENT.id, version: MEETING_RATINGS_INSTRUMENT.version },
      meetings: rated.map(({ meetingId, occurredAt }) => ({ meetingId, occurredAt })),
      areas: ratingChanges(ratedAreas(MEETING_RATINGS_INSTRUMENT), rated),
    };
  });
}
