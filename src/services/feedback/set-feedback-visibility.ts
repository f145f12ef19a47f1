import type { Actor } from '../../domain/accounts/actor';
import type { FeedbackVisibility } from '../../domain/feedback/feedback-visibility';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type { FeedbackPreferenceRecord } from './ports';

/**
 * The person's standing choice of who sees their feedback answers. It applies to answers given
 * from now on; answers already given keep the choice made for them, so nothing once private is
 * later shown, and nothing once shown can be unseen.
 */
export async function setFeedbackVisibility(
  deps: ServiceDeps,
  input: { personId: string; visibility: FeedbackVisibility },
  actor: Actor,
): Promise<FeedbackPreferenceRecord> {
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(
      repositories,
      actor,
      input.personId,
      'set_feedback_visibility',
      now,
    );
    const preference: FeedbackPreferenceRecord = {
      personId: person.id,
      visibility: input.visibility,
      updatedAt: now,
      updatedByAccountId: actor.accountId,
    };
    await repositories.feedback.savePreference(preference);
    await recordAudit(repositories, actor, now, {
      action: 'feedback.preference.set',
      personId: person.id,
      basis,
      detail: { visibility: input.visibility },
    });
    return preference;
  });
}
