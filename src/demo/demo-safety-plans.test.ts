import { describe, expect, it } from 'vitest';
import { TEST_NOW } from '../../test/support/test-database';
import type { CarePlanImport } from '../services/care-plan/ports';
import { demoSafetyPlans } from './demo-safety-plans';
import { generateDemoOrganisation } from './generate-demo-organisation';

/** The safety plans a demo would write, drafted without a database. */
function draftedPlans(scale: number, seed: number): { people: number; plans: CarePlanImport[] } {
  const plans = demoSafetyPlans({ seed, today: TEST_NOW });
  let people = 0;
  for (const chunk of generateDemoOrganisation({ scale, seed, today: TEST_NOW })) {
    plans.note(chunk);
    people += chunk.people.length;
  }
  return { people, plans: [...plans.draft()] };
}

const YEAR_MS = 365 * 86_400_000;

describe('demo safety plans, as drafted', () => {
  const { people, plans } = draftedPlans(2, 7);

  it('gives most people a plan in their own words, some not touched for over a year', () => {
    expect(plans.length / people).toBeGreaterThan(0.75);
    expect(plans.length).toBeLessThan(people);
    for (const plan of plans) {
      expect(plan.versions.every((v) => v.authorKind === 'person')).toBe(true);
      expect(plan.plan.currentVersion).toBe(plan.versions.length);
      expect(plan.versions.every((v) => v.createdAt.getTime() < TEST_NOW.getTime())).toBe(true);
    }
    const stale = plans.filter((p) => TEST_NOW.getTime() - p.plan.updatedAt.getTime() > YEAR_MS);
    expect(stale.length).toBeGreaterThan(plans.length * 0.15);
    expect(stale.length).toBeLessThan(plans.length * 0.6);
  });

  it('gives the demo person a recent, complete plan with numbers to call', () => {
    const first = plans[0]!;
    expect(TEST_NOW.getTime() - first.plan.updatedAt.getTime()).toBeLessThan(YEAR_MS);
    expect(new Set(first.versions.map((v) => v.sectionKey)).size).toBeGreaterThanOrEqual(5);
    expect(first.versions.find((v) => v.sectionKey === 'professionals')?.text).toMatch(/116 123/);
  });

  it('is the same for the same seed', () => {
    expect(JSON.stringify(draftedPlans(1, 3).plans)).toBe(JSON.stringify(draftedPlans(1, 3).plans));
  });
});
