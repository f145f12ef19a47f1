// The words of Individual Placement and Support records: the person's disclosure choice, kinds of
// job, why a job ended and why an employer was contacted. Shared with the API contract.

/** Whether and how the person wants their mental health mentioned to employers; theirs to choose. */
export const DISCLOSURE_CHOICES = ['undecided', 'no_disclosure', 'partial', 'full'] as const;
export type DisclosureChoice = (typeof DISCLOSURE_CHOICES)[number];

export const DISCLOSURE_LABELS: Record<DisclosureChoice, string> = {
  undecided: 'Not decided yet',
  no_disclosure: 'Do not mention my mental health to employers',
  partial: 'Mention some things, to the people I name',
  full: 'I am happy for my employment specialist to talk about it',
};

/** Jobs, and education or training starts, counted alike as the scale counts them. */
export const JOB_KINDS = ['job', 'education', 'training'] as const;
export type JobKind = (typeof JOB_KINDS)[number];

export const JOB_KIND_LABELS: Record<JobKind, string> = {
  job: 'Paid job',
  education: 'Education',
  training: 'Training',
};

export const JOB_END_REASONS = [
  'moved_to_better_job',
  'contract_ended',
  'resigned',
  'dismissed',
  'health',
  'course_completed',
  'other',
] as const;
export type JobEndReason = (typeof JOB_END_REASONS)[number];

export const JOB_END_REASON_LABELS: Record<JobEndReason, string> = {
  moved_to_better_job: 'Moved to another job',
  contract_ended: 'Contract or placement ended',
  resigned: 'Left by choice',
  dismissed: 'Let go by the employer',
  health: 'Health',
  course_completed: 'Course completed',
  other: 'Other',
};

export const EMPLOYER_CONTACT_PURPOSES = ['job_development', 'about_a_person', 'follow_along'] as const;
export type EmployerContactPurpose = (typeof EMPLOYER_CONTACT_PURPOSES)[number];

export const EMPLOYER_CONTACT_PURPOSE_LABELS: Record<EmployerContactPurpose, string> = {
  job_development: 'Getting to know the employer (job development)',
  about_a_person: 'About a job for someone',
  follow_along: 'Support after someone started work',
};

/** Why a referral to IPS ended; it never ends by itself (support is time-unlimited). */
export const REFERRAL_END_REASONS = ['person_chose', 'discharged', 'moved_away', 'other'] as const;
export type ReferralEndReason = (typeof REFERRAL_END_REASONS)[number];

export const REFERRAL_END_REASON_LABELS: Record<ReferralEndReason, string> = {
  person_chose: 'The person chose to stop',
  discharged: 'Discharged from the service',
  moved_away: 'Moved away',
  other: 'Other',
};

/** Where a job or employer the person is interested in stands; theirs and their specialist's to change. */
export const JOB_INTEREST_STATUSES = ['interested', 'applied', 'not_now'] as const;
export type JobInterestStatus = (typeof JOB_INTEREST_STATUSES)[number];

export const JOB_INTEREST_STATUS_LABELS: Record<JobInterestStatus, string> = {
  interested: 'Interested',
  applied: 'Applied',
  not_now: 'Not now',
};

export const IPS_LIMITS = {
  maxProfileFieldLength: 4_000,
  maxShortText: 200,
  maxNoteLength: 2_000,
  /** Hours a week: more than 80 is a typing slip rather than a job. */
  maxHoursPerWeek: 80,
  /** Pay in pence an hour; £500 an hour is a slip. */
  maxHourlyPayPence: 50_000,
} as const;
