import type { MembershipEndReason } from '../../domain/care-team/care-team-role';
import type { MembershipRecord } from '../care-team/ports';
import type { WorkerRecord } from '../organisation/ports';
import { isoOfDay, msOfDay } from './demo-calendar';
import type { DemoContext } from './demo-context';
import type { TeamFrame } from './demo-frame';
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

/** The demo person's story: allocated, then asked for a change, then handed over when that coordinator left. */
const DEMO_PERSON_ASKED_DAYS_AGO = 530;

/**
 * Works out every person's care coordinators over the history, team by team, as a manager would:
 * new people go to the coordinator with the fewest people; when a coordinator leaves, most of
 * their people go to the replacement and the rest are spread; now and then a person asks for a
 * change or caseloads are rebalanced. Each change ends one membership and starts the next on the
 * same day, so a person never has two open care coordinators.
 *
 * Returns each person's care-coordinator memberships, oldest first, in the order of `people`.
 */
export function simulateCoordinators(context: DemoContext, frame: TeamFrame, people: PersonDraft[], random: Random): MembershipRecord[][] {
  const book = createCoordinatorBook(context, people, random);
  const holdersOn = (day: number) => frame.posts.map((post) => (post.handover && day >= post.handover.on ? post.handover.replacement : post.first));
  for (const change of planChanges(context, frame, people, random)) {
    const holders = holdersOn(change.day);
    if (change.kind === 'leave') {
      const post = frame.posts[change.subject];
      if (!post?.handover) continue;
      const { replacement } = post.handover;
      for (const index of book.peopleOf(post.first.id)) {
        const to = people[index]?.isDemoPerson || random.chance(0.6) ? replacement : book.leastLoaded(holders, post.first.id);
        book.move(index, change.day, to, 'worker_left_service');
      }
    } else if (change.kind === 'join') {
      const demoChoice = people[change.subject]?.isDemoPerson ? frame.posts[1]?.first : undefined;
      book.start(change.subject, change.day, demoChoice ?? book.leastLoaded(holders, null));
    } else {
      const current = book.currentWorker(change.subject);
      if (current === null) continue;
      const demoChoice = people[change.subject]?.isDemoPerson ? frame.posts[0]?.first : undefined;
      const others = holders.filter((worker) => worker.id !== current);
      const to = demoChoice ?? (change.kind === 'asked' ? random.pick(others) : book.leastLoaded(others, current));
      book.move(change.subject, change.day, to, change.kind === 'asked' ? 'person_asked_for_change' : 'caseload_rebalanced');
    }
  }
  return book.histories;
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
    if (random.chance(0.07)) changes.push({ day: random.int(earliest, context.today - 1), kind: 'asked', subject: index });
    if (random.chance(0.09)) changes.push({ day: random.int(earliest, context.today - 1), kind: 'rebalance', subject: index });
  });
  return changes.sort((a, b) => a.day - b.day || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.subject - b.subject);
}

/** Who each person's care coordinator is as the simulation runs, and how many people each worker holds. */
function createCoordinatorBook(context: DemoContext, people: PersonDraft[], random: Random) {
  const histories: MembershipRecord[][] = people.map(() => []);
  const startedOn: number[] = [];
  const load = new Map<string, number>();
  const current = (index: number) => histories[index]?.at(-1) ?? null;
  const adjust = (workerId: string, delta: number) => load.set(workerId, (load.get(workerId) ?? 0) + delta);
  const start = (index: number, day: number, worker: WorkerRecord, handoverNote: string | null = null) => {
    const membership: MembershipRecord = {
      id: context.ids('membership', msOfDay(day)), personId: people[index]?.person.id ?? '', workerId: worker.id, role: 'care_coordinator',
      startsOn: isoOfDay(day), endsOn: null, endReason: null, endNote: null, handoverNote,
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
    peopleOf: (workerId: string) => histories.flatMap((_, index) => (current(index)?.workerId === workerId ? [index] : [])),
    leastLoaded: (workers: WorkerRecord[], exceptId: string | null) =>
      workers.filter((w) => w.id !== exceptId).reduce((best, w) => ((load.get(w.id) ?? 0) < (load.get(best.id) ?? 0) ? w : best)),
  };
}
