import type { CareTeamRole } from '../domain/care-team/care-team-role';
import type { ContactKind, ContactMode } from '../domain/contacts/contact-kinds';
import type { ContactRecord } from '../services/contacts/ports';
import { BEYOND_ROUTINE_NOTES, CONTACT_NOTES } from './demo-notes';
import type { Random } from './seeded-random';

type Weights<T> = readonly (readonly [T, number])[];

/** Where care coordinators meet people, by kind of contact. */
const COORDINATOR_MODES: Record<ContactKind, Weights<ContactMode>> = {
  meeting: [
    ['home', 35],
    ['clinic', 25],
    ['community', 22],
    ['video', 8],
    ['phone', 7],
    ['other', 3],
  ],
  brief_contact: [
    ['phone', 75],
    ['clinic', 10],
    ['video', 8],
    ['other', 7],
  ],
  review: [
    ['clinic', 55],
    ['home', 35],
    ['video', 10],
  ],
  crisis: [
    ['home', 45],
    ['phone', 35],
    ['clinic', 15],
    ['community', 5],
  ],
};

/** Where the other roles meet people. */
const ROLE_MODES: Partial<Record<CareTeamRole, Weights<ContactMode>>> = {
  psychiatrist: [
    ['clinic', 75],
    ['video', 20],
    ['home', 5],
  ],
  psychologist: [
    ['clinic', 70],
    ['video', 25],
    ['home', 5],
  ],
  peer_worker: [
    ['community', 55],
    ['home', 20],
    ['phone', 15],
    ['other', 10],
  ],
  ips_employment_specialist: [
    ['community', 50],
    ['phone', 25],
    ['clinic', 15],
    ['video', 10],
  ],
  recovery_college_tutor: [
    ['community', 60],
    ['other', 40],
  ],
};

/** Duration and admin time in steps of 5 minutes: [min, max] for each. */
const TIMES: Record<ContactKind, { duration: readonly [number, number]; admin: readonly [number, number] }> = {
  meeting: { duration: [6, 15], admin: [2, 6] },
  brief_contact: { duration: [2, 5], admin: [1, 2] },
  review: { duration: [9, 18], admin: [4, 9] },
  crisis: { duration: [6, 18], admin: [4, 8] },
};

/** Going beyond routine happens in meetings: about one in twelve, so about one contact in twenty overall. */
const BEYOND_ROUTINE_SHARE_OF_MEETINGS = 0.085;

type ContactDetails = Pick<
  ContactRecord,
  'durationMinutes' | 'mode' | 'kind' | 'beyondRoutine' | 'beyondRoutineNote' | 'adminMinutes' | 'note'
>;

/** How a contact led by a worker in `lead` role went: where, how long, the note, and whether it went beyond routine. */
export function describeContact(lead: CareTeamRole, kind: ContactKind, random: Random): ContactDetails {
  const times = TIMES[kind];
  let mode = random.weighted(ROLE_MODES[lead] ?? COORDINATOR_MODES[kind]);
  let durationMinutes = random.int(...times.duration) * 5;
  if (lead === 'psychiatrist') durationMinutes = random.int(4, 9) * 5;
  const isBeyondRoutine = kind === 'meeting' && random.chance(BEYOND_ROUTINE_SHARE_OF_MEETINGS);
  if (isBeyondRoutine) {
    // Going beyond routine happens in person: a walk, an errand, a different place.
    if (mode === 'phone' || mode === 'video') mode = 'community';
    durationMinutes = Math.max(durationMinutes, random.int(9, 18) * 5);
  }
  return {
    durationMinutes,
    mode,
    kind,
    beyondRoutine: isBeyondRoutine,
    beyondRoutineNote: isBeyondRoutine ? random.pick(BEYOND_ROUTINE_NOTES) : null,
    adminMinutes: random.int(...times.admin) * 5,
    note: random.pick(lead in CONTACT_NOTES ? CONTACT_NOTES[lead as keyof typeof CONTACT_NOTES] : CONTACT_NOTES[kind]),
  };
}
