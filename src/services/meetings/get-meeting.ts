import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadMeetingView, type MeetingView } from './meeting-view';

/** One meeting with its ratings, chosen areas, notes and actions, for the person and their care team. */
export async function getMeeting(
  deps: ServiceDeps,
  input: { personId: string; meetingId: string },
  actor: Actor,
): Promise<MeetingView> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_meetings', now);
    const view = await loadMeetingView(repositories, person.id, input.meetingId);
    if (!view) throw new AppError('not_found', 'There is no such meeting in this person’s record.');
    await recordAudit(repositories, actor, now, {
      action: 'meeting.read',
      personId: person.id,
      basis,
      detail: { meetingId: view.meeting.id },
    });
    return view;
  });
}
