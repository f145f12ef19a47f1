import type { Actor } from '../../domain/accounts/actor';
import type { MembershipEndReason } from '../../domain/care-team/care-team-role';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { MembershipRecord } from './ports';

export interface EndMembershipInput {
  membershipId: string;
  /** The first day the worker is no longer in the team. Defaults to today. */
  endsOn?: string;
  endReason: MembershipEndReason;
  endNote?: string | null;
  handoverNote?: string | null;
}

/** Ends a care-team membership with a reason; the history keeps it. */
export async function endMembership(
  deps: ServiceDeps,
  input: EndMembershipInput,
  actor: Actor,
): Promise<MembershipRecord> {
  requireRole(actor, ['admin'], 'Only administrators change care teams.');
  return deps.uow.run(async (r) => {
    const ended = await closeMembership(r, { ...input, endsOn: input.endsOn ?? isoDate(deps.now()) });
    await recordAudit(r, actor, deps.now(), {
      action: 'care_team.end',
      personId: ended.personId,
      basis: 'administration',
      detail: { membershipId: ended.id, endReason: ended.endReason },
    });
    return ended;
  });
}

/** Checks and ends an open membership. Shared by ending and by changing coordinator. */
export async function closeMembership(
  r: Repositories,
  input: EndMembershipInput & { endsOn: string },
): Promise<MembershipRecord> {
  const membership = await r.careTeams.findById(input.membershipId);
  if (!membership) throw new AppError('not_found', 'There is no care-team membership with that id.');
  if (membership.endsOn !== null) throw new AppError('conflict', 'That membership has already ended.');
  if (input.endsOn < membership.startsOn) {
    throw new AppError('bad_request', `A membership cannot end before it started (${membership.startsOn}).`, {
      field: 'endsOn',
    });
  }
  const endNote = input.endNote?.trim() || null;
  if (input.endReason === 'other' && !endNote) {
    throw new AppError('bad_request', 'Say why the membership ended.', { field: 'endNote' });
  }
  const change = {
    endsOn: input.endsOn,
    endReason: input.endReason,
    endNote,
    handoverNote: input.handoverNote?.trim() || null,
  };
  await r.careTeams.end(membership.id, change);
  return { ...membership, ...change };
}
