import type { DocumentKind } from '../domain/care-plan/document-kind';
import type { CarePlanImport, CarePlanVersionRecord } from '../services/care-plan/ports';
import type { ServiceDeps } from '../services/ports';
import type { MembershipRecord } from '../services/care-team/ports';
import { isoOfDay } from './demo-calendar';

// What the demo's plans share: the facts each is drafted from, authors, versions and dates in words.

/** What a person's plan is drafted from; small, so that facts for the largest demo fit in memory. */
export interface CarePlanFacts {
  number: number;
  personId: string;
  name: string;
  startDay: number;
  carer: { name: string; relationship: string } | null;
  coordinators: Pick<MembershipRecord, 'workerId' | 'startsOn' | 'endsOn'>[];
}

/** Who a name belongs to, and the account that wrote under it (the system's when there is none). */
export interface Signer {
  accountId: string;
  name: string;
  workerId: string | null;
}

/** One saved version of one section. */
export function versionOf(
  personId: string,
  version: number,
  sectionKey: string,
  text: string,
  author: Signer,
  createdAt: Date,
): CarePlanVersionRecord {
  const isWorker = author.workerId !== null;
  return {
    personId,
    version,
    sectionKey,
    text,
    authorAccountId: author.accountId,
    authorName: author.name,
    authorKind: isWorker ? 'worker' : 'person',
    authorRole: isWorker ? 'care_coordinator' : 'service_user',
    acceptedByAccountId: null,
    acceptedByName: null,
    acceptedAt: null,
    proposalId: null,
    createdAt,
  };
}

export const firstName = (name: string): string => name.split(' ')[0] ?? name;

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 March 2026": dates in a plan are written as people say them. */
export function longDate(day: number): string {
  const [year, month, date] = isoOfDay(day).split('-').map(Number) as [number, number, number];
  return `${date} ${MONTHS[month - 1]} ${year}`;
}

/** Plans are written in transactions of this many people. */
const PEOPLE_PER_TRANSACTION = 1_000;

/**
 * Writes the documents of one kind as they are drafted, a thousand people to a transaction, so a
 * large demo neither holds every plan in memory nor writes them in one huge transaction. Returns how many.
 */
export async function writeDemoDocuments(
  deps: ServiceDeps,
  kind: DocumentKind,
  documents: Iterable<CarePlanImport>,
): Promise<number> {
  let written = 0;
  let batch: CarePlanImport[] = [];
  const flush = async () => {
    const slice = batch;
    batch = [];
    if (slice.length > 0) await deps.uow.run((r) => r.documents(kind).createMany(slice));
    written += slice.length;
  };
  for (const document of documents) {
    batch.push(document);
    if (batch.length >= PEOPLE_PER_TRANSACTION) await flush();
  }
  await flush();
  return written;
}
