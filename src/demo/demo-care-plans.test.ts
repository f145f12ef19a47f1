import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, TEST_NOW, type TestDatabase } from '../../test/support/test-database';
import { latestAgreedVersion } from '../domain/care-plan/agreement';
import { readingLength } from '../domain/care-plan/reading-time';
import { signIn } from '../services/accounts/sign-in';
import type { CarePlanImport } from '../services/care-plan/ports';
import { getPositiveRiskPlanReview } from '../services/risk/positive-risk-plan-review';
import { getCarePlan } from '../services/care-plan/get-care-plan';
import { listCarePlanProposals } from '../services/care-plan/list-care-plan-proposals';
import { listSectionMessages } from '../services/care-plan/list-section-messages';
import { demoCarePlans } from './demo-care-plans';
import { generateDemoOrganisation } from './generate-demo-organisation';
import { loadDemoOrganisation, type DemoSummary } from './load-demo-organisation';

/** The plans a demo would write, drafted without a database. */
function draftedPlans(scale: number, seed: number): { people: number; plans: CarePlanImport[] } {
  const plans = demoCarePlans({ seed, today: TEST_NOW });
  let people = 0;
  for (const chunk of generateDemoOrganisation({ scale, seed, today: TEST_NOW })) {
    plans.note(chunk);
    people += chunk.people.length;
  }
  return { people, plans: [...plans.draft()] };
}

/** Each section's latest text, as the plan page shows the current version. */
function currentTexts(plan: CarePlanImport): string[] {
  const latest = new Map<string, string>();
  for (const version of [...plan.versions].sort((a, b) => a.version - b.version))
    latest.set(version.sectionKey, version.text);
  return [...latest.values()];
}

describe('demo care plans, as drafted', () => {
  const { people, plans } = draftedPlans(2, 7);

  it('gives most people a plan, every one agreed by the person and their care coordinator', () => {
    expect(plans.length / people).toBeGreaterThan(0.8);
    expect(plans.length).toBeLessThan(people);
    for (const plan of plans) {
      expect(latestAgreedVersion(plan.signatures), plan.plan.personId).not.toBeNull();
      expect(plan.signatures.find((s) => s.signerKind === 'care_coordinator')?.workerId).toBeTruthy();
      expect(plan.plan.currentVersion).toBe(plan.versions.length);
    }
  });

  it('reads every plan in under five minutes at the plan page’s reading speed', () => {
    const minutes = plans.map((plan) => readingLength(currentTexts(plan)).readingMinutes);
    expect(Math.max(...minutes)).toBeLessThan(5);
    expect(Math.min(...minutes)).toBeGreaterThanOrEqual(1);
  });

  it('puts the person’s words in their sections and the agreed support in the worker’s', () => {
    for (const plan of plans.slice(1, 50)) {
      for (const version of plan.versions) {
        expect(version.authorKind).toBe(version.sectionKey === 'agreed_support' ? 'worker' : 'person');
      }
      expect(plan.versions.find((v) => v.sectionKey === 'about_me')?.text).toMatch(/^My name is \S+\./);
    }
    const dates = plans.flatMap((p) => [...p.versions.map((v) => v.createdAt), ...p.signatures.map((s) => s.signedAt)]);
    expect(dates.every((d) => d < TEST_NOW)).toBe(true);
  });

  it('drafts the same plans from the same seed and different plans from another', () => {
    const again = draftedPlans(2, 7).plans;
    expect(again).toEqual(plans);
    const other = draftedPlans(1, 8).plans;
    expect(other[1]?.versions[0]?.text).not.toEqual(plans[1]?.versions[0]?.text);
  });
});

describe('demo care plans, loaded', () => {
  let t: TestDatabase;
  let summary: DemoSummary;
  beforeAll(async () => {
    t = await createTestDatabase();
    summary = await loadDemoOrganisation(t.deps, { scale: 1, today: TEST_NOW });
  }, 180_000);
  afterAll(() => t.close());

  const rowsOf = async <T>(query: ReturnType<typeof sql>): Promise<T[]> =>
    ((await t.handle.db.execute(query)) as unknown as { rows: T[] }).rows;

  it('writes the plans it counts', async () => {
    const [row] = await rowsOf<{ plans: number; signatures: number }>(sql`
      select (select count(*)::int from care_plan where kind = 'care_plan') as plans,
        (select count(*)::int from care_plan_signature where kind = 'care_plan') as signatures`);
    expect(Number(row?.plans)).toBe(summary.carePlans);
    expect(summary.carePlans).toBeGreaterThan(160);
    expect(Number(row?.signatures)).toBe(summary.carePlans * 2);
  });

  it('gives most people a risk formulation, some never discussed, and Jo a positive risk-taking plan', async () => {
    const [row] = await rowsOf<{ formulations: number; discussed: number; positive: number }>(sql`
      select (select count(*)::int from care_plan where kind = 'risk_formulation') as formulations,
        (select count(distinct person_id)::int from risk_discussion) as discussed,
        (select count(*)::int from care_plan where kind = 'positive_risk_plan') as positive`);
    expect(Number(row?.formulations)).toBeGreaterThan(summary.carePlans * 0.8);
    expect(Number(row?.discussed)).toBeGreaterThan(Number(row?.formulations) * 0.5);
    expect(Number(row?.discussed)).toBeLessThan(Number(row?.formulations));
    expect(Number(row?.positive)).toBe(1);
    const jo = (await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' })).actor;
    const plan = await getCarePlan(t.deps, { personId: jo.personId ?? '', kind: 'positive_risk_plan' }, jo);
    expect(plan.agreement.state).toBe('agreed');
    const review = await getPositiveRiskPlanReview(t.deps, { personId: jo.personId ?? '' }, jo);
    expect(review.reviewOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect((review.reviewOn ?? '') > TEST_NOW.toISOString().slice(0, 10)).toBe(true);
  });

  it('gives the demo person an agreed version, a later change, a pending and a declined proposal, and a discussion', async () => {
    const jo = (await signIn(t.deps, { username: 'demo-person', password: 'tandem-demo' })).actor;
    const personId = jo.personId ?? '';
    const plan = await getCarePlan(t.deps, { personId }, jo);
    expect(plan.latestAgreedVersion).toBe(7);
    expect(plan.currentVersion).toBe(8);
    expect(plan.agreement.state).toBe('not_signed');
    expect(plan.readingMinutes).toBeLessThan(5);
    expect(plan.pendingProposals).toHaveLength(1);
    expect(plan.pendingProposals?.[0]?.proposedBy.name).toBe('Robin Fairley');
    const aboutMe = plan.sections.find((s) => s.key === 'about_me');
    expect(aboutMe?.isPersonsOwnWords).toBe(true);

    const agreed = await getCarePlan(t.deps, { personId, version: 7 }, jo);
    expect(agreed.agreement.state).toBe('agreed');

    const declined = await listCarePlanProposals(t.deps, { personId, status: 'declined' }, jo);
    expect(declined).toHaveLength(1);
    expect(declined[0]?.decisionNote).toMatch(/my own words/);

    const messages = await listSectionMessages(t.deps, { personId, sectionKey: 'agreed_support' }, jo);
    expect(messages.map((m) => m.authorKind)).toEqual(['person', 'worker']);
    expect(messages[0]?.text).toMatch(/^I see it differently because/);

    const worker = (await signIn(t.deps, { username: 'demo-worker', password: 'tandem-demo' })).actor;
    expect((await getCarePlan(t.deps, { personId }, worker)).access.signAs).toBe('care_coordinator');
  });

  it('lets the demo carer read the plan the demo person shared, without the proposals behind it', async () => {
    const carer = (await signIn(t.deps, { username: 'demo-carer', password: 'tandem-demo' })).actor;
    const personId = (await t.repositories.organisation.listCarerLinksForCarer(carer.carerId ?? ''))[0]?.personId ?? '';
    const plan = await getCarePlan(t.deps, { personId }, carer);
    expect(plan.access.basis).toBe('carer_consent');
    expect(plan.pendingProposals).toBeNull();
    expect(plan.sections.find((s) => s.key === 'about_me')?.text).toMatch(/^I am Jo\./);
  });
});
