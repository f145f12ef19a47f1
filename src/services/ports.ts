import type { AccountRepository, PasswordHasher, SessionRepository } from './accounts/ports';
import type { BreakGlassRepository } from './access/ports';
import type { AuditRepository } from './audit/ports';
import type { CareTeamRepository } from './care-team/ports';
import type { ContactRepository } from './contacts/ports';
import type { OrganisationRepository } from './organisation/ports';
import type { ReviewRepository } from './people/ports';

/** Every repository, bound to one transaction. */
export interface Repositories {
  accounts: AccountRepository;
  sessions: SessionRepository;
  organisation: OrganisationRepository;
  careTeams: CareTeamRepository;
  contacts: ContactRepository;
  reviews: ReviewRepository;
  breakGlass: BreakGlassRepository;
  audit: AuditRepository;
}

/** Runs a use case's work in one transaction: all of it is written, or none. */
export interface UnitOfWork {
  run<T>(work: (repositories: Repositories) => Promise<T>): Promise<T>;
}

/** What every use case receives. Passed in, never imported, so tests can control time. */
export interface ServiceDeps {
  uow: UnitOfWork;
  passwords: PasswordHasher;
  now: () => Date;
}
