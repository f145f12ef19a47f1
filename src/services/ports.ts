import type { DocumentKind } from '../domain/care-plan/document-kind';
import type { LocalIdentifierScheme } from '../domain/people/local-identifier';
import type { FeedbackAlertThresholds } from '../domain/feedback/alert-thresholds';
import type { AccountRepository, PasswordHasher, SessionRepository, SignInDefenceRepository } from './accounts/ports';
import type { BreakGlassRepository } from './access/ports';
import type { BulkExportRepository } from './bulk-export/ports';
import type { AnalyticsReader } from './analytics/ports';
import type { AuditRepository } from './audit/ports';
import type { CarePlanRepository } from './care-plan/ports';
import type { CareTeamRepository } from './care-team/ports';
import type { CarerConsentRepository } from './carer-consent/ports';
import type { CollegeRepository } from './college/ports';
import type { CollegeAdminRepository } from './college/college-admin-ports';
import type { CollegeStudentsRepository } from './college/student-ports';
import type { ContactRepository } from './contacts/ports';
import type { OutboxRepository } from './email/ports';
import type { FeedbackRepository } from './feedback/ports';
import type { HandoverRepository } from './handovers/ports';
import type { IdempotencyRepository } from './idempotency/ports';
import type { InstrumentRepository } from './instruments/ports';
import type { IpsRepository } from './ips/ports';
import type { MeetingRepository } from './meetings/ports';
import type { MessageRepository } from './messages/ports';
import type { OrganisationRepository } from './organisation/ports';
import type { CalendarFeedRepository, ReviewOutcomeRepository, ReviewRepository } from './reviews/ports';
import type { QuestionnaireRepository } from './questionnaires/ports';
import type { ReflectionRepository } from './reflections/ports';
import type { SafetyPlanRepository } from './safety-plan/ports';
import type { ShareLinkRepository } from './share-links/ports';
import type { RiskRepository } from './risk/ports';
import type { SecondFactorRepository } from './second-factor/ports';
import type { SingleSignOn, SsoRepository } from './sso/ports';
import type { SecretBox } from '../domain/accounts/secret-box';
import type { CarerViewRepository } from './carer-views/ports';
import type { CarerAssessmentRepository } from './carer-assessments/ports';

/** Every repository, bound to one transaction. */
export interface Repositories {
  accounts: AccountRepository;
  sessions: SessionRepository;
  signInDefences: SignInDefenceRepository;
  organisation: OrganisationRepository;
  careTeams: CareTeamRepository;
  contacts: ContactRepository;
  reviews: ReviewRepository;
  breakGlass: BreakGlassRepository;
  audit: AuditRepository;
  meetings: MeetingRepository;
  feedback: FeedbackRepository;
  instruments: InstrumentRepository;
  /** The care plan: the same as `documents('care_plan')`. */
  carePlans: CarePlanRepository;
  /** Each kind of co-produced document (care plan, risk formulation, positive risk-taking plan, safety plan). */
  documents: (kind: DocumentKind) => CarePlanRepository;
  reviewOutcomes: ReviewOutcomeRepository;
  calendarFeeds: CalendarFeedRepository;
  idempotency: IdempotencyRepository;
  questionnaires: QuestionnaireRepository;
  ips: IpsRepository;
  risk: RiskRepository;
  outbox: OutboxRepository;
  carerConsent: CarerConsentRepository;
  handovers: HandoverRepository;
  college: CollegeRepository;
  messages: MessageRepository;
  reflections: ReflectionRepository;
  shareLinks: ShareLinkRepository;
  safetyPlans: SafetyPlanRepository;
  bulkExports: BulkExportRepository;
  sso: SsoRepository;
  secondFactors: SecondFactorRepository;
  collegeAdmin: CollegeAdminRepository;
  collegeStudents: CollegeStudentsRepository;
  carerViews: CarerViewRepository;
  carerAssessments: CarerAssessmentRepository;
}

/** Runs a use case's work in one transaction: all of it is written, or none. */
export interface UnitOfWork {
  run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
  /**
   * Work that is one read statement, or reads that need not agree with each other, outside any
   * transaction: no BEGIN and COMMIT round trips. Its only write may be the one audit event of a
   * read (a single insert is atomic by itself; ADR 0018); never for changes.
   */
  read<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}

/**
 * What every use case receives, complete: the composition root (cli/runtime.ts) and the tests build
 * all of it, so no use case checks at run time whether a part was wired. Passed in, never imported,
 * so tests can control time.
 */
export interface ServiceDeps {
  uow: UnitOfWork;
  passwords: PasswordHasher;
  now: () => Date;
  /** A session ends after this many minutes without a request: from configuration, SESSION_IDLE_MINUTES by default. */
  sessionIdleMinutes: number;
  /** Read-only figures for dashboards and exports; may read from a replica, outside the unit of work. */
  analytics: AnalyticsReader;
  /** When relationship feedback raises an alert: from configuration, checked by feedbackAlertThresholds(). */
  feedbackAlertThresholds: FeedbackAlertThresholds;
  /** How the service numbers people (NHS numbers, or its own): from configuration (TANDEM_LOCAL_IDENTIFIER). */
  localIdentifierScheme: LocalIdentifierScheme;
  /** Whether notification emails are queued: true when an SMTP server is configured (TANDEM_SMTP_URL). */
  emailEnabled: boolean;
  /** The address people open Tandem at, for links in emails (TANDEM_PUBLIC_URL). */
  publicUrl: string;
  /** The service's OpenID provider for staff sign-in (TANDEM_SSO_*); null when single sign-on is not set up. */
  singleSignOn: SingleSignOn | null;
  /** Seals secrets Tandem must read back (authenticator secrets, kept ID tokens) under TANDEM_SECRET_KEY (ADR 0048). */
  secretBox: SecretBox;
}
