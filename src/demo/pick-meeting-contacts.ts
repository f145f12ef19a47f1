import type { MembershipRecord } from '../services/care-team/ports';
import type { ContactRecord } from '../services/contacts/ports';
import { dayOf } from './demo-calendar';
import type { Random } from './seeded-random';

/** Days from one structured meeting to the next: about every four to six weeks. */
const GAP_DAYS: readonly [number, number] = [24, 36];

/**
 * Which of a person's contacts were structured meetings: meetings led by their care coordinator
 * of the day, one every four to six weeks; the meeting contacts in between stay ordinary contacts.
 * The demo person's latest meeting is always one, so their next meeting opens with its actions.
 */
export function pickMeetingContacts(
  contacts: readonly ContactRecord[],
  memberships: readonly MembershipRecord[],
  random: Random,
  options: { sinceDay: number; isDemoPerson: boolean },
): ContactRecord[] {
  const coordinatorOn = coordinatorLookup(memberships);
  const eligible = contacts.filter((contact) => {
    const day = dayOf(contact.occurredAt);
    return contact.kind === 'meeting' && day >= options.sinceDay && contact.workerIds[0] === coordinatorOn(day);
  });
  const picked: ContactRecord[] = [];
  let nextDay = Number.NEGATIVE_INFINITY;
  for (const contact of eligible) {
    const day = dayOf(contact.occurredAt);
    if (day < nextDay) continue;
    picked.push(contact);
    nextDay = day + random.int(...GAP_DAYS);
  }
  const latest = eligible.at(-1);
  if (!options.isDemoPerson || !latest || picked.at(-1) === latest) return picked;
  const latestDay = dayOf(latest.occurredAt);
  return [...picked.filter((contact) => latestDay - dayOf(contact.occurredAt) >= GAP_DAYS[0]), latest];
}

/** The care coordinator's worker id on a day, or null; a handover day belongs to the new coordinator. */
function coordinatorLookup(memberships: readonly MembershipRecord[]): (day: number) => string | null {
  const spells = memberships
    .filter((membership) => membership.role === 'care_coordinator')
    .map((membership) => ({
      workerId: membership.workerId,
      from: dayOf(new Date(`${membership.startsOn}T00:00:00Z`)),
      until: membership.endsOn ? dayOf(new Date(`${membership.endsOn}T00:00:00Z`)) : Number.POSITIVE_INFINITY,
    }));
  return (day) => spells.find((spell) => spell.from <= day && day < spell.until)?.workerId ?? null;
}
