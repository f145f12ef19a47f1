import type { Actor } from '../../domain/accounts/actor';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { checkIpsDay } from './ips-dates';
import type { BenefitsAdviceRecord } from './ports';

export interface RecordBenefitsAdviceInput {
  personId: string;
  givenOn: string;
  givenBy: string;
  covered: string;
}

/**
 * Records benefits and work-incentives advice. The fear of losing benefits stops people looking
 * for work, so IPS asks that everyone is offered personalised advice (fidelity item "work
 * incentives planning").
 */
export async function recordBenefitsAdvice(
  deps: ServiceDeps,
  input: RecordBenefitsAdviceInput,
  actor: Actor,
): Promise<BenefitsAdviceRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'record_ips', now);
    checkIpsDay(input.givenOn, now, 'givenOn', 'Benefits advice', person);
    const advice: BenefitsAdviceRecord = {
      id: newId(),
      personId: person.id,
      givenOn: input.givenOn,
      givenBy: input.givenBy.trim(),
      covered: input.covered.trim(),
      recordedByAccountId: actor.accountId,
    };
    await r.ips.createBenefitsAdvice(advice);
    await recordAudit(r, actor, now, {
      action: 'ips.benefits_advice.create',
      personId: person.id,
      basis,
      detail: { adviceId: advice.id },
    });
    return advice;
  });
}
