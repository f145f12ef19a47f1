import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import { checkIpsDay } from './ips-dates';
import type { IpsReferralRecord } from './ports';

export interface ReferToIpsInput {
  personId: string;
  /** Defaults to today. */
  referredOn?: string;
  note?: string | null;
}

/**
 * Refers a person to Individual Placement and Support. Zero exclusion: anyone who wants work can
 * be referred, by themselves or by anyone in their care team, with no readiness or diagnosis
 * check (IPS principle 1; Bond, Drake and Becker 2012). A person has one open referral at a time.
 */
export async function referToIps(deps: ServiceDeps, input: ReferToIpsInput, actor: Actor): Promise<IpsReferralRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'refer_ips', now);
    const referredOn = input.referredOn ?? isoDate(now);
    checkIpsDay(referredOn, now, 'referredOn', 'A referral', person);
    const open = await r.ips.findOpenReferral(person.id);
    if (open)
      throw new AppError('conflict', `${person.name} was already referred to IPS on ${open.referredOn}.`, {
        referredOn: open.referredOn,
      });
    const referral: IpsReferralRecord = {
      id: newId(),
      personId: person.id,
      referredOn,
      isSelfReferral: actor.role === 'service_user',
      referredByAccountId: actor.accountId,
      note: input.note?.trim() || null,
      specialistWorkerId: null,
      takenOn: null,
      endedOn: null,
      endReason: null,
    };
    await r.ips.createReferral(referral);
    await recordAudit(r, actor, now, {
      action: 'ips.referral.create',
      personId: person.id,
      basis,
      detail: { referralId: referral.id },
    });
    return referral;
  });
}
