import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { loadMeetingView, type MeetingView } from './meeting-view';
import { planMeeting } from './plan-meeting';
import type { RecordMeetingInput } from './record-meeting-input';

/**
 * Records a shared meeting in one transaction: a contact of kind 'meeting' (so it counts in the
 * contact history and for continuity), the person's ratings, the areas they chose with the four
 * steps' notes, the actions agreed, and the review of every open action from before.
 */
export async function recordMeeting(deps: ServiceDeps, input: RecordMeetingInput, actor: Actor): Promise<MeetingView> {
  if (!actor.workerId) throw new AppError('forbidden', 'Only workers record meetings.');
  const recorder = { workerId: actor.workerId, accountId: actor.accountId };
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'record_meeting', now);
    const plan = await planMeeting(repositories, { ...input, personId: person.id }, recorder, now);
    await repositories.contacts.create(plan.contact);
    if (plan.ratings) await repositories.instruments.createResponse(plan.ratings);
    await repositories.meetings.create(plan.meeting);
    const reviewed = await repositories.meetings.markReviewed(person.id, plan.contact.id, plan.reviews, now);
    if (reviewed !== plan.reviews.length) {
      throw new AppError(
        'conflict',
        'Some of these actions were reviewed at another meeting just now. Reload and try again.',
      );
    }
    await recordAudit(repositories, actor, now, {
      action: 'meeting.create',
      personId: person.id,
      basis,
      detail: {
        meetingId: plan.contact.id,
        areas: plan.meeting.areas.length,
        actions: plan.meeting.actions.length,
        reviewed,
      },
    });
    const view = await loadMeetingView(repositories, person.id, plan.contact.id);
    if (!view) throw new Error('A meeting just written could not be read back.');
    return view;
  });
}
