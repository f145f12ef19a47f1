import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { DocumentKind } from '../../domain/care-plan/document-kind';
import type { Repositories, ServiceDeps } from '../ports';
import { editorOf, requireThePerson } from './care-plan-editor';
import { sectionView, type SectionView } from './care-plan-view';
import { appendVersion, currentRevision, lockPlanOf } from './plan-writes';
import type { CarePlanProposalRecord } from './ports';
import { requireSection } from './section-definitions';
import { documentOf, type DocumentInput } from './document-of';

export interface DecideProposalInput extends DocumentInput {
  personId: string;
  proposalId: string;
}

/**
 * The person accepts a worker's proposed change to their words. A section in the person's own
 * words stays theirs: the new version is written by the person, in their own words, and records
 * the proposal, so the plan credits the worker for the change within it (ADR 0020). A section a
 * worker wrote becomes a version written by the worker and accepted by the person. The person saw
 * what it changes against the section as it reads now, so it applies even if they edited it since.
 */
export async function acceptCarePlanProposal(
  deps: ServiceDeps,
  input: DecideProposalInput,
  actor: Actor,
): Promise<{ planVersion: number; section: SectionView }> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.writeAction, now);
    requireThePerson(actor, person.id, 'Only the person whose plan it is can accept a change to their words.');
    const plan = await lockPlanOf(repositories, person.id, now, kind);
    const proposal = await requirePendingProposal(repositories, person.id, input.proposalId, kind);
    const definition = requireSection(plan.sections, proposal.sectionKey);
    const proposer = {
      accountId: proposal.proposedByAccountId,
      name: proposal.proposerName,
      kind: 'worker' as const,
      role: proposal.proposerRole,
    };
    const accepter = await editorOf(repositories, actor, person.id, now);
    // A section in the person's voice is theirs even when a worker's proposal first filled it.
    const isPersonsOwnWords =
      definition.voice === 'person' ||
      (await currentRevision(repositories, plan, definition.key))?.authorKind === 'person';
    const version = await appendVersion(repositories, {
      plan,
      sectionKey: definition.key,
      text: proposal.text,
      proposalId: proposal.id,
      now,
      ...(isPersonsOwnWords ? { author: accepter } : { author: proposer, acceptedBy: accepter }),
    });
    await documents.decideProposal(person.id, proposal.id, {
      status: 'accepted',
      decidedByAccountId: actor.accountId,
      decidedByName: accepter.name,
      decidedAt: now,
      decisionNote: null,
      appliedVersion: version.version,
    });
    await recordAudit(repositories, actor, now, {
      action: `${kind}.proposal.accept`,
      personId: person.id,
      basis,
      detail: { section: definition.key, proposalId: proposal.id, version: version.version },
    });
    return { planVersion: version.version, section: sectionView(definition, version, proposal) };
  });
}

/** The proposal, or 404; 409 when it has been decided already. */
export async function requirePendingProposal(
  repositories: Repositories,
  personId: string,
  proposalId: string,
  kind: DocumentKind = 'care_plan',
): Promise<CarePlanProposalRecord> {
  const proposal = await repositories.documents(kind).findProposal(personId, proposalId);
  if (!proposal) throw new AppError('not_found', 'There is no proposed change with that id in this plan.');
  if (proposal.status !== 'pending') {
    throw new AppError('conflict', `This proposed change was ${proposal.status} already.`, {
      status: proposal.status,
      appliedVersion: proposal.appliedVersion,
    });
  }
  return proposal;
}
