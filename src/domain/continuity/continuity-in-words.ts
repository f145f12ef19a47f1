import type { SameWorkerShare } from './same-worker-share';

/** What a person's continuity sentences are made from. */
export interface ContinuityFacts {
  /** Different care coordinators over the period. */
  careCoordinators: number;
  /** The period in whole months, for "in the last 12 months". */
  months: number;
  lastContacts: SameWorkerShare;
}

/**
 * A person's continuity of care in plain words, for their own page or for someone looking at it
 * with them. Service users value time with professionals they know, the same person over time
 * (Denhov & Topor, Int J Soc Psychiatry 2012), so the sentences say that directly, not as an index.
 * `isForThePerson` writes "you" and "your"; otherwise the sentences have no subject.
 *
 * @example continuityInWords({ careCoordinators: 2, months: 12, lastContacts: { contacts: 10, withSameWorker: 8 } }, true)
 * // ['2 care coordinators in the last 12 months.', 'You saw the same worker at 8 of your last 10 contacts.']
 */
export function continuityInWords(facts: ContinuityFacts, isForThePerson: boolean): string[] {
  return [
    coordinatorSentence(facts.careCoordinators, facts.months),
    contactSentence(facts.lastContacts, isForThePerson),
  ];
}

function coordinatorSentence(count: number, months: number): string {
  const period = months === 1 ? 'the last month' : `the last ${months} months`;
  if (count === 0) return `No care coordinator in ${period}.`;
  return `${count} care coordinator${count === 1 ? '' : 's'} in ${period}.`;
}

function contactSentence({ contacts, withSameWorker }: SameWorkerShare, isForThePerson: boolean): string {
  if (contacts === 0) return isForThePerson ? 'You have no contacts recorded yet.' : 'No contacts recorded yet.';
  if (contacts === 1) return isForThePerson ? 'You have had 1 contact so far.' : '1 contact so far.';
  const share =
    withSameWorker === contacts
      ? `all of ${isForThePerson ? 'your' : 'the'} last ${contacts}`
      : `${withSameWorker} of ${isForThePerson ? 'your' : 'the'} last ${contacts}`;
  return isForThePerson ? `You saw the same worker at ${share} contacts.` : `The same worker was at ${share} contacts.`;
}
