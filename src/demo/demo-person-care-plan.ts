import { DEFAULT_CARE_PLAN_SECTIONS } from '../domain/care-plan/care-plan-sections';
import type {
  CarePlanImport,
  CarePlanMessageRecord,
  CarePlanProposalRecord,
  CarePlanVersionRecord,
} from '../services/care-plan/ports';
import { msOfDay } from './demo-calendar';
import { firstName, longDate, versionOf, type CarePlanFacts, type Signer } from './demo-plan-parts';
import type { IdSource } from './demo-ids';

// The demo person's plan tells a short story that a guide can walk through: an agreed version,
// a later change of the person's own that is not agreed yet, a worker's change the person
// declined and one still waiting for them, and a disagreement kept as a conversation.

/** Days before today on which each part happened. */
const WRITTEN = 75;
const DECLINED = 73;
const SIGNED = 70;
const CHANGED = 12;
const PROPOSED = 5;
const DISCUSSED = 4;

/** Jo's plan, written with the demo worker as care coordinator. */
export function demoPersonCarePlan(input: {
  facts: CarePlanFacts;
  today: number;
  ids: IdSource;
  person: Signer;
  coordinator: Signer;
}): CarePlanImport {
  const { facts, today, ids, person, coordinator } = input;
  const at = (daysAgo: number, minutes: number) => new Date(msOfDay(today - daysAgo, minutes));
  const robin = firstName(coordinator.name);
  const carer = facts.carer
    ? `My ${facts.carer.relationship.toLowerCase()}, ${firstName(facts.carer.name)},`
    : 'My family';
  const by = (daysAfterWriting: number) => longDate(today - WRITTEN + daysAfterWriting);
  const sections: [string, string, Signer][] = [
    [
      'about_me',
      `I am ${person.name}. I am 34 and I live in a flat above the bakery on the high street, so I wake up to the smell of bread. I worked in a library for ten years. I stopped when I became unwell, and I miss it. I am a quiet person, but I like people.`,
      person,
    ],
    [
      'what_matters',
      '- Getting a good night’s sleep most nights.\n- Going back to some kind of work with books, maybe volunteering first.\n- Seeing my friend Sam every week, not only when I feel well.',
      person,
    ],
    [
      'strengths',
      'I am patient and careful. I notice small things. I have kept going through two very hard years, and I know much more now about what I need.',
      person,
    ],
    [
      'what_helps',
      'What helps: a plan for the week written down, a walk in the morning, and being asked what I think before decisions are made.\nWhat does not help: being phoned without warning, and meetings in small rooms with lots of people.',
      person,
    ],
    [
      'who_supports_me',
      `${carer} who I see on Sundays. Sam, my oldest friend. ${coordinator.name}, my care coordinator. The library reading group on Thursday evenings.`,
      person,
    ],
    [
      'agreed_support',
      `- ${robin} (care coordinator) will meet me every two weeks, at the café near the library if I prefer.\n- ${robin} will ask the volunteer centre about library roles by ${by(28)}.\n- I will keep a sleep diary and bring it to our meetings.\n- The psychiatrist will see me by ${by(42)} to talk about my sleeping tablets.`,
      coordinator,
    ],
    [
      'next_review',
      'At my next review I want to talk about volunteering, and I would like my family to be there.',
      person,
    ],
  ];
  const versions: CarePlanVersionRecord[] = sections.map(([key, text, author], index) =>
    versionOf(facts.personId, index + 1, key, text, author, at(WRITTEN, 10 * 60 + index * 8)),
  );
  const agreed = versions.length;
  const declined: CarePlanProposalRecord = {
    personId: facts.personId,
    id: ids('action', msOfDay(today - WRITTEN)),
    sectionKey: 'about_me',
    baseVersion: 1,
    text: `${person.name} is 34 and has a history of depression and poor sleep. Lives alone. Previously employed as a library assistant.`,
    proposedByAccountId: coordinator.accountId,
    proposerName: coordinator.name,
    proposerRole: 'care_coordinator',
    proposedAt: at(WRITTEN, 11 * 60),
    status: 'declined',
    decidedByAccountId: person.accountId,
    decidedByName: person.name,
    decidedAt: at(DECLINED, 18 * 60),
    decisionNote: 'I would rather keep my own words. This reads like a letter about me, not something I wrote.',
    appliedVersion: null,
  };
  const changed = versionOf(
    facts.personId,
    agreed + 1,
    'what_helps',
    `${sections[3]?.[1] ?? ''}\nSince the summer: I find it easier to talk while walking than sitting across a table.`,
    person,
    at(CHANGED, 20 * 60 + 15),
  );
  const pending: CarePlanProposalRecord = {
    personId: facts.personId,
    id: ids('action', msOfDay(today - PROPOSED)),
    sectionKey: 'strengths',
    baseVersion: 3,
    text: `${sections[2]?.[1] ?? ''} Jo helped run the reading group when its organiser was away in October.`,
    proposedByAccountId: coordinator.accountId,
    proposerName: coordinator.name,
    proposerRole: 'care_coordinator',
    proposedAt: at(PROPOSED, 14 * 60 + 30),
    status: 'pending',
    decidedByAccountId: null,
    decidedByName: null,
    decidedAt: null,
    decisionNote: null,
    appliedVersion: null,
  };
  const message = (author: Signer, text: string, minutes: number): CarePlanMessageRecord => ({
    personId: facts.personId,
    id: ids('response', msOfDay(today - DISCUSSED, minutes)),
    sectionKey: 'agreed_support',
    authorAccountId: author.accountId,
    authorName: author.name,
    authorKind: author.workerId ? 'worker' : 'person',
    authorRole: author.workerId ? 'care_coordinator' : 'service_user',
    text,
    createdAt: at(DISCUSSED, minutes),
  });
  return {
    plan: {
      personId: facts.personId,
      sections: [...DEFAULT_CARE_PLAN_SECTIONS],
      currentVersion: changed.version,
      createdAt: at(WRITTEN, 10 * 60),
      updatedAt: changed.createdAt,
    },
    versions: [...versions, changed],
    signatures: [
      {
        personId: facts.personId,
        version: agreed,
        signerKind: 'person',
        accountId: person.accountId,
        workerId: null,
        signerName: person.name,
        signedAt: at(SIGNED, 11 * 60),
      },
      {
        personId: facts.personId,
        version: agreed,
        signerKind: 'care_coordinator',
        accountId: coordinator.accountId,
        workerId: coordinator.workerId,
        signerName: coordinator.name,
        signedAt: at(SIGNED, 11 * 60 + 5),
      },
    ],
    proposals: [declined, pending],
    messages: [
      message(
        person,
        `I see it differently because meeting every two weeks feels like a lot now that I am sleeping better. Could we try once a month until my review?`,
        9 * 60 + 40,
      ),
      message(
        coordinator,
        `Thank you for saying so, ${person.name}. I am happy to try monthly, with a phone call in between. Let us agree it at your review so it goes into the plan.`,
        16 * 60 + 5,
      ),
    ],
  };
}
