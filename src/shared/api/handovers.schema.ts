import { z } from 'zod';
import { MEMBERSHIP_END_REASONS } from '../../domain/care-team/care-team-role';
import { HANDOVER_NOTE_MAX, JOINT_MEETING_STATES } from '../../domain/handovers/handover-states';
import { hardCap, isoDate, uuidOf } from './common.schema';

// Planned changes of care coordinator, parsed before they reach a service.

export const handoverParams = z.object({ handoverId: uuidOf('handover') });

export const planHandoverBody = z.object({
  toWorkerId: uuidOf('worker'),
  handoverOn: isoDate,
  reason: z.enum(MEMBERSHIP_END_REASONS, { error: 'Choose a reason for the change.' }),
  workerNote: hardCap(HANDOVER_NOTE_MAX).nullish(),
});

export const handoverPersonNoteBody = z.object({
  version: z.int().min(1),
  personNote: hardCap(HANDOVER_NOTE_MAX),
});

export const jointMeetingBody = z.object({
  version: z.int().min(1),
  jointMeeting: z.enum(JOINT_MEETING_STATES, { error: 'Choose whether the joint meeting happened.' }),
  jointMeetingOn: isoDate.nullish(),
});

export const handoverVersionBody = z.object({ version: z.int().min(1) });

export type PlanHandoverBody = z.infer<typeof planHandoverBody>;
export type HandoverPersonNoteBody = z.infer<typeof handoverPersonNoteBody>;
export type JointMeetingBody = z.infer<typeof jointMeetingBody>;
