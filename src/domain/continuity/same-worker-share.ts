/** One contact and the workers who were at it. */
export interface ContactWorkers {
  workerIds: readonly string[];
}

/** How many of some contacts the most often seen worker was at. */
export interface SameWorkerShare {
  contacts: number;
  withSameWorker: number;
}

/**
 * Of the given contacts (typically a person's last ten), how many the most often seen worker was
 * at. A joint visit counts once for each worker present, so a contact with the usual worker and a
 * colleague still counts as a contact with the usual worker. Contacts with no worker recorded are
 * left out, as in every continuity index. Which worker is "most often seen" does not change the
 * count when two tie.
 *
 * @example sameWorkerShare([{ workerIds: ['a'] }, { workerIds: ['a', 'b'] }, { workerIds: ['c'] }]) // { contacts: 3, withSameWorker: 2 }
 */
export function sameWorkerShare(contacts: readonly ContactWorkers[]): SameWorkerShare {
  const withWorker = contacts.filter((contact) => contact.workerIds.length > 0);
  const atContacts = new Map<string, number>();
  for (const contact of withWorker) {
    for (const workerId of new Set(contact.workerIds)) atContacts.set(workerId, (atContacts.get(workerId) ?? 0) + 1);
  }
  return { contacts: withWorker.length, withSameWorker: Math.max(0, ...atContacts.values()) };
}
