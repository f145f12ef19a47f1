import type { CareTeamRole } from '../domain/care-team/care-team-role';
import type { MembershipRecord } from '../services/care-team/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { Specialists } from './demo-frame';
import type { PersonDraft } from './demo-people';

interface RoleShape {
  role: CareTeamRole;
  worker: keyof Specialists;
  /** Share of people who have this role in their care team. */
  share: number;
  /** How long a spell lasts, in days, when it ends. */
  lasts: readonly [number, number];
  /** Share of spells that end (a psychiatrist usually stays; a Recovery College course always ends). */
  ends: number;
}

const ROLES: readonly RoleShape[] = [
  { role: 'psychiatrist', worker: 'psychiatrist', share: 0.6, lasts: [365, 1_500], ends: 0 },
  { role: 'peer_worker', worker: 'peerWorker', share: 0.22, lasts: [90, 270], ends: 0.5 },
  { role: 'ips_employment_specialist', worker: 'employmentSpecialist', share: 0.12, lasts: [120, 300], ends: 0.4 },
  { role: 'psychologist', worker: 'psychologist', share: 0.1, lasts: [120, 240], ends: 1 },
  { role: 'recovery_college_tutor', worker: 'collegeTutor', share: 0.1, lasts: [70, 84], ends: 1 },
];

/** The demo person sees a psychiatrist and a peer worker, so their care team shows more than one role. */
const DEMO_PERSON_ROLES: ReadonlySet<CareTeamRole> = new Set(['psychiatrist', 'peer_worker']);

/** Care-team memberships in roles other than care coordinator, for one person. */
export function draftOtherMemberships(
  context: DemoContext,
  specialists: Specialists,
  draft: PersonDraft,
): MembershipRecord[] {
  const { random } = draft;
  const memberships: MembershipRecord[] = [];
  for (const shape of ROLES) {
    const isIncluded = draft.isDemoPerson ? DEMO_PERSON_ROLES.has(shape.role) : random.chance(shape.share);
    if (!isIncluded) continue;
    // A psychiatrist is usually there from the start; other roles join when the person wants them.
    const earliest = shape.role === 'psychiatrist' ? draft.startDay : Math.max(draft.startDay, context.historyStart);
    const startDay =
      shape.role === 'psychiatrist' ? earliest + random.int(0, 45) : random.int(earliest, context.today - 7);
    if (startDay >= context.today) continue;
    const endDay = !draft.isDemoPerson && random.chance(shape.ends) ? startDay + random.int(...shape.lasts) : null;
    const hasEnded = endDay !== null && endDay < context.today;
    memberships.push({
      id: context.ids('membership', msOfDay(startDay)),
      personId: draft.person.id,
      workerId: specialists[shape.worker].id,
      role: shape.role,
      startsOn: isoOfDay(startDay),
      endsOn: hasEnded ? isoOfDay(endDay) : null,
      endReason: hasEnded ? 'role_no_longer_needed' : null,
      endNote: null,
      handoverNote: null,
    });
  }
  return memberships;
}
