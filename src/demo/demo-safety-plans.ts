import { SYSTEM_ACTOR } from '../domain/accounts/actor';
import { SAFETY_PLAN_SECTIONS } from '../domain/care-plan/safety-plan-sections';
import type { CarePlanImport, CarePlanVersionRecord } from '../services/care-plan/ports';
import type { ServiceDeps } from '../services/ports';
import { dayOf, msOfDay } from './demo-calendar';
import type { DemoChunk } from './demo-chunk';
import { versionOf, writeDemoDocuments, type Signer } from './demo-plan-parts';
import * as words from './safety-plan-words';
import { createRandom, type Random } from './seeded-random';

// A stream of its own, so that adding safety plans left every other demo record as it was.
const SAFETY_PLAN_STREAM = 30;
/** About one person in seven has no safety plan yet. */
const WITHOUT_PLAN_SHARE = 0.15;

interface SafetyPlanFacts {
  number: number;
  personId: string;
  name: string;
}

export interface DemoSafetyPlans {
  /** Notes the people of a chunk; nothing is written yet. */
  note(chunk: DemoChunk): void;
  /** Writes every noted person's safety plan, by the person (their account where they have one). Returns how many. */
  load(deps: ServiceDeps): Promise<number>;
  /** The plans as `load` writes them, for tests. */
  draft(): Generator<CarePlanImport, void, undefined>;
}

/**
 * Safety plans for most demo people, each written by the person in their own words some weeks to
 * two years ago, some changed since; about a third were last touched more than a year ago, so the
 * dashboard's "updated in the last 12 months" has something to show. The demo person's plan is
 * recent and complete. Deterministic from the seed.
 */
export function demoSafetyPlans(options: { seed: number; today: Date }): DemoSafetyPlans {
  const today = dayOf(options.today);
  const people: SafetyPlanFacts[] = [];
  const accounts = new Map<string, string>();
  const plans = function* (): Generator<CarePlanImport, void, undefined> {
    for (const facts of people) {
      const random = createRandom(options.seed, SAFETY_PLAN_STREAM, facts.number);
      if (facts.number !== 0 && random.chance(WITHOUT_PLAN_SHARE)) continue;
      const author: Signer = {
        accountId: accounts.get(facts.personId) ?? SYSTEM_ACTOR.accountId,
        name: facts.name,
        workerId: null,
      };
      yield draftSafetyPlan(facts, random, author, today);
    }
  };
  return {
    note: (chunk) => {
      for (const account of chunk.accounts) if (account.personId) accounts.set(account.personId, account.id);
      for (const person of chunk.people)
        people.push({ number: people.length, personId: person.id, name: person.preferredName ?? person.name });
    },
    load: (deps) => writeDemoDocuments(deps, 'safety_plan', plans()),
    draft: plans,
  };
}

function draftSafetyPlan(facts: SafetyPlanFacts, random: Random, author: Signer, today: number): CarePlanImport {
  const writtenOn = facts.number === 0 ? today - 20 : today - random.int(21, 720);
  const texts = sectionTexts(random);
  const versions: CarePlanVersionRecord[] = [];
  let minutes = 9 * 60 + random.int(0, 600);
  for (const [sectionKey, text] of texts) {
    minutes += random.int(2, 9);
    versions.push(
      versionOf(facts.personId, versions.length + 1, sectionKey, text, author, new Date(msOfDay(writtenOn, minutes))),
    );
  }
  // Some people came back to their plan later and changed what helps them on their own.
  if (random.chance(0.35)) {
    const changedOn = Math.min(today - 1, writtenOn + random.int(30, 400));
    versions.push(
      versionOf(
        facts.personId,
        versions.length + 1,
        'on_my_own',
        some(random, words.ON_MY_OWN, 3),
        author,
        new Date(msOfDay(changedOn, 10 * 60 + random.int(0, 480))),
      ),
    );
  }
  const first = versions[0]!.createdAt;
  const last = versions.at(-1)!.createdAt;
  return {
    plan: {
      personId: facts.personId,
      sections: [...SAFETY_PLAN_SECTIONS],
      currentVersion: versions.length,
      createdAt: first,
      updatedAt: last,
    },
    versions,
    signatures: [],
    proposals: [],
    messages: [],
  };
}

/** Each section's text, in the plan's order; a few people leave the last sections for later. */
function sectionTexts(random: Random): [string, string][] {
  const texts: [string, string][] = [
    ['warning_signs', some(random, words.WARNING_SIGNS, 2)],
    ['on_my_own', some(random, words.ON_MY_OWN, 3)],
    ['people_and_places', some(random, words.PEOPLE_AND_PLACES, 2)],
    ['people_to_ask', some(random, words.PEOPLE_TO_ASK, 2)],
    [
      'professionals',
      [...new Set([words.PROFESSIONALS[0], words.PROFESSIONALS[2], random.pick(words.PROFESSIONALS)])].join('\n'),
    ],
    ['safer_surroundings', some(random, words.SAFER_SURROUNDINGS, 1)],
    ['reasons_for_living', some(random, words.REASONS_FOR_LIVING, 2)],
    ['crisis_preferences', some(random, words.CRISIS_PREFERENCES, 3)],
  ];
  return random.chance(0.2) ? texts.slice(0, 5) : texts;
}

/** `count` different lines of a list, in the list's order, one per line. */
function some(random: Random, items: readonly string[], count: number): string {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, items.length)) chosen.add(random.int(0, items.length - 1));
  return [...chosen]
    .sort((a, b) => a - b)
    .map((i) => items[i])
    .join('\n');
}
