import { POSITIVE_RISK_PLAN_SECTIONS, RISK_FORMULATION_SECTIONS } from '../domain/care-plan/risk-sections';
import type { CarePlanImport, CarePlanSignatureRecord, CarePlanVersionRecord } from '../services/care-plan/ports';
import type { PositiveRiskPlanReviewRecord, RiskDiscussionRecord } from '../services/risk/ports';
import type { ServiceDeps } from '../services/ports';
import { DEMO_PERSON } from './demo-cast';
import { versionOf, writeDemoDocuments, type Signer } from './demo-plan-parts';

// Risk and safety formulations for most demo people, written a few days after their care plan;
// about a third were never talked through with the person, so the gap the research found shows.
// Jo also has a positive risk-taking plan. Everything follows from the care plans, so it is as
// deterministic as they are.

const DAY = 86_400_000;

const PERSON_WORDS: Record<string, readonly string[]> = {
  what_helps: ['Music, walking, and knowing someone will ring back.', 'My sister, my dog, and keeping busy.'],
  what_makes_it_harder: ['Money worries and nights alone.', 'When I stop sleeping and people talk over me.'],
  early_signs: ['I stop answering the phone and stay in bed.', 'I get snappy and stop eating properly.'],
  what_happened_before: ['Two years ago things got very bad after I lost my job.', 'A crisis last winter.'],
};
const TEAM_WORDS: Record<string, readonly string[]> = {
  what_helps: ['Regular contact with the same worker; practical help with bills.', 'Peer support group on Tuesdays.'],
  what_makes_it_harder: ['Changes of worker and long gaps between visits.', 'Drinking more when isolated.'],
  early_signs: ['Missed appointments and unopened post.', 'Talking less in meetings, cancelling plans.'],
  what_happened_before: ['Admission in the past after a period of not sleeping.', 'Crisis team contact last year.'],
};

/** What the demo writes besides care plans: formulations, discussions and Jo's positive risk-taking plan. */
export interface DemoRiskDocuments {
  formulations: CarePlanImport[];
  positiveRiskPlans: CarePlanImport[];
  discussions: RiskDiscussionRecord[];
  /** When Jo and Robin will look at the plan again: six weeks after the demo's today. */
  planReviews: PositiveRiskPlanReviewRecord[];
}

/** Draws the risk documents from the demo care plans. */
export function demoRiskDocuments(carePlans: readonly CarePlanImport[], today: Date): DemoRiskDocuments {
  const result: DemoRiskDocuments = { formulations: [], positiveRiskPlans: [], discussions: [], planReviews: [] };
  carePlans.forEach((plan, index) => {
    const person = signerOf(plan.signatures, 'person');
    const coordinator = signerOf(plan.signatures, 'care_coordinator');
    if (!person || !coordinator || index % 7 === 6) return;
    const isJo = person.name === DEMO_PERSON.preferredName && index === 0;
    const start = plan.plan.updatedAt.getTime() + 3 * DAY;
    const versions: CarePlanVersionRecord[] = RISK_FORMULATION_SECTIONS.map((section, at) => {
      const topic = section.key.replace(/_(person|team)$/, '');
      const words = (section.voice === 'person' ? PERSON_WORDS : TEAM_WORDS)[topic] ?? [''];
      const text = words[index % words.length] ?? '';
      const author = section.voice === 'person' ? person : coordinator;
      return versionOf(plan.plan.personId, at + 1, section.key, text, author, new Date(start + at * 60_000));
    });
    const version = versions.length;
    const isDiscussed = isJo || index % 3 !== 2;
    const signedAt = new Date(start + DAY);
    result.formulations.push({
      plan: {
        personId: plan.plan.personId,
        sections: [...RISK_FORMULATION_SECTIONS],
        currentVersion: version,
        createdAt: new Date(start),
        updatedAt: new Date(start + version * 60_000),
      },
      versions,
      signatures: isDiscussed ? signatures(plan.plan.personId, version, person, coordinator, signedAt) : [],
      proposals: [],
      messages: [],
    });
    if (isDiscussed)
      result.discussions.push({
        personId: plan.plan.personId,
        id: demoId(index, 'd'),
        discussedOn: new Date(start + DAY).toISOString().slice(0, 10),
        mode: index % 2 === 0 ? 'in_person' : 'phone',
        response: isJo ? 'It sounds like me. I want my sister to know the early signs.' : 'Yes, that is about right.',
        isDeclined: false,
        formulationVersion: version,
        recordedByAccountId: coordinator.accountId,
        recordedByName: coordinator.name,
        recordedAt: signedAt,
      });
    if (isJo) {
      result.positiveRiskPlans.push(josPlan(plan.plan.personId, person, coordinator, start + 2 * DAY));
      result.planReviews.push({
        personId: plan.plan.personId,
        reviewOn: new Date(today.getTime() + 42 * DAY).toISOString().slice(0, 10),
        updatedAt: new Date(start + 3 * DAY),
        updatedByName: coordinator.name,
      });
    }
  });
  return result;
}

/** Writes them: the formulations a thousand people to a transaction, like the care plans. */
export async function loadDemoRiskDocuments(deps: ServiceDeps, documents: DemoRiskDocuments): Promise<number> {
  const written = await writeDemoDocuments(deps, 'risk_formulation', documents.formulations);
  await deps.uow.run(async (r) => {
    await r.documents('positive_risk_plan').createMany(documents.positiveRiskPlans);
    await r.risk.addDiscussions(documents.discussions);
    for (const review of documents.planReviews) await r.risk.setPlanReview(review, null);
  });
  return written;
}

function josPlan(personId: string, person: Signer, coordinator: Signer, start: number): CarePlanImport {
  const texts: Record<string, [string, Signer]> = {
    what_i_want_to_do: ['I want to take the train to see my sister in Leeds on my own.', person],
    what_could_go_wrong: ['I could panic on a busy train, or miss the connection and get stuck.', person],
    what_would_help: [
      'Travel outside rush hour, my sister meets me at the station, and I keep the crisis line number on my phone.',
      coordinator,
    ],
    who_agrees: ['Me, Robin as my care coordinator, and my sister. We look at it again after the first trip.', person],
  };
  const versions = POSITIVE_RISK_PLAN_SECTIONS.map((section, at) => {
    const [text, author] = texts[section.key] ?? ['', person];
    return versionOf(personId, at + 1, section.key, text, author, new Date(start + at * 60_000));
  });
  return {
    plan: {
      personId,
      sections: [...POSITIVE_RISK_PLAN_SECTIONS],
      currentVersion: versions.length,
      createdAt: new Date(start),
      updatedAt: new Date(start + versions.length * 60_000),
    },
    versions,
    signatures: signatures(personId, versions.length, person, coordinator, new Date(start + DAY)),
    proposals: [],
    messages: [],
  };
}

function signerOf(signatures: readonly CarePlanSignatureRecord[], kind: 'person' | 'care_coordinator'): Signer | null {
  const s = signatures.find((x) => x.signerKind === kind);
  return s ? { accountId: s.accountId, name: s.signerName, workerId: s.workerId } : null;
}

function signatures(
  personId: string,
  version: number,
  person: Signer,
  coordinator: Signer,
  at: Date,
): CarePlanSignatureRecord[] {
  return [
    {
      personId,
      version,
      signerKind: 'person',
      accountId: person.accountId,
      workerId: null,
      signerName: person.name,
      signedAt: at,
    },
    {
      personId,
      version,
      signerKind: 'care_coordinator',
      accountId: coordinator.accountId,
      workerId: coordinator.workerId,
      signerName: coordinator.name,
      signedAt: new Date(at.getTime() + 60_000),
    },
  ];
}

/** A fixed uuid per demo person and purpose, so loads repeat exactly. */
const demoId = (index: number, purpose: string): string =>
  `0190e8b1-0000-7000-8${purpose === 'd' ? '001' : '002'}-${String(index).padStart(12, '0')}`;
