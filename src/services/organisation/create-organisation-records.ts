import type { CarerShareScope } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { consentChanges, orderedScopes } from '../../domain/carer-consent/consent-changes';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import { checkedDateOfBirth, checkedIdentifier } from '../people/people-deps';
import type { Repositories, ServiceDeps } from '../ports';
import type { CarerRecord, PersonRecord, SiteRecord, TeamRecord, WorkerRecord } from './ports';

const ADMIN_ONLY = 'Only administrators change the organisation.';

/** Adds a site. */
export async function createSite(deps: ServiceDeps, input: { name: string }, actor: Actor): Promise<SiteRecord> {
  requireRole(actor, ['admin'], ADMIN_ONLY);
  const site = { id: newId(), name: input.name.trim() };
  return write(deps, actor, 'site.create', site, (r) => r.organisation.createSite(site));
}

/** Adds a team to a site, with its review cadence (default 12 months). */
export async function createTeam(
  deps: ServiceDeps,
  input: { siteId: string; name: string; reviewCadenceMonths?: number },
  actor: Actor,
): Promise<TeamRecord> {
  requireRole(actor, ['admin'], ADMIN_ONLY);
  const team = {
    id: newId(),
    siteId: input.siteId,
    name: input.name.trim(),
    reviewCadenceMonths: input.reviewCadenceMonths ?? 12,
  };
  return write(deps, actor, 'team.create', team, async (r) => {
    if (!(await r.organisation.findSite(team.siteId)))
      throw new AppError('bad_request', 'There is no site with that id.', { field: 'siteId' });
    await r.organisation.createTeam(team);
  });
}

/** Adds a worker to a team. */
export async function createWorker(
  deps: ServiceDeps,
  input: { name: string; profession: string; teamId: string; email?: string | null; phone?: string | null },
  actor: Actor,
): Promise<WorkerRecord> {
  requireRole(actor, ['admin'], ADMIN_ONLY);
  const worker: WorkerRecord = {
    id: newId(),
    name: input.name.trim(),
    profession: input.profession.trim(),
    teamId: input.teamId,
    email: input.email ?? null,
    phone: input.phone ?? null,
    leftOn: null,
  };
  return write(deps, actor, 'worker.create', worker, async (r) => {
    await requireTeam(r, worker.teamId);
    await r.organisation.createWorker(worker);
  });
}

/** Adds a person to a team's service, joining today, and schedules their first review one cadence from today. */
export async function createPerson(
  deps: ServiceDeps,
  input: {
    name: string;
    preferredName?: string | null;
    dateOfBirth?: string | null;
    teamId: string;
    localIdentifier?: string | null;
  },
  actor: Actor,
): Promise<PersonRecord> {
  requireRole(actor, ['admin'], ADMIN_ONLY);
  const id = newId();
  const dateOfBirth = checkedDateOfBirth(input.dateOfBirth, deps.now());
  return deps.uow.run(async (r) => {
    const person: PersonRecord = {
      id,
      name: input.name.trim(),
      preferredName: input.preferredName?.trim() || null,
      dateOfBirth,
      teamId: input.teamId,
      localIdentifier: await checkedIdentifier(deps, r, input.localIdentifier, id),
      joinedOn: isoDate(deps.now()),
      dischargedOn: null,
      dischargeReason: null,
      dischargeNote: null,
      researchOptOut: false,
      emailAddress: null,
      wantsEmail: false,
      version: 1,
    };
    const team = await requireTeam(r, person.teamId);
    await r.organisation.createPerson(person);
    const due = deps.now();
    due.setUTCMonth(due.getUTCMonth() + team.reviewCadenceMonths);
    await r.reviews.create({ id: newId(), personId: person.id, dueOn: isoDate(due), heldOn: null });
    await recordAudit(r, actor, deps.now(), { action: 'person.create', personId: person.id, basis: 'administration' });
    return person;
  });
}

/** Adds a carer for a person, sharing with them only what the person has chosen. */
export async function createCarer(
  deps: ServiceDeps,
  input: {
    name: string;
    phone?: string | null;
    personId: string;
    relationship: string;
    sharedScopes: CarerShareScope[];
    /** Why the administrator records what the person shares; the person reads it. */
    onBehalfReason?: string | null;
  },
  actor: Actor,
): Promise<CarerRecord> {
  requireRole(actor, ['admin'], ADMIN_ONLY);
  const carer: CarerRecord = { id: newId(), name: input.name.trim(), phone: input.phone ?? null };
  return deps.uow.run(async (r) => {
    if (!(await r.organisation.findPerson(input.personId)))
      throw new AppError('bad_request', 'There is no person with that id.', { field: 'personId' });
    await r.organisation.createCarer(carer);
    const sharedScopes = orderedScopes(input.sharedScopes);
    await r.organisation.linkCarer({
      personId: input.personId,
      carerId: carer.id,
      relationship: input.relationship.trim(),
      sharedScopes,
    });
    // What the carer may see from the start is the person's consent, recorded for them by an administrator.
    const now = deps.now();
    await r.carerConsent.append(
      consentChanges([], sharedScopes).map(({ scope, change }) => ({
        id: newId(),
        personId: input.personId,
        carerId: carer.id,
        scope,
        change,
        changedAt: now,
        byAccountId: actor.accountId,
        byName: actor.displayName,
        onBehalfReason: input.onBehalfReason?.trim() || 'Recorded when the carer was added to Tandem',
      })),
    );
    await recordAudit(r, actor, deps.now(), {
      action: 'carer.create',
      personId: input.personId,
      basis: 'administration',
      detail: { carerId: carer.id, sharedScopes: input.sharedScopes },
    });
    return carer;
  });
}

async function requireTeam(r: Repositories, teamId: string): Promise<TeamRecord> {
  const team = await r.organisation.findTeam(teamId);
  if (!team) throw new AppError('bad_request', 'There is no team with that id.', { field: 'teamId' });
  return team;
}

async function write<T extends { id: string }>(
  deps: ServiceDeps,
  actor: Actor,
  action: string,
  record: T,
  work: (r: Repositories) => Promise<void>,
): Promise<T> {
  return deps.uow.run(async (r) => {
    await work(r);
    await recordAudit(r, actor, deps.now(), { action, detail: { id: record.id } });
    return record;
  });
}
