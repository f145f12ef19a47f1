import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { ServiceDeps } from '../ports';
import type { BreakGlassRecord } from './ports';

/** How long a break-glass reason opens a record for. Long enough for a shift, short enough to lapse. */
export const BREAK_GLASS_HOURS = 8;
export const BREAK_GLASS_REASON_MIN_LENGTH = 10;

export interface BreakGlassInput {
  personId: string;
  reason: string;
}

/**
 * Opens a record outside the worker's care team for a written reason. The reason is audited and
 * shown to the person in "who opened my record"; the grant lapses on its own.
 */
export async function breakGlass(deps: ServiceDeps, input: BreakGlassInput, actor: Actor): Promise<BreakGlassRecord> {
  if (actor.role !== 'worker') throw new AppError('forbidden', 'Only workers can open a record with a reason.');
  const reason = input.reason.trim();
  if (reason.length < BREAK_GLASS_REASON_MIN_LENGTH) {
    throw new AppError(
      'bad_request',
      `Say why you need this record, in at least ${BREAK_GLASS_REASON_MIN_LENGTH} characters.`,
      {
        field: 'reason',
      },
    );
  }
  return deps.uow.run(async (repositories) => {
    const person = await repositories.organisation.findPerson(input.personId);
    if (!person) throw new AppError('not_found', 'There is no person with that id.');
    const now = deps.now();
    const grant: BreakGlassRecord = {
      id: newId(),
      personId: person.id,
      accountId: actor.accountId,
      reason,
      createdAt: now,
      expiresAt: new Date(now.getTime() + BREAK_GLASS_HOURS * 3_600_000),
    };
    await repositories.breakGlass.create(grant);
    await recordAudit(repositories, actor, now, {
      action: 'record.break_glass',
      personId: person.id,
      basis: 'break_glass',
      reason,
      detail: { expiresAt: grant.expiresAt.toISOString() },
    });
    return grant;
  });
}
