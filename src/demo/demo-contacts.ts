import type { CareTeamRole } from '../domain/care-team/care-team-role';
import type { ContactKind } from '../domain/contacts/contact-kinds';
import type { MembershipRecord } from '../services/care-team/ports';
import type { ContactRecord } from '../services/contacts/ports';
import { dayOf, msOfDay, weekdayOf } from './demo-calendar';
import type { DemoContext } from './demo-context';
import { describeContact } from './describe-contact';
import type { PersonDraft } from './demo-people';
import type { Random } from './seeded-random';

/** A membership as whole days, for quick look-ups of who was in the care team on a day. */
interface Spell {
  workerId: string;
  role: CareTeamRole;
  from: number;
  /** The first day the worker is no longer in the team. */
  until: number;
}

const KINDS: readonly (readonly [ContactKind, number])[] = [
  ['meeting', 58],
  ['brief_contact', 37],
  ['review', 2],
  ['crisis', 3],
];
/** In a harder patch there is more contact, and more of it is crisis work. */
const HARD_PATCH_KINDS: readonly (readonly [ContactKind, number])[] = [
  ['meeting', 50],
  ['brief_contact', 30],
  ['crisis', 20],
];

/**
 * A person's contacts over the history: about weekly on average, with each person's own pace
 * (from every other week to twice a week) and the odd harder patch. Each contact is with people
 * who were in the care team that day, mostly the care coordinator. Sorted by time.
 */
export function draftContacts(
  context: DemoContext,
  draft: PersonDraft,
  memberships: MembershipRecord[],
): ContactRecord[] {
  const { random } = draft;
  const spells = memberships.map(toSpell);
  const first = Math.max(draft.startDay, context.historyStart);
  const pace = draft.isDemoPerson ? 1.2 : 0.3 + random.next() * 1.45;
  const contacts: ContactRecord[] = [];
  let hardWeeksLeft = 0;
  for (let week = first; week < context.today; week += 7) {
    hardWeeksLeft = hardWeeksLeft > 0 ? hardWeeksLeft - 1 : random.chance(0.015) ? random.int(2, 5) : 0;
    const count = random.poisson(hardWeeksLeft > 0 ? pace * 2.2 : pace);
    for (let i = 0; i < count; i += 1) {
      const kind = random.weighted(hardWeeksLeft > 0 ? HARD_PATCH_KINDS : KINDS);
      const day = onAWorkingDay(week + random.int(0, 6), kind, random);
      if (day < first || day >= context.today) continue;
      const contact = draftContact(context, draft, spells, day, kind);
      if (contact) contacts.push(contact);
    }
  }
  // The demo person was seen this week, so their record opens on something recent.
  if (draft.isDemoPerson) {
    const recent = draftContact(context, draft, spells, context.today - 2, 'meeting', true);
    if (recent) contacts.push(recent);
  }
  return contacts.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

function draftContact(
  context: DemoContext,
  draft: PersonDraft,
  spells: Spell[],
  day: number,
  kind: ContactKind,
  isWithCoordinatorOnly = false,
): ContactRecord | null {
  const { random } = draft;
  const present = whoWasThere(spells, day, kind, random, isWithCoordinatorOnly);
  if (!present) return null;
  const details = describeContact(present.lead, present.lead === 'care_coordinator' ? kind : 'meeting', random);
  const minutes = details.kind === 'crisis' ? random.int(32, 80) * 15 : random.int(36, 64) * 15;
  const occurredAt = new Date(msOfDay(day, minutes));
  return {
    id: context.ids('contact', occurredAt.getTime()),
    personId: draft.person.id,
    occurredAt,
    ...details,
    recordedByAccountId: null,
    workerIds: present.workerIds,
  };
}

/** Mostly the care coordinator alone; sometimes another member of the care team, alone or with them. */
function whoWasThere(spells: Spell[], day: number, kind: ContactKind, random: Random, isWithCoordinatorOnly: boolean) {
  const active = spells.filter((spell) => spell.from <= day && day < spell.until);
  const coordinator = active.find((spell) => spell.role === 'care_coordinator');
  if (!coordinator) return null;
  const others = active.filter((spell) => spell.role !== 'care_coordinator');
  const isRoutine = kind === 'meeting' || kind === 'brief_contact';
  if (isWithCoordinatorOnly || others.length === 0 || !isRoutine)
    return { lead: coordinator.role, workerIds: [coordinator.workerId] };
  const other = random.pick(others);
  const roll = random.next();
  if (roll < 0.16) return { lead: other.role, workerIds: [other.workerId] };
  if (roll < 0.24) return { lead: coordinator.role, workerIds: [coordinator.workerId, other.workerId] };
  return { lead: coordinator.role, workerIds: [coordinator.workerId] };
}

/** Routine contacts fall on weekdays; a weekend day mostly moves to the Friday before. Crises keep their day. */
function onAWorkingDay(day: number, kind: ContactKind, random: Random): number {
  const weekday = weekdayOf(day);
  if (kind === 'crisis' || (weekday !== 0 && weekday !== 6) || random.chance(0.1)) return day;
  return day - (weekday === 6 ? 1 : 2);
}

function toSpell(membership: MembershipRecord): Spell {
  const from = dayOf(new Date(`${membership.startsOn}T00:00:00Z`));
  const until = membership.endsOn ? dayOf(new Date(`${membership.endsOn}T00:00:00Z`)) : Number.POSITIVE_INFINITY;
  return { workerId: membership.workerId, role: membership.role, from, until };
}
