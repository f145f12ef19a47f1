import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import type { ReferralEndReason } from '../../domain/ips/ips-vocabulary';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { closeMembership } from '../care-team/end-membership';
import type { ServiceDeps } from '../ports';
import { checkIpsDay } from './ips-dates';
import type { IpsReferralRecord } from './ports';

export interface EndIpsReferralInput {
  personId: string;
  /** The last day on the IPS caseload. Defaults to today. */
  endedOn?: string;
  endReason: ReferralEndReason;
}

const nextDay = (day: string): string => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return isoDate(date);
};

/**
 * Ends a person's open IPS referral with a reason and a last day. Support is time-unlimited, so
 * this is always someone's decision: the person, or their care team (whoever may refer may end).
 * The specialist's place in the care team ends the day after, and the person can be referred
 * again at any time (ADR 0038).
 */
export async function endIpsReferral(
  deps: ServiceDeps,
  input: EndIpsReferralInput,
  actor: Actor,
): Promise<IpsReferralRecord> {
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(r, actor, input.personId, 'refer_ips', now);
    const endedOn = input.endedOn ?? isoDate(now);
    checkIpsDay(endedOn, now, 'endedOn', 'The last day of support', person);
    const open = await r.ips.findOpenReferral(person.id);
    if (!open) throw new AppError('conflict', `${person.name} has no open IPS referral to end.`);
    if (endedOn < open.referredOn)
      throw new AppError('bad_request', `Support cannot end before the referral (${open.referredOn}).`, {
        field: 'endedOn',
      });
    const ended: IpsReferralRecord = { ...open, endedOn, endReason: input.endReason };
    if (!(await r.ips.endReferral(ended)))
      throw new AppError('conflict', 'Someone else ended this referral first.', { endedOn });
    const memberships = await r.careTeams.listForPerson(person.id);
    const endedMemberships: string[] = [];
    for (const m of memberships) {
      if (m.role !== 'ips_employment_specialist' || m.endsOn !== null) continue;
      const endsOn = nextDay(endedOn) < m.startsOn ? m.startsOn : nextDay(endedOn);
      await closeMembership(r, { membershipId: m.id, endsOn, endReason: 'role_no_longer_needed' });
      endedMemberships.push(m.id);
    }
    await recordAudit(r, actor, now, {
      action: 'ips.referral.end',
      personId: person.id,
      basis,
      detail: { referralId: open.id, endReason: input.endReason, endedMemberships },
    });
    return ended;
  });
}
