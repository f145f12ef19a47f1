import type { WorkerContact } from './continuity-contact';

/**
 * The contacts in time order, earliest first, as a new array. Contacts at the same instant (a joint
 * visit, or times recorded to the day only) have no real order, yet the sequential index depends
 * on one; we break the tie by worker id so that the result never depends on the order the rows
 * arrived in (a database gives no stable order). Ids are compared by UTF-16 code units, not by
 * locale, so every machine agrees. A side effect, which we accept: two same-instant contacts with
 * one worker sit next to each other and count as continuous.
 *
 * Throws a RangeError for an invalid date, because it cannot be placed in time.
 */
export function orderContacts<T extends WorkerContact>(contacts: readonly T[]): T[] {
  for (const contact of contacts) {
    if (Number.isNaN(contact.at.getTime()))
      throw new RangeError(`A contact with worker ${contact.workerId} has an invalid date.`);
  }
  return [...contacts].sort((left, right) => {
    const byTime = left.at.getTime() - right.at.getTime();
    if (byTime !== 0) return byTime;
    if (left.workerId === right.workerId) return 0;
    return left.workerId < right.workerId ? -1 : 1;
  });
}
