import { createHash } from 'node:crypto';
import { meetingFeedbackCarer } from '../domain/instruments';
import type { ServiceDeps } from '../services/ports';
import { dayOf, isoOfDay, msOfDay } from './demo-calendar';

/** A stable id for the n-th demo record of a family: the same seed gives the same ids. */
function demoId(seed: number, family: string, n: number): string {
  const hex = createHash('sha256').update(`carers:${seed}:${family}:${n}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-7${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The demo carer's involvement: two reviews they were at (one they gave their view of, shared with
 * the person; one still waiting for their view) and a request for a carer's assessment waiting for
 * the care team. Written after every chunk, when the demo accounts exist; does nothing if they do not.
 */
export async function loadDemoCarerInvolvement(
  deps: ServiceDeps,
  options: { seed: number; today: Date },
): Promise<{ views: number; requests: number }> {
  const today = dayOf(options.today);
  const id = (family: string, n: number) => demoId(options.seed, family, n);
  return deps.uow.run(async (r) => {
    const carerAccount = await r.accounts.findByUsername('demo-carer');
    const workerAccount = await r.accounts.findByUsername('demo-worker');
    if (!carerAccount?.carerId || !workerAccount?.workerId) return { views: 0, requests: 0 };
    const [link] = await r.organisation.listCarerLinksForCarer(carerAccount.carerId);
    const carer = await r.organisation.findCarer(carerAccount.carerId);
    const worker = await r.organisation.findWorker(workerAccount.workerId);
    const person = link ? await r.organisation.findPerson(link.personId) : null;
    if (!link || !carer || !worker || !person) return { views: 0, requests: 0 };
    for (const [n, daysAgo] of [12, 4].entries()) {
      const day = isoOfDay(today - daysAgo);
      await r.reviews.create({ id: id('review', n), personId: person.id, dueOn: day, heldOn: day });
      await r.reviewOutcomes.create({
        personId: person.id,
        reviewId: id('review', n),
        whatChanged: 'Talked through the plan together; the family would like to be told when medication changes.',
        carePlanVersion: null,
        recordedByAccountId: workerAccount.id,
        recordedByName: worker.name,
        recordedAt: new Date(msOfDay(today - daysAgo, 16 * 60)),
        attendees: [
          { kind: 'person', workerId: null, carerId: null, name: person.name },
          { kind: 'worker', workerId: worker.id, carerId: null, name: worker.name },
          { kind: 'carer', workerId: null, carerId: carer.id, name: carer.name },
        ],
      });
    }
    const answers = [
      { itemId: 'listened', value: 4 },
      { itemId: 'informed', value: 2 },
      { itemId: 'knowledge-valued', value: 4 },
      { itemId: 'next-steps', value: 3 },
    ];
    await r.carerViews.createMany([
      {
        id: id('view', 0),
        personId: person.id,
        carerId: carer.id,
        reviewId: id('review', 0),
        instrumentId: meetingFeedbackCarer.id,
        version: meetingFeedbackCarer.version,
        answers,
        score: 3.25,
        comment: 'I had not seen the new plan before the meeting. A copy a few days ahead would help me take part.',
        sharedWithPerson: true,
        givenAt: new Date(msOfDay(today - 11, 19 * 60 + 20)),
        recordedByAccountId: carerAccount.id,
      },
    ]);
    await r.carerAssessments.createMany([
      {
        id: id('assessment', 0),
        personId: person.id,
        carerId: carer.id,
        carerNote: 'I work nights and look after my mother too. I would like to talk about what would help me.',
        requestedAt: new Date(msOfDay(today - 3, 21 * 60 + 10)),
        status: 'requested',
        arrangedOn: null,
        declineReason: null,
        answeredByName: null,
        answeredAt: null,
        version: 1,
      },
    ]);
    return { views: 1, requests: 1 };
  });
}
