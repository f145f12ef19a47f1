import { z } from 'zod';
import { CARE_TEAM_ROLES, MEMBERSHIP_END_REASONS } from '../../domain/care-team/care-team-role';
import { isoDate } from './common.schema';

// Adding and ending care-team memberships and handing over care coordination, parsed before they
// reach a service.

export const membershipParams = z.object({ membershipId: z.uuid({ error: 'That is not a valid id.' }) });

export const addMembershipBody = z.object({
  workerId: z.uuid(),
  role: z.enum(CARE_TEAM_ROLES),
  startsOn: isoDate.optional(),
});

export const endMembershipBody = z.object({
  endsOn: isoDate.optional(),
  endReason: z.enum(MEMBERSHIP_END_REASONS),
  endNote: z.string().max(2_000).nullish(),
  handoverNote: z.string().max(4_000).nullish(),
});

export const changeCareCoordinatorBody = z.object({
  newWorkerId: z.uuid(),
  on: isoDate.optional(),
  reason: z.enum(MEMBERSHIP_END_REASONS),
  note: z.string().max(2_000).nullish(),
  handoverNote: z.string().max(4_000).nullish(),
});

export type AddMembershipBody = z.infer<typeof addMembershipBody>;
export type EndMembershipBody = z.infer<typeof endMembershipBody>;
export type ChangeCareCoordinatorBody = z.infer<typeof changeCareCoordinatorBody>;
