import type { Repositories, UnitOfWork } from '../services/ports';
import { createAccountRepository, createSessionRepository } from './account.repository';
import { createAuditRepository } from './audit.repository';
import { createBreakGlassRepository } from './break-glass.repository';
import { createCareTeamRepository } from './care-team.repository';
import { createContactRepository } from './contact.repository';
import type { Database } from './database';
import { createOrganisationRepository } from './organisation.repository';
import { createReviewRepository } from './review.repository';

/** Every repository over one database handle or transaction. */
export function createRepositories(db: Database): Repositories {
  return {
    accounts: createAccountRepository(db),
    sessions: createSessionRepository(db),
    organisation: createOrganisationRepository(db),
    careTeams: createCareTeamRepository(db),
    contacts: createContactRepository(db),
    reviews: createReviewRepository(db),
    breakGlass: createBreakGlassRepository(db),
    audit: createAuditRepository(db),
  };
}

/** Runs each use case in its own database transaction. */
export function createUnitOfWork(db: Database): UnitOfWork {
  return { run: (work) => db.transaction((tx) => work(createRepositories(tx as unknown as Database))) };
}
