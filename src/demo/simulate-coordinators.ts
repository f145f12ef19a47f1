import type { MembershipEndReason } from '../domain/care-team/care-team-role';
import type { MembershipRecord } from '../services/care-team/ports';
import type { WorkerRecord } from '../services/organisation/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { CoordinatorPost, TeamFrame } from './demo-frame';
import { ASKED_FOR_CHANGE_NOTES, HANDOVER_NOTES } from './demo-notes';
import type { PersonDraft } from './demo-people';
import type { Random } from './seeded-random';

type ChangeKind = 'leave' | 'join' | 'asked' | 'rebalance';

/** Same-day changes apply in this order: a leaver's people are handed over before anyone new is allocated. */
const KIND_ORDER: Record<ChangeKind, number> = { leave: 0, join: 1, asked: 2, rebalance: 3 };

interface Change {
  day: number;
  kind: ChangeKind;
  /** The person concerned, or for "leave" the coordinator post that falls vacant. */
  subject: number;
}

/** A coordinator who takes over a post starts on a protected caseload, a share of a full one. */
const NEW_STARTER_CAPACITY = 0.65;

/** The demo person's story: allocated, then asked for a change, then handed over when that coordinator left. */
const DEMO_PERSON_ASKED_DAYS_AGO = 530;

/**
 * Works out every person's care coordinators over the history, team by team, as a manager would:
 * new people go to the coordinator with the most room (new starters carry a protected caseload);
 * when a coordinator leaves, their people go to whoever has room, mostly the replacement; now and
 * then a person asks for a change or caseloads are rebalanced. Each change ends one membership
 * and starts the next on the same day, so a person never has two open care coordinators.
 *
 * Returns each person's care-coordinator memberships, oldest first, in the order of `people`.
 */
export function simulateCoordinators(
  context: DemoContext,
  frame: TeamFrame,
  people: PersonDraft[],
  random: Random,
): MembershipRecord[][] {
  const capacity = new Map(
    frame.posts.flatMap((post) =>
      post.handover ? [[post.handover.replacement.id, NEW_STARTER_CAPACITY] as const] : [],
    ),
  );
  const book = createCoordinatorBook(context, people, random, capacity);
  for (const change of planChanges(context, frame, people, random)) {
    const holders = frame.posts.map((post) =>
      post.handover && change.day >= post.handover.on ? post.handover.replacement : post.first,
    );
    const isDemoPerson = change.kind !== 'leave' && people[change.subject]?.isDemoPerson === true;
    if (change.kind === 'leave') {
      handOverPost(book, frame.posts[change.subject], holders, people, change.day);
    } else if (change.kind === 'join') {
      book.start(
        change.subject,
        change.day,
        (isDemoPerson ? frame.posts[1]?.first : undefined) ?? book.leastLoaded(holders, null),
      );
    } else {
      const current = book.currentWorker(change.subject);
      const others = holders.filter((worker) => worker.id !== current);
      const to =
        (isDemoPerson ? frame.posts[0]?.first : undefined) ??
        (change.kind === 'asked' ? random.pick(others) : book.leastLoaded(others, current));
      book.move(
        change.subject,
        change.day,
        to,
        change.kind === 'asked' ? 'person_asked_for_change' : 'caseload_rebalanced',
      );
    }
  }
  return book.histories;
}

/** The leaver's people go to whoever has the most room, the replacement first on a tie; the demo person always to the replacement. */
function handOverPost(
  book: CoordinatorBook,
  post: CoordinatorPost | undefined,
  holders: WorkerRecord[],
  people: PersonDraft[],
  day: number,
): void {
  if (!post?.handover) return;
  const { replacement } = post.handover;
  const candidates = [replacement, ...holders.filter((worker) => worker.id !== replacement.id)];
  for (const index of book.peopleOf(post.first.id)) {
    const to = people[index]?.isDemoPerson ? replacement : book.leastLoaded(candidates, post.first.id);
    book.move(index, day, to, 'worker_left_service');
  }
}

function planChanges(context: DemoContext, frame: TeamFrame, people: PersonDraft[], random: Random): Change[] {
  const changes: Change[] = [];
  frame.posts.forEach((post, index) => {
    if (post.handover) changes.push({ day: post.handover.on, kind: 'leave', subject: index });
  });
  people.forEach((draft, index) => {
    changes.push({ day: draft.startDay, kind: 'join', subject: index });
    if (draft.isDemoPerson) {
      changes.push({ day: context.today - DEMO_PERSON_ASKED_DAYS_AGO, kind: 'asked', subject: index });
      return;
    }
    const earliest = Math.max(draft.startDay + 30, context.historyStart);
    if (earliest >= context.today - 1) return;
    if (random.chance(0.07))
      changes.push({ day: random.int(earliest, context.today - 1), kind: 'asked', subject: index });
    if (random.chance(0.09))
      changes.push({ day: random.int(earliest, context.today - 1), kind: 'rebalance', subject: index });
  });
  return changes.sort((a, b) => a.day - b.day || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.subject - b.subject);
}

type CoordinatorBook = ReturnType<typeof createCoordinatorBook>;

/** Who each person's care coordinator is as the simulation runs, and how many people each worker holds. */
function createCoordinatorBook(
  context: DemoContext,
  people: PersonDraft[],
  random: Random,
  capacity: ReadonlyMap<string, number>,
) {
  const histories: MembershipRecord[][] = people.map(() => []);
  const startedOn: number[] = [];
  const load = new Map<string, number>();
  const current = (index: number) => histories[index]?.at(-1) ?? null;
  const adjust = (workerId: string, delta: number) => load.set(workerId, (load.get(workerId) ?? 0) + delta);
  const fullness = (workerId: string) => (load.get(workerId) ?? 0) / (capacity.get(workerId) ?? 1);
  const start = (index: number, day: number, worker: WorkerRecord, handoverNote: string | null = null) => {
    const membership: MembershipRecord = {
      id: context.ids('membership', msOfDay(day)),
      personId: people[index]?.person.id ?? '',
      workerId: worker.id,
      role: 'care_coordinator',
      startsOn: isoOfDay(day),
      endsOn: null,
      endReason: null,
      endNote: null,
      handoverNote,
    };
    histories[index]?.push(membership);
    startedOn[index] = day;
    adjust(worker.id, 1);
  };
  const move = (index: number, day: number, to: WorkerRecord, reason: MembershipEndReason) => {
    const open = current(index);
    // A membership cannot end on the day it started; such a change simply does not happen.
    if (!open || open.workerId === to.id || (startedOn[index] ?? day) >= day) return;
    const handoverNote = random.pick(HANDOVER_NOTES);
    Object.assign(open, { endsOn: isoOfDay(day), endReason: reason, handoverNote });
    if (reason === 'person_asked_for_change') open.endNote = random.pick(ASKED_FOR_CHANGE_NOTES);
    adjust(open.workerId, -1);
    start(index, day, to, handoverNote);
  };
  return {
    histories,
    start,
    move,
    currentWorker: (index: number) => current(index)?.workerId ?? null,
    peopleOf: (workerId: string) =>
      histories.flatMap((_, index) => (current(index)?.workerId === workerId ? [index] : [])),
    leastLoaded: (workers: WorkerRecord[], exceptId: string | null) =>
      workers.filter((w) => w.id !== exceptId).reduce((best, w) => (fullness(w.id) < fullness(best.id) ? w : best)),
  };
}
