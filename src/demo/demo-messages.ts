import type { ServiceDeps } from '../services/ports';
import type { MessageRecord } from '../services/messages/ports';
import type { ReflectionRecord } from '../services/reflections/ports';
import { dayOf, isoOfDay, msOfDay } from './demo-calendar';
import { createIdSource } from './demo-ids';
import { createRandom } from './seeded-random';

// A stream of its own, so that adding messages and reflections left every other demo record as it was.
const MESSAGE_ID_STREAM = 22;

/** The demo person's conversation: [days before today, minute of the day, who, text]. The last waits for the team. */
const CONVERSATION = [
  [
    9,
    10 * 60 + 5,
    'person',
    'Hi, is it all right if we meet at the library on Thursday instead of my flat? My sister is staying.',
  ],
  [9, 14 * 60 + 40, 'worker', 'Of course. Thursday at 2 at the library, by the café. See you then.'],
  [
    2,
    8 * 60 + 50,
    'person',
    'Thank you for Thursday, it helped. I have the form from the job centre; can we look at it together next time?',
  ],
  [0, 0, 'person', 'Sorry, one more thing: my new tablets make me sleepy in the mornings. Is that normal?'],
] as const;

/** Two entries in the demo worker's reflective log, the first shared and answered, and one supervision session. */
const REFLECTIONS = [
  {
    days: 20,
    theme: 'being_personal',
    whatIShared: 'I said I had also found the first weeks of a new job hard, years ago.',
    why: 'To show that struggling at the start is ordinary, not a sign of failing.',
    whatHappened: 'We talked for longer than usual about what helps on bad mornings, and planned the first week.',
    wouldDoAgain: 'yes',
    wouldDoAgainNote: 'Briefly, and only when it is for them, not for me.',
    shared: true,
  },
  {
    days: 6,
    theme: 'beyond_routine',
    whatIShared: 'I walked to the pharmacy with them after our meeting, which ran fifteen minutes over.',
    why: 'The prescription had gone wrong twice and they were ready to give up on it.',
    whatHappened: 'It was sorted in ten minutes. I was late for my next visit and had to ring ahead.',
    wouldDoAgain: 'not_sure',
    wouldDoAgainNote: 'Worth it, but I should tell the team when I do this so the next visit is not squeezed.',
    shared: false,
  },
] as const;

/**
 * Messages between the demo person and their care team, and the demo worker's reflective log with
 * a reply from the demo manager and a supervision session. Deterministic from the seed and today.
 * Written after every chunk, when the demo accounts exist; does nothing if they do not.
 */
export async function loadDemoMessagesAndReflections(
  deps: ServiceDeps,
  options: { seed: number; today: Date },
): Promise<{ messages: number; reflections: number }> {
  const today = dayOf(options.today);
  const ids = createIdSource(createRandom(options.seed, MESSAGE_ID_STREAM));
  return deps.uow.run(async (r) => {
    const person = await r.accounts.findByUsername('demo-person');
    const worker = await r.accounts.findByUsername('demo-worker');
    const manager = await r.accounts.findByUsername('demo-manager');
    if (!person?.personId || !worker?.workerId) return { messages: 0, reflections: 0 };
    const personRecord = await r.organisation.findPerson(person.personId);
    const workerRecord = await r.organisation.findWorker(worker.workerId);
    const personName = personRecord?.preferredName ?? personRecord?.name ?? 'Jo';
    const workerName = workerRecord?.name ?? 'Your care coordinator';
    const messages: MessageRecord[] = CONVERSATION.map(([daysAgo, minute, side, text]) => {
      // The newest message arrived an hour before the demo was loaded, so it is waiting for the team.
      const at = daysAgo === 0 ? options.today.getTime() - 3_600_000 : msOfDay(today - daysAgo, minute);
      const isPerson = side === 'person';
      return {
        id: ids('message', at),
        personId: person.personId!,
        authorAccountId: isPerson ? person.id : worker.id,
        authorName: isPerson ? personName : workerName,
        authorKind: isPerson ? 'person' : 'worker',
        text,
        sentAt: new Date(at),
      };
    });
    await r.messages.createMany(messages);
    // Everything but the newest message was read by the other side a little after it was sent.
    await r.messages.markRead(
      messages.slice(0, -1).flatMap((m) => {
        const byPerson = m.authorKind === 'person';
        const readAt = new Date(m.sentAt.getTime() + 47 * 60_000);
        return [
          {
            messageId: m.id,
            personId: m.personId,
            accountId: m.authorAccountId,
            readerName: m.authorName,
            readerKind: m.authorKind,
            readAt: m.sentAt,
          },
          {
            messageId: m.id,
            personId: m.personId,
            accountId: byPerson ? worker.id : person.id,
            readerName: byPerson ? workerName : personName,
            readerKind: byPerson ? ('worker' as const) : ('person' as const),
            readAt,
          },
        ];
      }),
    );
    const last = messages.at(-1)!;
    await r.messages.markRead([
      {
        messageId: last.id,
        personId: last.personId,
        accountId: person.id,
        readerName: personName,
        readerKind: 'person',
        readAt: last.sentAt,
      },
    ]);

    const entries: ReflectionRecord[] = REFLECTIONS.map((e) => {
      const at = msOfDay(today - e.days, 17 * 60 + 30);
      return {
        id: ids('reflection', at),
        workerId: worker.workerId!,
        authorAccountId: worker.id,
        theme: e.theme,
        whatIShared: e.whatIShared,
        why: e.why,
        whatHappened: e.whatHappened,
        wouldDoAgain: e.wouldDoAgain,
        wouldDoAgainNote: e.wouldDoAgainNote,
        writtenAt: new Date(at),
        sharedAt: e.shared ? new Date(at + 10 * 60_000) : null,
      };
    });
    for (const entry of entries) await r.reflections.create(entry);
    const shared = entries[0]!;
    if (manager?.workerId) {
      const managerRecord = await r.organisation.findWorker(manager.workerId);
      const managerName = managerRecord?.name ?? 'Your supervisor';
      const replyAt = shared.writtenAt.getTime() + 86_400_000;
      await r.reflections.addReply({
        id: ids('reflection', replyAt),
        reflectionId: shared.id,
        authorAccountId: manager.id,
        authorName: managerName,
        text: 'A good use of yourself: short, and about them. Shall we talk in supervision about how you decide when to say it?',
        writtenAt: new Date(replyAt),
      });
      const heldDay = today - 13;
      await r.reflections.createSession({
        id: ids('reflection', msOfDay(heldDay, 11 * 60)),
        workerId: worker.workerId,
        supervisorAccountId: manager.id,
        supervisorName: managerName,
        heldOn: isoOfDay(heldDay),
        note: 'Talked about self-disclosure: when it helps, and keeping it brief.',
        recordedAt: new Date(msOfDay(heldDay, 12 * 60)),
        reflectionIds: [shared.id],
      });
    }
    return { messages: messages.length, reflections: entries.length };
  });
}
