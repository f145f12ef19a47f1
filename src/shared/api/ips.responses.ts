import type {
  DisclosureChoice,
  EmployerContactPurpose,
  JobEndReason,
  JobInterestStatus,
  JobKind,
  ReferralEndReason,
} from '../../domain/ips/ips-vocabulary';

// Individual Placement and Support. Days are YYYY-MM-DD; instants ISO 8601; pay in pounds.

export interface IpsReferralDto {
  id: string;
  referredOn: string;
  isSelfReferral: boolean;
  note: string | null;
  specialistWorkerId: string | null;
  takenOn: string | null;
  endedOn: string | null;
  endReason: ReferralEndReason | null;
}

export interface VocationalProfileDto {
  revision: number;
  workWanted: string;
  hoursWanted: string;
  strengths: string;
  history: string;
  whatHelped: string;
  whatGotInTheWay: string;
  disclosure: DisclosureChoice;
  disclosureTo: string;
  disclosureHow: string;
  isWrittenByPerson: boolean;
  updatedByName: string;
  updatedAt: string;
}

export interface BenefitsAdviceDto {
  id: string;
  givenOn: string;
  givenBy: string;
  covered: string;
}

export interface EmployerDto {
  id: string;
  name: string;
  sector: string;
  town: string;
}

export interface EmployerContactDto {
  id: string;
  employerId: string;
  employerName: string;
  workerName: string;
  personId: string | null;
  contactedOn: string;
  isFaceToFace: boolean;
  metWhom: string;
  purpose: EmployerContactPurpose;
  outcome: string;
}

export interface JobDto {
  id: string;
  employerId: string;
  employerName: string;
  employerSector: string;
  kind: JobKind;
  title: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number | null;
  /** Pounds an hour. */
  hourlyPay: number | null;
  isCompetitive: boolean;
  endReason: JobEndReason | null;
  revision: number;
}

/** A job or employer the person is interested in. */
export interface JobInterestDto {
  id: string;
  jobKind: string;
  employerId: string | null;
  /** The employer's name, from its record or as typed; null for a kind of job only. */
  employerName: string | null;
  why: string;
  status: JobInterestStatus;
  revision: number;
  addedByName: string;
  addedAt: string;
}

export interface IpsRecordDto {
  person: { id: string; name: string; preferredName: string | null };
  referrals: IpsReferralDto[];
  profile: VocationalProfileDto | null;
  benefitsAdvice: BenefitsAdviceDto[];
  jobs: JobDto[];
  employerContacts: EmployerContactDto[];
  jobInterests: JobInterestDto[];
  specialists: { id: string; name: string; since: string }[];
}

export interface IpsCaseloadDto {
  people: {
    personId: string;
    personName: string;
    referredOn: string;
    isSelfReferral: boolean;
    daysSinceReferral: number;
    daysSinceFirstEmployerContact: number | null;
    daysToFirstFaceToFaceEmployerContact: number | null;
    currentJob: { title: string; employerName: string; since: string } | null;
  }[];
  waiting: { personId: string; personName: string; referredOn: string; isSelfReferral: boolean }[];
  inWork: number;
  recentEmployerContacts: EmployerContactDto[];
}

export interface EmployersResponse {
  employers: EmployerDto[];
}

export interface IpsQuarterRateDto {
  quarter: string;
  onCaseload: number;
  inCompetitiveWork: number;
  rate: number | null;
}

export interface IpsOutcomeGroupDto {
  level: 'all' | 'site' | 'team' | 'specialist';
  id: string | null;
  name: string;
  quarters: IpsQuarterRateDto[];
  timeToFirstJob: { withJob: number; withoutJob: number; medianDays: number | null };
  tenure: { jobs: number; ongoing: number; medianDays: number | null };
}

export interface IpsOutcomesDto {
  asOf: string;
  benchmark: number;
  quarterLabels: string[];
  groups: IpsOutcomeGroupDto[];
}

export interface IpsFidelityDto {
  team: { id: string; name: string };
  asOf: string;
  items: {
    number: number;
    section: 'staffing' | 'organisation' | 'services';
    /** Tandem's short neutral label. */
    label: string;
    /** The scale's wording, when the service has loaded it. */
    text: string | null;
    indicators: string[];
  }[];
  hasWording: boolean;
  reviews: {
    id: string;
    reviewedOn: string;
    reviewers: string;
    scores: number[];
    score: {
      total: number;
      sections: { staffing: number; organisation: number; services: number };
      band: 'exemplary' | 'good' | 'fair' | 'not_ips';
    };
  }[];
  indicators: {
    key: string;
    label: string;
    value: number | null;
    shown: string;
    anchor: string;
    meetsAnchor: boolean | null;
  }[];
}
