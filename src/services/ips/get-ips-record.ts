import { inTurn } from '../in-turn';
import type { Actor } from '../../domain/accounts/actor';
import { isActiveOn, isoDate } from '../../domain/care-team/membership-period';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import type {
  BenefitsAdviceRecord,
  EmployerContactView,
  IpsReferralRecord,
  JobInterestView,
  JobView,
  VocationalProfileRecord,
} from './ports';

export interface IpsRecordView {
  person: { id: string; name: string; preferredName: string | null };
  referrals: IpsReferralRecord[];
  profile: VocationalProfileRecord | null;
  benefitsAdvice: BenefitsAdviceRecord[];
  jobs: JobView[];
  employerContacts: EmployerContactView[];
  /** The jobs and employers the person is interested in, newest first. */
  jobInterests: JobInterestView[];
  /** The person's employment specialists in their care team today. */
  specialists: { id: string; name: string; since: string }[];
}

/** A person's IPS record: for their care team, for themselves, and for a carer the person chose to share it with. */
export async function getIpsRecord(deps: ServiceDeps, personId: string, actor: Actor): Promise<IpsRecordView> {
  const now = deps.now();
  const today = isoDate(now);
  return deps.uow.run(async (r) => {
    const { person, basis } = await requirePersonAccess(r, actor, personId, 'read_ips', now);
    const [referrals, profile, benefitsAdvice, jobs, employerContacts, memberships, jobInterests] = await inTurn([
      () => r.ips.listReferrals(person.id),
      () => r.ips.findProfile(person.id),
      () => r.ips.listBenefitsAdvice(person.id),
      () => r.ips.listJobs(person.id),
      () => r.ips.listEmployerContactsForPerson(person.id),
      () => r.careTeams.listForPerson(person.id),
      () => r.ips.listJobInterests(person.id),
    ]);
    await recordAudit(r, actor, now, { action: 'ips.read', personId: person.id, basis });
    return {
      person: { id: person.id, name: person.name, preferredName: person.preferredName },
      referrals,
      profile,
      benefitsAdvice,
      jobs,
      employerContacts,
      jobInterests,
      specialists: memberships
        .filter((m) => m.role === 'ips_employment_specialist' && isActiveOn(m, today))
        .map((m) => ({ id: m.workerId, name: m.workerName, since: m.startsOn })),
    };
  });
}
