import { createBulkExportRepository } from './bulk-export.repository';
import type { DocumentKind } from '../domain/care-plan/document-kind';
import type { CarePlanRepository } from '../services/care-plan/ports';
import type { Repositories, UnitOfWork } from '../services/ports';
import { createAccountRepository, createSessionRepository } from './accounts.repository';
import { createSignInDefenceRepository } from './sign-in.repository';
import { createAuditRepository } from './audit.repository';
import { createBreakGlassRepository } from './break-glass.repository';
import { createCarePlanRepository } from './care-plan.repository';
import { createCareTeamRepository } from './care-team.repository';
import { createCarerConsentRepository } from './carer-consent.repository';
import { createCollegeRepository } from './college.repository';
import { createCollegeAdminRepository } from './college-admin.repository';
import { createCollegeStudentsRepository } from './college-students.repository';
import { createContactRepository } from './contacts.repository';
import type { Database } from './database';
import { createOutboxRepository } from './email.repository';
import { createFeedbackRepository } from './feedback.repository';
import { createHandoverRepository } from './handovers.repository';
import { createIdempotencyRepository } from './idempotency.repository';
import { createInstrumentRepository } from './instruments.repository';
import { createIpsRepository } from './ips.repository';
import { createMeetingRepository } from './meetings.repository';
import { createMessageRepository } from './messages.repository';
import { createOrganisationRepository } from './organisation.repository';
import { createQuestionnaireRepository } from './questionnaires.repository';
import { createReflectionRepository } from './reflections.repository';
import { createSafetyPlanRepository } from './safety-plan.repository';
import { createShareLinkRepository } from './share-links.repository';
import { createRiskRepository } from './risk.repository';
import { createSecondFactorRepository } from './second-factor.repository';
import { createSsoRepository } from './sso.repository';
import {
  createCalendarFeedRepository,
  createReviewOutcomeRepository,
  createReviewRepository,
} from './reviews.repository';
import { createCarerViewRepository } from './carer-views.repository';
import { createCarerAssessmentRepository } from './carer-assessments.repository';

/** Every repository over one database handle or transaction. */
export function createRepositories(db: Database): Repositories {
  const carePlans = createCarePlanRepository(db);
  // Other kinds of co-produced document are made when a use case first asks for them.
  const documents = new Map<DocumentKind, CarePlanRepository>([['care_plan', carePlans]]);
  return {
    accounts: createAccountRepository(db),
    sessions: createSessionRepository(db),
    signInDefences: createSignInDefenceRepository(db),
    organisation: createOrganisationRepository(db),
    careTeams: createCareTeamRepository(db),
    contacts: createContactRepository(db),
    reviews: createReviewRepository(db),
    breakGlass: createBreakGlassRepository(db),
    audit: createAuditRepository(db),
    meetings: createMeetingRepository(db),
    feedback: createFeedbackRepository(db),
    instruments: createInstrumentRepository(db),
    carePlans,
    documents: (kind) => {
      const existing = documents.get(kind);
      if (existing) return existing;
      const created = createCarePlanRepository(db, kind);
      documents.set(kind, created);
      return created;
    },
    reviewOutcomes: createReviewOutcomeRepository(db),
    calendarFeeds: createCalendarFeedRepository(db),
    idempotency: createIdempotencyRepository(db),
    questionnaires: createQuestionnaireRepository(db),
    ips: createIpsRepository(db),
    risk: createRiskRepository(db),
    outbox: createOutboxRepository(db),
    carerConsent: createCarerConsentRepository(db),
    handovers: createHandoverRepository(db),
    college: createCollegeRepository(db),
    messages: createMessageRepository(db),
    reflections: createReflectionRepository(db),
    shareLinks: createShareLinkRepository(db),
    bulkExports: createBulkExportRepository(db),
    safetyPlans: createSafetyPlanRepository(db),
    sso: createSsoRepository(db),
    secondFactors: createSecondFactorRepository(db),
    collegeAdmin: createCollegeAdminRepository(db),
    collegeStudents: createCollegeStudentsRepository(db),
    carerViews: createCarerViewRepository(db),
    carerAssessments: createCarerAssessmentRepository(db),
  };
}

/** Runs each use case in its own database transaction. */
export function createUnitOfWork(db: Database): UnitOfWork {
  const outside = createRepositories(db);
  return {
    run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))),
    read: (work) => work(outside),
  };
}
