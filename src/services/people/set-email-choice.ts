import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

export interface EmailChoice {
  emailAddress: string | null;
  wantsEmail: boolean;
}

/**
 * The person gives an email address and chooses whether Tandem emails them when something is waiting
 * (a questionnaire their care team asks for). Only they choose. The email never says what is waiting
 * (ADR 0027); the audit records that the choice changed, not the address.
 */
export async function setEmailChoice(
  deps: ServiceDeps,
  input: EmailChoice & { personId: string },
  actor: Actor,
): Promise<EmailChoice> {
  const emailAddress = input.emailAddress?.trim() || null;
  if (input.wantsEmail && !emailAddress) {
    throw new AppError('bad_request', 'Give the email address to send to, or choose not to be emailed.');
  }
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'set_email_choice', now);
    await r.organisation.setEmailChoice(person.id, { emailAddress, wantsEmail: input.wantsEmail });
    await recordAudit(r, actor, now, {
      action: 'person.email_choice.set',
      personId: person.id,
      basis,
      detail: { wantsEmail: input.wantsEmail, hasAddress: emailAddress !== null },
    });
    return { emailAddress, wantsEmail: input.wantsEmail };
  });
}
