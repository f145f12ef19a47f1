import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import { DEFAULT_CARE_PLAN_SECTIONS } from '../domain/care-plan/care-plan-sections';
import type { CarePlanImport, CarePlanVersionRecord } from '../services/care-plan/ports';
import type { ServiceDeps } from '../services/ports';
import * as words from './care-plan-words';
import { dayOf, isoOfDay, msOfDay } from './demo-calendar';
import type { DemoChunk } from './demo-chunk';
import { createIdSource } from './demo-ids';
import { demoPersonCarePlan } from './demo-person-care-plan';
import { firstName, longDate, versionOf, writeDemoDocuments, type CarePlanFacts, type Signer } from './demo-plan-parts';
import { createRandom, type Random } from './seeded-random';

// Streams of their own, beyond those in demo-context, so that adding plans to the demo left every
// other record as it was.
const PLAN_STREAM = 20;
const PLAN_ID_STREAM = 21;

/** About one person in ten has no plan yet: new to the service, or not ready to write one. */
const WITHOUT_PLAN_SHARE = 0.1;

export interface DemoCarePlans {
  /** Notes the people of a chunk; nothing is written yet. */
  note(chunk: DemoChunk): void;
  /** Writes every noted person's plan, with the demo accounts as authors where there are any. Returns how many. */
  load(deps: ServiceDeps): Promise<number>;
  /** The plans as `load` writes them, for tests and figures. */
  draft(): Generator<CarePlanImport, void, undefined>;
}

/**
 * Short care plans for the demo: the person's sections in their own plain words, the support
 * agreed with their care coordinator of the time, and both signatures, so most plans open as an
 * agreed version. The demo person's plan also has later changes, proposals and a discussion.
 * Deterministic from the seed; people without an account write under the system account, in
 * their own name.
 */
export function demoCarePlans(options: { seed: number; today: Date }): DemoCarePlans {
  const today = dayOf(options.today);
  const people: CarePlanFacts[] = [];
  const workerNames = new Map<string, string>();
  const accounts = new Map<string, string>();
  const plans = function* (): Generator<CarePlanImport, void, undefined> {
    const ids = createIdSource(createRandom(options.seed, PLAN_ID_STREAM));
    const signer = (id: string, name: string, workerId: string | null = null): Signer => ({
      accountId: accounts.get(id) ?? SYSTEM_ACTOR.accountId,
      name,
      workerId,
    });
    const workerSigner = (workerId: string): Signer =>
      signer(workerId, workerNames.get(workerId) ?? 'A care coordinator', workerId);
    for (const facts of people) {
      if (facts.number === 0) {
        const coordinator = facts.coordinators.find((c) => c.endsOn === null);
        if (coordinator)
          yield demoPersonCarePlan({
            facts,
            today,
            ids,
            person: signer(facts.personId, facts.name),
            coordinator: workerSigner(coordinator.workerId),
          });
        continue;
      }
      const plan = draftPlan(
        facts,
        { seed: options.seed, today },
        (personId, name) => signer(personId, name),
        workerSigner,
      );
      if (plan) yield plan;
    }
  };
  return {
    note: (chunk) => {
      for (const worker of chunk.workers) workerNames.set(worker.id, worker.name);
      for (const account of chunk.accounts) {
        const owner = account.personId ?? account.workerId;
        if (owner && account.role !== 'team_manager') accounts.set(owner, account.id);
      }
      const carers = new Map(chunk.carers.map((c) => [c.id, c.name]));
      const carerOf = new Map(
        chunk.carerLinks.map((l) => [l.personId, { name: carers.get(l.carerId) ?? '', relationship: l.relationship }]),
      );
      const coordinators = new Map<string, CarePlanFacts['coordinators']>();
      for (const m of chunk.memberships) {
        if (m.role === 'care_coordinator')
          coordinators.set(m.personId, [
            ...(coordinators.get(m.personId) ?? []),
            { workerId: m.workerId, startsOn: m.startsOn, endsOn: m.endsOn },
          ]);
      }
      for (const person of chunk.people) {
        people.push({
          number: people.length,
          personId: person.id,
          name: person.preferredName ?? person.name,
          startDay: dayOf(
            new Date(
              `${
                coordinators
                  .get(person.id)
                  ?.map((c) => c.startsOn)
                  .sort()[0] ?? isoOfDay(today - 365)
              }T00:00:00Z`,
            ),
          ),
          carer: carerOf.get(person.id) ?? null,
          coordinators: coordinators.get(person.id) ?? [],
        });
      }
    },
    load: (deps) => writeDemoDocuments(deps, 'care_plan', plans()),
    draft: plans,
  };
}

/** A plan written some weeks or months ago and signed by both sides; null for people without one. */
function draftPlan(
  facts: CarePlanFacts,
  { seed, today }: { seed: number; today: number },
  personSigner: (personId: string, name: string) => Signer,
  workerSigner: (workerId: string) => Signer,
): CarePlanImport | null {
  const random = createRandom(seed, PLAN_STREAM, facts.number);
  if (random.chance(WITHOUT_PLAN_SHARE)) return null;
  const writtenOn = Math.max(facts.startDay + 14, today - random.int(14, 330));
  if (writtenOn >= today - 2) return null;
  const coordinator = coordinatorOn(facts.coordinators, writtenOn);
  if (!coordinator) return null;
  const person = personSigner(facts.personId, facts.name);
  const worker = workerSigner(coordinator.workerId);
  const texts = planTexts(facts, random, { coordinatorName: worker.name, writtenOn });
  const versions: CarePlanVersionRecord[] = [];
  let minutes = 10 * 60 + random.int(0, 360);
  for (const [index, [sectionKey, text]] of texts.entries()) {
    minutes += random.int(3, 12);
    const author = sectionKey === 'agreed_support' ? worker : person;
    versions.push(
      versionOf(facts.personId, index + 1, sectionKey, text, author, new Date(msOfDay(writtenOn, minutes))),
    );
  }
  const version = versions.length;
  const personSigned = new Date(msOfDay(writtenOn, minutes + random.int(5, 30)));
  const coordinatorSignedDay = Math.min(today - 1, writtenOn + random.int(0, 6));
  const coordinatorSigned = new Date(
    Math.max(personSigned.getTime() + 60_000, msOfDay(coordinatorSignedDay, 9 * 60 + random.int(0, 480))),
  );
  const last = versions.at(-1)?.createdAt ?? personSigned;
  return {
    plan: {
      personId: facts.personId,
      sections: [...DEFAULT_CARE_PLAN_SECTIONS],
      currentVersion: version,
      createdAt: versions[0]?.createdAt ?? last,
      updatedAt: last,
    },
    versions,
    signatures: [
      {
        personId: facts.personId,
        version,
        signerKind: 'person',
        accountId: person.accountId,
        workerId: null,
        signerName: person.name,
        signedAt: personSigned,
      },
      {
        personId: facts.personId,
        version,
        signerKind: 'care_coordinator',
        accountId: worker.accountId,
        workerId: worker.workerId,
        signerName: worker.name,
        signedAt: coordinatorSigned,
      },
    ],
    proposals: [],
    messages: [],
  };
}

/** The care coordinator on that day, or the first one after it. */
function coordinatorOn(
  coordinators: CarePlanFacts['coordinators'],
  day: number,
): CarePlanFacts['coordinators'][number] | null {
  const iso = isoOfDay(day);
  const sorted = [...coordinators].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  return (
    sorted.find((c) => c.startsOn <= iso && (c.endsOn === null || c.endsOn > iso)) ??
    sorted.find((c) => c.startsOn > iso) ??
    null
  );
}

/** Each section's text, in the order they are written: the person's sections, then the agreed support. */
function planTexts(
  facts: CarePlanFacts,
  random: Random,
  context: { coordinatorName: string; writtenOn: number },
): [string, string][] {
  const who = firstName(context.coordinatorName);
  const by = () => longDate(context.writtenOn + random.int(14, 70));
  const fill = (sentence: string) => sentence.replaceAll('{who}', who).replaceAll('{by}', by());
  const carer = facts.carer ? `My ${facts.carer.relationship.toLowerCase()} ${firstName(facts.carer.name)}` : null;
  const supports = [
    ...(carer ? [random.pick(words.CARER_SUPPORT).replaceAll('{carer}', carer)] : []),
    ...pickSome(random, words.WHO_SUPPORTS_ME, carer ? 1 : 2),
    `${who}, my care coordinator, is who I contact at the team.`,
  ];
  const texts: [string, string][] = [
    [
      'about_me',
      [
        `My name is ${firstName(facts.name)}.`,
        random.pick(words.HOME),
        ...pickSome(random, words.ABOUT_ME, random.int(1, 2)),
      ].join(' '),
    ],
    [
      'what_matters',
      pickSome(random, words.WHAT_MATTERS, random.int(2, 3))
        .map((goal) => `- ${goal}`)
        .join('\n'),
    ],
    ['strengths', pickSome(random, words.STRENGTHS, random.int(2, 3)).join(' ')],
    [
      'what_helps',
      [
        ...pickSome(
          random,
          words.WHAT_HELPS.filter((s) => s.startsWith('What helps')),
          2,
        ),
        random.pick(words.WHAT_HELPS.filter((s) => s.startsWith('What does not'))),
      ].join('\n'),
    ],
    ['who_supports_me', supports.join(' ')],
    [
      'agreed_support',
      [random.pick(words.COORDINATOR_TASKS), random.pick(words.MY_TASKS), random.pick(words.OTHER_TASKS)]
        .map((task) => `- ${fill(task)}`)
        .join('\n'),
    ],
  ];
  if (random.chance(0.4)) texts.push(['next_review', random.pick(words.NEXT_REVIEW_TOPICS)]);
  return texts;
}

/** `count` different entries of a list, in the list's order. */
function pickSome<T>(random: Random, items: readonly T[], count: number): T[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(random.int(0, items.length - 1));
  return [...chosen].sort((a, b) => a - b).map((i) => items[i] as T);
}
