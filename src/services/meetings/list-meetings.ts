import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { MeetingSummaryRecord } from './ports';

export const MEETING_PAGE_SIZE = 50;

/** A person's meetings, newest first: when, who was there, what was chosen and agreed. */
export async function listMeetings(
  deps: ServiceDeps,
  input: { personId: string; before?: Date; limit?: number },
  actor: Actor,
): Promise<MeetingSummaryRecord[]> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const meetings = await repositories.meetings.listForPerson(person.id, {
      limit: Math.min(input.limit ?? MEETING_PAGE_SIZE, MEETING_PAGE_SIZE),
      before: input.before,
    });
    await recordAudit(repositories, actor, now, {
      action: 'meetings.read',
      personId: person.id,
      basis,
      detail: { count: meetings.length },
    });
    return meetings;
  });
}
