import { inTurn } from '../in-turn';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { daysBetween } from '../../domain/ips/quarters';
import { recordAudit } from '../audit/record-audit';
import type { EmployerContactView } from './ports';
import type { ServiceDeps } from '../ports';
import { teamsServedBy } from './served-teams';

export interface IpsCaseloadEntry {
  personId: string;
  personName: string;
  referredOn: string;
  isSelfReferral: boolean;
  daysSinceReferral: number;
  /** Days since the first employer contact made about the person; null when none yet. */
  daysSinceFirstEmployerContact: number | null;
  /** Days from referral to the first face-to-face employer contact (rapid job search: within 30). */
  daysToFirstFaceToFaceEmployerContact: number | null;
  currentJob: { title: string; employerName: string; since: string } | null;
}

export interface IpsCaseload {
  /** People on the specialist's IPS caseload. */
  people: IpsCaseloadEntry[];
  /** Referrals of the teams the specialist's team supports that no specialist has taken yet: name and date only. */
  waiting: { personId: string; personName: string; referredOn: string; isSelfReferral: boolean }[];
  inWork: number;
  /** The specialist's latest employer contacts, so job development is visible. */
  recentEmployerContacts: EmployerContactView[];
}

/**
 * An employment specialist's IPS caseload: days since referral, since the first employer contact,
 * who is in work; and the team's waiting referrals, which show only a name and a date until a
 * specialist takes one and joins that person's care team.
 */
export async function getIpsCaseload(deps: ServiceDeps, actor: Actor): Promise<IpsCaseload> {
  if (!actor.workerId || actor.role !== 'worker') throw new AppError('forbidden', 'The IPS caseload is for workers.');
  const workerId = actor.workerId;
  const now = deps.now();
  const today = isoDate(now);
  return deps.uow.run(async (r) => {
    const worker = await r.organisation.findWorker(workerId);
    if (!worker) throw new AppError('forbidden', 'This account is not linked to a worker.');
    const [mine, waiting, recentEmployerContacts] = await inTurn([
      () => r.ips.listSpecialistCaseload(workerId),
      async () => r.ips.listWaitingReferrals(await teamsServedBy(r, worker)),
      () => r.ips.listEmployerContactsForWorker(workerId, 10),
    ]);
    const people: IpsCaseloadEntry[] = [];
    for (const referral of mine) {
      const jobs = await r.ips.listJobs(referral.personId);
      const current = jobs.find(
        (j) => j.kind === 'job' && j.startsOn <= today && (j.endsOn === null || j.endsOn >= today),
      );
      people.push({
        personId: referral.personId,
        personName: referral.personName,
        referredOn: referral.referredOn,
        isSelfReferral: referral.isSelfReferral,
        daysSinceReferral: daysBetween(referral.referredOn, today),
        daysSinceFirstEmployerContact:
          referral.firstEmployerContactOn === null ? null : daysBetween(referral.firstEmployerContactOn, today),
        daysToFirstFaceToFaceEmployerContact:
          referral.firstFaceToFaceEmployerContactOn === null
            ? null
            : daysBetween(referral.referredOn, referral.firstFaceToFaceEmployerContactOn),
        currentJob: current
          ? { title: current.title, employerName: current.employerName, since: current.startsOn }
          : null,
      });
    }
    await recordAudit(r, actor, now, { action: 'ips.caseload.read', detail: { people: people.length } });
    return {
      people,
      waiting: waiting.map((w) => ({
        personId: w.personId,
        personName: w.personName,
        referredOn: w.referredOn,
        isSelfReferral: w.isSelfReferral,
      })),
      inWork: people.filter((p) => p.currentJob !== null).length,
      recentEmployerContacts,
    };
  });
}
