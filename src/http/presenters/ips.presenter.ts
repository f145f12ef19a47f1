import type { IpsRecordView } from '../../services/ips/get-ips-record';
import type {
  EmployerContactView,
  IpsReferralRecord,
  JobInterestView,
  JobView,
  VocationalProfileRecord,
} from '../../services/ips/ports';
import type {
  EmployerContactDto,
  IpsRecordDto,
  IpsReferralDto,
  JobDto,
  JobInterestDto,
  VocationalProfileDto,
} from '../../shared/api/ips.responses';

// IPS records to the JSON the API promises (shared/api/ips.responses.ts): pay in pounds, instants as ISO strings.

export const presentReferral = (r: IpsReferralRecord): IpsReferralDto => ({
  id: r.id,
  referredOn: r.referredOn,
  isSelfReferral: r.isSelfReferral,
  note: r.note,
  specialistWorkerId: r.specialistWorkerId,
  takenOn: r.takenOn,
  endedOn: r.endedOn,
  endReason: r.endReason,
});

export const presentProfile = (p: VocationalProfileRecord): VocationalProfileDto => ({
  revision: p.revision,
  workWanted: p.workWanted,
  hoursWanted: p.hoursWanted,
  strengths: p.strengths,
  history: p.history,
  whatHelped: p.whatHelped,
  whatGotInTheWay: p.whatGotInTheWay,
  disclosure: p.disclosure,
  disclosureTo: p.disclosureTo,
  disclosureHow: p.disclosureHow,
  isWrittenByPerson: p.isWrittenByPerson,
  updatedByName: p.updatedByName,
  updatedAt: p.updatedAt.toISOString(),
});

export const presentJob = (j: JobView): JobDto => ({
  id: j.id,
  employerId: j.employerId,
  employerName: j.employerName,
  employerSector: j.employerSector,
  kind: j.kind,
  title: j.title,
  startsOn: j.startsOn,
  endsOn: j.endsOn,
  hoursPerWeek: j.hoursPerWeek,
  hourlyPay: j.hourlyPayPence === null ? null : j.hourlyPayPence / 100,
  isCompetitive: j.isCompetitive,
  endReason: j.endReason,
  revision: j.revision,
});

export const presentEmployerContact = (c: EmployerContactView): EmployerContactDto => ({
  id: c.id,
  employerId: c.employerId,
  employerName: c.employerName,
  workerName: c.workerName,
  personId: c.personId,
  contactedOn: c.contactedOn,
  isFaceToFace: c.isFaceToFace,
  metWhom: c.metWhom,
  purpose: c.purpose,
  outcome: c.outcome,
});

export const presentJobInterest = (i: JobInterestView): JobInterestDto => ({
  id: i.id,
  jobKind: i.jobKind,
  employerId: i.employerId,
  employerName: i.employerLabel,
  why: i.why,
  status: i.status,
  revision: i.revision,
  addedByName: i.addedByName,
  addedAt: i.addedAt.toISOString(),
});

export const presentIpsRecord = (v: IpsRecordView): IpsRecordDto => ({
  person: v.person,
  referrals: v.referrals.map(presentReferral),
  profile: v.profile ? presentProfile(v.profile) : null,
  benefitsAdvice: v.benefitsAdvice.map(({ id, givenOn, givenBy, covered }) => ({ id, givenOn, givenBy, covered })),
  jobs: v.jobs.map(presentJob),
  employerContacts: v.employerContacts.map(presentEmployerContact),
  jobInterests: v.jobInterests.map(presentJobInterest),
  specialists: v.specialists,
});
