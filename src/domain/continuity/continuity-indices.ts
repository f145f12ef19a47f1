import type { ContinuityContact, WorkerContact } from './continuity-contact';
import { continuityOfCareIndex } from './continuity-of-care-index';
import { herfindahlHirschmanIndex } from './herfindahl-hirschman-index';
import { modifiedModifiedContinuityIndex } from './modified-modified-continuity-index';
import { orderContacts } from './order-contacts';
import { sequentialContinuityIndex } from './sequential-continuity-index';
import { mostFrequentProviderOfCare, usualProviderOfCare } from './usual-provider-of-care';

export interface ContinuityIndicesOptions {
  /** The worker who should be the usual provider, e.g. the named care coordinator. */
  usualProviderId?: string;
}

/** Every continuity index for one person's contacts in one window; null where an index is undefined. */
export interface ContinuityIndices {
  /** Contacts used: those with a worker. */
  contacts: number;
  /** Distinct workers among the contacts used. */
  workers: number;
  /** Contacts left out because no worker was recorded. */
  excludedWithoutWorker: number;
  /** Share of contacts with the most frequently seen worker. */
  upc: number | null;
  /** Share of contacts with `usualProviderId`; null when no id was given. */
  upcNamed: number | null;
  coc: number | null;
  secon: number | null;
  mmci: number | null;
  hhi: number | null;
}

/**
 * Computes every continuity index for the contacts of one person in one window.
 *
 * Contacts with no worker (`workerId: null`) are left out of every index, since they cannot show
 * continuity or its absence, and are counted in `excludedWithoutWorker`. The rest are put in time
 * order (ties broken by worker id, see `orderContacts`). With N contacts left:
 * N = 0 → every index null; N = 1 → coc and secon null, upc, mmci and hhi 1. Two contacts with one
 * worker at the same instant are two contacts: removing duplicates is the caller's job.
 * Throws a RangeError when a contact with a worker has an invalid date.
 *
 * @example continuityIndices([{ workerId: 'w-1', at: new Date('2024-01-05') }]).upc // 1
 */
export function continuityIndices(
  contacts: readonly ContinuityContact[],
  options: ContinuityIndicesOptions = {},
): ContinuityIndices {
  const withWorker = contacts.filter((contact): contact is WorkerContact => contact.workerId !== null);
  const workerIds = orderContacts(withWorker).map((contact) => contact.workerId);
  const { usualProviderId } = options;
  return {
    contacts: workerIds.length,
    workers: new Set(workerIds).size,
    excludedWithoutWorker: contacts.length - withWorker.length,
    upc: mostFrequentProviderOfCare(workerIds),
    upcNamed: usualProviderId === undefined ? null : usualProviderOfCare(workerIds, usualProviderId),
    coc: continuityOfCareIndex(workerIds),
    secon: sequentialContinuityIndex(workerIds),
    mmci: modifiedModifiedContinuityIndex(workerIds),
    hhi: herfindahlHirschmanIndex(workerIds),
  };
}
