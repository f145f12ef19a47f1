import type { Actor } from '../../domain/accounts/actor';
import { CARE_PLAN_LIMITS, characterCount } from '../../domain/care-plan/care-plan-sections';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { requireThePerson } from './care-plan-editor';
import { proposalView, type ProposalView } from './care-plan-view';
import { lockPlanOf } from './plan-writes';
import { requirePendingProposal, type DecideProposalInput } from './accept-care-plan-proposal';
import { documentOf } from './document-of';

/**
 * The person declines a worker's proposed change: their words stay as they are, and the proposal
 * stays on record with the person's reason, so the disagreement is visible rather than lost.
 */
export async function declineCarePlanProposal(
  deps: ServiceDeps,
  input: DecideProposalInput & { note?: string | null },
  actor: Actor,
): Promise<ProposalView> {
  const note = input.note?.trim() || null;
  if (note && characterCount(note) > CARE_PLAN_LIMITS.maxDecisionNoteCharacters) {
    throw new AppError(
      'bad_request',
      `A reason can be at most ${CARE_PLAN_LIMITS.maxDecisionNoteCharacters.toLocaleString('en-GB')} characters.`,
      { field: 'note' },
    );
  }
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.writeAction, now);
    requireThePerson(actor, person.id, 'Only the person whose plan it is can decline a change to their words.');
    const plan = await lockPlanOf(repositories, person.id, now, kind);
    const proposal = await requirePendingProposal(repositories, person.id, input.proposalId, kind);
    const decision = {
      status: 'declined' as const,
      decidedByAccountId: actor.accountId,
      decidedByName: actor.displayName,
      decidedAt: now,
      decisionNote: note,
      appliedVersion: null,
    };
    await documents.decideProposal(person.id, proposal.id, decision);
    await recordAudit(repositories, actor, now, {
      action: `${kind}.proposal.decline`,
      personId: person.id,
      basis,
      detail: { section: proposal.sectionKey, proposalId: proposal.id },
    });
    const title = plan.sections.find((s) => s.key === proposal.sectionKey)?.title ?? proposal.sectionKey;
    return proposalView({ ...proposal, ...decision }, title, null);
  });
}
