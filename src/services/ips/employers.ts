import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { Repositories, ServiceDeps } from '../ports';
import type { EmployerRecord } from './ports';

const STAFF = ['worker', 'team_manager'] as const;

/** Adds an employer the service works with. Employer records hold no one's health information. */
export async function createEmployer(
  deps: ServiceDeps,
  input: Omit<EmployerRecord, 'id'>,
  actor: Actor,
): Promise<EmployerRecord> {
  requireRole(actor, STAFF, 'Only staff add employers.');
  return deps.uow.run(async (r) => {
    const employer: EmployerRecord = {
      id: newId(),
      name: input.name.trim(),
      sector: input.sector.trim(),
      town: input.town.trim(),
    };
    await r.ips.createEmployer(employer);
    await recordAudit(r, actor, deps.now(), { action: 'ips.employer.create', detail: { employerId: employer.id } });
    return employer;
  });
}

/** Every employer, by name: the list the specialist picks from. Not about anyone, so not audited. */
export async function listEmployers(deps: ServiceDeps, actor: Actor): Promise<EmployerRecord[]> {
  requireRole(actor, STAFF, 'Only staff see the list of employers.');
  return deps.uow.read((r) => r.ips.listEmployers());
}

/** The employer with that id, or a 400 naming the field. */
export async function requireEmployer(r: Repositories, employerId: string): Promise<EmployerRecord> {
  const employer = await r.ips.findEmployer(employerId);
  if (!employer) throw new AppError('bad_request', 'That employer is not known to Tandem.', { field: 'employerId' });
  return employer;
}
