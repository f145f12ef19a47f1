import { z } from 'zod';
import { text } from './text.schema';
import { CARE_TEAM_ROLES, MEMBERSHIP_END_REASONS } from '../../domain/care-team/care-team-role';
import { isoDate } from './common.schema';

// Adding and ending care-team memberships and handing over care coordination, parsed before they
// reach a service.

/** The longest notes a change to the care team takes; the forms show the count as people type. */
export const CARE_TEAM_LIMITS = { maxNote: 2_000, maxHandoverNote: 4_000 } as const;

export const membershipParams = z.object({ membershipId: z.uuid({ error: 'That is not a valid id.' }) });

export const addMembershipBody = z.object({
  workerId: z.uuid(),
  role: z.enum(CARE_TEAM_ROLES),
  startsOn: isoDate.optional(),
});

export const endMembershipBody = z.object({
  endsOn: isoDate.optional().meta({ title: 'Ends on' }),
  endReason: z.enum(MEMBERSHIP_END_REASONS).meta({ title: 'Why it is ending' }),
  endNote: text()
    .max(CARE_TEAM_LIMITS.maxNote, `At most ${CARE_TEAM_LIMITS.maxNote.toLocaleString('en-GB')} characters.`)
    .nullish()
    .meta({ title: 'More about why' }),
  handoverNote: text()
    .max(
      CARE_TEAM_LIMITS.maxHandoverNote,
      `At most ${CARE_TEAM_LIMITS.maxHandoverNote.toLocaleString('en-GB')} characters.`,
    )
    .nullish(),
});

export const changeCareCoordinatorBody = z.object({
  newWorkerId: z.uuid(),
  on: isoDate.optional(),
  reason: z.enum(MEMBERSHIP_END_REASONS).meta({ title: 'Why the change' }),
  note: text()
    .max(CARE_TEAM_LIMITS.maxNote, `At most ${CARE_TEAM_LIMITS.maxNote.toLocaleString('en-GB')} characters.`)
    .nullish()
    .meta({ title: 'More about why' }),
  handoverNote: text()
    .max(
      CARE_TEAM_LIMITS.maxHandoverNote,
      `At most ${CARE_TEAM_LIMITS.maxHandoverNote.toLocaleString('en-GB')} characters.`,
    )
    .nullish(),
});

export type AddMembershipBody = z.infer<typeof addMembershipBody>;
export type EndMembershipBody = z.infer<typeof endMembershipBody>;
export type ChangeCareCoordinatorBody = z.infer<typeof changeCareCoordinatorBody>;
