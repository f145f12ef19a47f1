import type {
  DisclosureChoice,
  EmployerContactPurpose,
  JobEndReason,
  JobInterestStatus,
  JobKind,
  ReferralEndReason,
} from '../../domain/ips/ips-vocabulary';

export interface IpsReferralRecord {
  id: string;
  personId: string;
  referredOn: string;
  isSelfReferral: boolean;
  referredByAccountId: string | null;
  note: string | null;
  specialistWorkerId: string | null;
  takenOn: string | null;
  endedOn: string | null;
  endReason: ReferralEndReason | null;
}

/** The vocational profile's words, as the person and their specialist write them. */
export interface VocationalProfileWords {
  workWanted: string;
  hoursWanted: string;
  strengths: string;
  history: string;
  whatHelped: string;
  whatGotInTheWay: string;
  disclosure: DisclosureChoice;
  disclosureTo: string;
  disclosureHow: string;
}

export interface VocationalProfileRecord extends VocationalProfileWords {
  personId: string;
  revision: number;
  isWrittenByPerson: boolean;
  updatedByAccountId: string | null;
  updatedByName: string;
  updatedAt: Date;
}

export interface BenefitsAdviceRecord {
  id: string;
  personId: string;
  givenOn: string;
  givenBy: string;
  covered: string;
  recordedByAccountId: string | null;
}

export interface EmployerRecord {
  id: string;
  name: string;
  sector: string;
  town: string;
}

export interface EmployerContactRecord {
  id: string;
  workerId: string;
  employerId: string;
  personId: string | null;
  contactedOn: string;
  isFaceToFace: boolean;
  metWhom: string;
  purpose: EmployerContactPurpose;
  outcome: string;
  recordedByAccountId: string | null;
}

export interface EmployerContactView extends EmployerContactRecord {
  employerName: string;
  workerName: string;
}

export interface JobRecord {
  id: string;
  personId: string;
  employerId: string;
  kind: JobKind;
  title: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number | null;
  hourlyPayPence: number | null;
  isCompetitive: boolean;
  endReason: JobEndReason | null;
  revision: number;
  recordedByAccountId: string | null;
  /** When it was recorded or last changed (FHIR meta.lastUpdated, ADR 0047). */
  updatedAt: Date;
}

export interface JobView extends JobRecord {
  employerName: string;
  employerSector: string;
}

/** A job or employer the person is interested in. */
export interface JobInterestRecord {
  id: string;
  personId: string;
  jobKind: string;
  employerId: string | null;
  /** An employer named without a record. */
  employerName: string | null;
  why: string;
  status: JobInterestStatus;
  revision: number;
  addedByAccountId: string | null;
  addedByName: string;
  addedAt: Date;
}

/** An interest with the employer's name, from its record when it has one. */
export interface JobInterestView extends JobInterestRecord {
  employerLabel: string | null;
}

/** A referral on someone's IPS caseload with what the caseload page shows beside it. */
export interface CaseloadReferralView extends IpsReferralRecord {
  personName: string;
  teamId: string;
  firstEmployerContactOn: string | null;
  firstFaceToFaceEmployerContactOn: string | null;
}

/** A referral as the outcome figures need it: who, where and with which specialist. */
export interface OutcomeReferralRow {
  personId: string;
  referredOn: string;
  endedOn: string | null;
  specialistWorkerId: string | null;
  teamId: string;
  siteId: string;
}

export interface OutcomeJobRow {
  personId: string;
  employerId: string;
  kind: JobKind;
  title: string;
  startsOn: string;
  endsOn: string | null;
  isCompetitive: boolean;
}

export interface FidelityReviewRecord {
  id: string;
  teamId: string;
  reviewedOn: string;
  reviewers: string;
  scores: number[];
  total: number;
  recordedByAccountId: string | null;
}

/** Which people figures are about: some teams, one site, or everyone. */
export interface IpsScope {
  teamIds?: readonly string[];
  siteId?: string;
}

export interface IpsRepository {
  createReferral(referral: IpsReferralRecord): Promise<void>;
  findOpenReferral(personId: string): Promise<IpsReferralRecord | null>;
  listReferrals(personId: string): Promise<IpsReferralRecord[]>;
  /** Takes a referral. */
  updateReferral(referral: IpsReferralRecord): Promise<void>;
  /** Ends a referral that is still open; false when it had already ended. */
  endReferral(referral: IpsReferralRecord): Promise<boolean>;
  /** Open referrals no specialist has taken yet, of the people of these teams. */
  listWaitingReferrals(teamIds: readonly string[]): Promise<CaseloadReferralView[]>;
  /** Open referrals a specialist has taken. */
  listSpecialistCaseload(workerId: string): Promise<CaseloadReferralView[]>;

  findProfile(personId: string): Promise<VocationalProfileRecord | null>;
  /** Writes the profile if its stored revision is still `expectedRevision` (0: none yet); false when another edit came first. */
  saveProfile(profile: VocationalProfileRecord, expectedRevision: number): Promise<boolean>;

  createBenefitsAdvice(advice: BenefitsAdviceRecord): Promise<void>;
  listBenefitsAdvice(personId: string): Promise<BenefitsAdviceRecord[]>;

  createEmployer(employer: EmployerRecord): Promise<void>;
  findEmployer(id: string): Promise<EmployerRecord | null>;
  listEmployers(): Promise<EmployerRecord[]>;

  createEmployerContact(contact: EmployerContactRecord): Promise<void>;
  listEmployerContactsForPerson(personId: string): Promise<EmployerContactView[]>;
  /** A worker's employer contacts, newest first. */
  listEmployerContactsForWorker(workerId: string, limit: number): Promise<EmployerContactView[]>;

  createJob(job: JobRecord): Promise<void>;
  findJob(personId: string, id: string): Promise<JobView | null>;
  /** Writes the job if its stored revision is `job.revision - 1`; false when another edit came first. */
  updateJob(job: JobRecord): Promise<boolean>;
  listJobs(personId: string): Promise<JobView[]>;

  createJobInterest(interest: JobInterestRecord): Promise<void>;
  findJobInterest(personId: string, id: string): Promise<JobInterestView | null>;
  /** Writes the interest if the stored revision is `interest.revision - 1`; false when another edit came first. */
  updateJobInterest(interest: JobInterestRecord): Promise<boolean>;
  /** Deletes the interest if it is still at `interest.revision`; false when another edit came first. */
  deleteJobInterest(interest: Pick<JobInterestRecord, 'id' | 'personId' | 'revision'>): Promise<boolean>;
  /** The person's interests, newest first. */
  listJobInterests(personId: string): Promise<JobInterestView[]>;

  /** Every referral of the people in scope, with their team and site. */
  listOutcomeReferrals(scope: IpsScope): Promise<OutcomeReferralRow[]>;
  /** Every job of the people in scope. */
  listOutcomeJobs(scope: IpsScope): Promise<OutcomeJobRow[]>;
  /** Employer contacts made by the workers in `workerIds` between two days, both included. */
  listEmployerContactsBetween(workerIds: readonly string[], from: string, to: string): Promise<EmployerContactRecord[]>;

  /**
   * Each worker's recorded contact minutes (duration and admin minutes) between two days, both
   * included: in all, and with people whose IPS employment specialist they were on the day.
   */
  listSpecialistContactMinutes(
    workerIds: readonly string[],
    from: string,
    to: string,
  ): Promise<{ workerId: string; employment: number; total: number }[]>;

  createFidelityReview(review: FidelityReviewRecord): Promise<void>;
  listFidelityReviews(teamId: string): Promise<FidelityReviewRecord[]>;

  /** Attaches an employment specialist to a community team (ADR 0049); attaching twice changes nothing. */
  attachSpecialist(attachment: IpsAttachmentRecord): Promise<void>;
  /** Replaces a specialist's attachments with these. */
  replaceAttachments(workerId: string, attachments: readonly IpsAttachmentRecord[]): Promise<void>;
  /** The community teams the specialists of an IPS team are attached to, in no order. */
  listServedTeamIds(ipsTeamId: string): Promise<string[]>;
  /** Every attachment of the specialists of an IPS team. */
  listAttachments(ipsTeamId: string): Promise<IpsAttachmentRecord[]>;
  /** Every specialist's attachments, for the administrators' screen. */
  listEveryAttachment(): Promise<IpsAttachmentRecord[]>;
  /** A specialist's attachments. */
  listWorkerAttachments(workerId: string): Promise<IpsAttachmentRecord[]>;
}

/** An employment specialist attached to a community team whose people they support. */
export interface IpsAttachmentRecord {
  workerId: string;
  teamId: string;
}
