import type { Actor } from '../../domain/accounts/actor';
import { agreementState, type AgreementState } from '../../domain/care-plan/agreement';
import { AppError } from '../../domain/errors/app-error';
import { isDiscussedAt } from '../../domain/risk/risk-discussion';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { signerKindOf } from './care-plan-editor';
import { signatureView, type SignatureView } from './care-plan-view';
import { lockPlanOf } from './plan-writes';
import { documentOf, type DocumentInput } from './document-of';

export interface SignCarePlanInput extends DocumentInput {
  personId: string;
  /** The version the signer read; it must still be the current one. */
  version: number;
}

export interface SignCarePlanResult {
  version: number;
  state: AgreementState;
  signatures: SignatureView[];
}

/**
 * Signs the current version, as the person or as their current care coordinator. Once both have
 * signed the version is agreed; signing again changes nothing. A new care coordinator may sign a
 * version their predecessor signed, so the plan shows that the person's current coordinator agrees. A version that has been changed
 * since the signer read it cannot be signed, so nobody agrees to words they have not seen.
 */
export async function signCarePlan(
  deps: ServiceDeps,
  input: SignCarePlanInput,
  actor: Actor,
): Promise<SignCarePlanResult> {
  return deps.uow.run(async (repositories) => {
    const { kind, rules, documents } = documentOf(repositories, input.kind);
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, rules.writeAction, now);
    const signerKind = await signerKindOf(repositories, actor, person.id, now);
    if (!signerKind)
      throw new AppError('forbidden', 'A plan is signed by the person and by their current care coordinator.');
    const plan = await lockPlanOf(repositories, person.id, now, kind);
    if (plan.currentVersion === 0)
      throw new AppError('conflict', 'Nothing has been written in this plan yet, so there is nothing to sign.', {
        currentVersion: 0,
      });
    if (input.version !== plan.currentVersion) {
      throw new AppError(
        'conflict',
        `The plan has changed since version ${input.version}. Read version ${plan.currentVersion}, then sign that.`,
        {
          currentVersion: plan.currentVersion,
        },
      );
    }
    if (
      kind === 'risk_formulation' &&
      !isDiscussedAt(await repositories.risk.listDiscussions(person.id), input.version)
    )
      throw new AppError(
        'conflict',
        'This version has not been discussed with the person yet. Record when and how it was discussed, then it can be agreed.',
        { field: 'version', currentVersion: plan.currentVersion },
      );
    const existing = (await documents.listSignatures(person.id)).filter((s) => s.version === plan.currentVersion);
    // Each signer signs once; a care coordinator who took over from the one who signed signs too.
    if (!existing.some((s) => s.signerKind === signerKind && s.accountId === actor.accountId)) {
      const signature = {
        personId: person.id,
        version: plan.currentVersion,
        signerKind,
        accountId: actor.accountId,
        workerId: actor.workerId,
        signerName: actor.displayName,
        signedAt: now,
      };
      await documents.addSignature(signature);
      existing.push(signature);
      await recordAudit(repositories, actor, now, {
        action: `${kind}.sign`,
        personId: person.id,
        basis,
        detail: { version: plan.currentVersion, as: signerKind },
      });
    }
    return {
      version: plan.currentVersion,
      state: agreementState(existing.map((s) => s.signerKind)),
      signatures: existing.map((s) => signatureView(s, actor.accountId)),
    };
  });
}
