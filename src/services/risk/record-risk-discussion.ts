import type { Actor } from '../../domain/accounts/actor';
import { characterCount } from '../../domain/care-plan/care-plan-sections';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { beforeJoiningProblem } from '../../domain/people/plausible-dates';
import { RISK_DISCUSSION_LIMITS, type DiscussionMode } from '../../domain/risk/risk-discussion';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { RiskDiscussionRecord } from './ports';

export interface RecordRiskDiscussionInput {
  personId: string;
  /** YYYY-MM-DD, not in the future. */
  discussedOn: string;
  mode: DiscussionMode;
  /** The person's response in their own words; left out when they chose not to discuss it now. */
  response?: string | null;
  isDeclined: boolean;
}

/**
 * A worker in the care team records when and how the risk and safety formulation was discussed
 * with the person, against the version they discussed, so that version can then be agreed.
 */
export async function recordRiskDiscussion(
  deps: ServiceDeps,
  input: RecordRiskDiscussionInput,
  actor: Actor,
): Promise<RiskDiscussionRecord> {
  const response = checkedResponse(input);
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    if (input.discussedOn > isoDate(now))
      throw new AppError('bad_request', 'The day it was discussed cannot be in the future.', { field: 'discussedOn' });
    const { person, basis } = await requirePersonAccess(
      repositories,
      actor,
      input.personId,
      'record_risk_discussion',
      now,
    );
    const beforeJoining = beforeJoiningProblem(input.discussedOn, person, 'A discussion');
    if (beforeJoining) throw new AppError('bad_request', beforeJoining, { field: 'discussedOn' });
    const formulation = await repositories.documents('risk_formulation').findPlan(person.id);
    const discussion: RiskDiscussionRecord = {
      personId: person.id,
      id: newId(),
      discussedOn: input.discussedOn,
      mode: input.mode,
      response,
      isDeclined: input.isDeclined,
      formulationVersion: formulation?.currentVersion ?? 0,
      recordedByAccountId: actor.accountId,
      recordedByName: actor.displayName,
      recordedAt: now,
    };
    await repositories.risk.addDiscussion(discussion);
    await recordAudit(repositories, actor, now, {
      action: 'risk_formulation.discussion.record',
      personId: person.id,
      basis,
      detail: { discussionId: discussion.id, version: discussion.formulationVersion, declined: input.isDeclined },
    });
    return discussion;
  });
}

function checkedResponse(input: RecordRiskDiscussionInput): string | null {
  const response = input.response?.replace(/\r\n?/g, '\n').trim() || null;
  if (input.isDeclined) {
    if (response)
      throw new AppError('bad_request', 'When the person chose not to discuss it now, leave their response empty.', {
        field: 'response',
      });
    return null;
  }
  if (!response)
    throw new AppError(
      'bad_request',
      'Write the person’s response in their words, or record that they chose not to discuss it now.',
      { field: 'response' },
    );
  const max = RISK_DISCUSSION_LIMITS.maxResponseCharacters;
  if (characterCount(response) > max)
    throw new AppError('bad_request', `A response can be at most ${max.toLocaleString('en-GB')} characters.`, {
      field: 'response',
    });
  return response;
}
