import { inTurn } from '../in-turn';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { startMembership } from '../care-team/add-membership';
import type { ServiceDeps } from '../ports';
import type { IpsReferralRecord } from './ports';
import { teamsServedBy } from './served-teams';

/**
 * An employment specialist of the person's team, or of an IPS team attached to it (ADR 0049),
 * takes their waiting referral: they become the person's IPS employment specialist in the care
 * team, which is what opens the record to them.
 */
export async function takeIpsReferral(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<IpsReferralRecord> {
  if (!actor.workerId || actor.role !== 'worker')
    throw new AppError('forbidden', 'Only employment specialists take IPS referrals.');
  const workerId = actor.workerId;
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const [person, specialist] = await inTurn([
      () => r.organisation.findPerson(input.personId),
      () => r.organisation.findWorker(workerId),
    ]);
    if (!person) throw new AppError('not_found', 'There is no person with that id.');
    if (!specialist || !(await teamsServedBy(r, specialist)).includes(person.teamId))
      throw new AppError(
        'forbidden',
        'Only an employment specialist of the person’s own team, or of an IPS team attached to it, can take this referral.',
      );
    const referral = await r.ips.findOpenReferral(person.id);
    if (!referral) throw new AppError('not_found', `${person.name} has no open IPS referral.`);
    if (referral.specialistWorkerId !== null)
      throw new AppError('conflict', 'Another employment specialist has already taken this referral.');
    const today = isoDate(now);
    const memberships = await r.careTeams.listActiveForWorker(person.id, workerId, today);
    if (!memberships.some((m) => m.role === 'ips_employment_specialist'))
      await startMembership(r, { personId: person.id, workerId, role: 'ips_employment_specialist', startsOn: today });
    const taken = { ...referral, specialistWorkerId: workerId, takenOn: today };
    await r.ips.updateReferral(taken);
    await recordAudit(r, actor, now, {
      action: 'ips.referral.take',
      personId: person.id,
      basis: 'care_team',
      detail: { referralId: referral.id },
    });
    return taken;
  });
}
