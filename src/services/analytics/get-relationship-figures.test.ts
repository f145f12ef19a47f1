import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import type { ScoreResult } from '../../domain/instruments';
import { kruskalWallis, withEpsilonSquared } from '../../domain/statistics';
import type { RelationshipFeedbackRecord } from '../feedback/ports';
import type { InstrumentResponseRecord } from '../instruments/ports';
import { newId } from '../new-id';
import { getRelationshipFigures } from './get-relationship-figures';

const QUARTER = { from: '2026-01-01', to: '2026-03-31' };
let t: TestDatabase;
let world: Awaited<ReturnType<typeof buildWorld>>;

const score = (scoreId: string, value: number): ScoreResult => ({
  scoreId,
  label: scoreId,
  value,
  isProrated: false,
  thresholdsMet: [],
  answeredCount: 8,
  missingCount: 0,
});

/**
 * North site: team A (a1–a4, managed by the manager) and team B (b1, b2); South site: team C (c1–c3).
 * Each person: own feedback scores, quality of life at rated meetings (first → last), recovery (QPR-15 total).
 *   a1: feedback 4, 5 (and 1 in December, outside the quarter) → 4.5; life 3 → 5.5; recovery 50
 *   a2: feedback 2 → 2;                                                life 4 → 3;   recovery 20
 *   a3: feedback 3, 3, 4 → 10/3;                                       life 4.5 → 4.5; recovery 55
 *   a4: no own feedback, a worker's view of 4;                        life 5 (once); recovery 40
 *   b1: 5, life 6; b2: 1, life 2; c1: 2, life 2; c2: 2.5, life 3; c3: 1.5, life 2.5
 */
async function buildWorld() {
  const f = createFactories(t);
  const north = newId();
  const south = newId();
  await t.repositories.organisation.createSite({ id: north, name: 'North' });
  await t.repositories.organisation.createSite({ id: south, name: 'South' });
  const teamA = await f.team({ siteId: north, name: 'Team A' });
  const teamB = await f.team({ siteId: north, name: 'Team B' });
  const teamC = await f.team({ siteId: south, name: 'Team C' });
  const worker = await f.worker({ teamId: teamA.id });
  const manager = await f.worker({ teamId: teamA.id, name: 'Mo Manager' });
  const person = async (teamId: string) => (await f.person({ teamId })).id;
  const a = [await person(teamA.id), await person(teamA.id), await person(teamA.id), await person(teamA.id)] as const;
  const b = [await person(teamB.id), await person(teamB.id)] as const;
  const c = [await person(teamC.id), await person(teamC.id), await person(teamC.id)] as const;

  const feedback: RelationshipFeedbackRecord[] = [];
  const responses: InstrumentResponseRecord[] = [];
  const give = (personId: string, at: string, value: number, respondent: 'person' | 'worker' = 'person') =>
    feedback.push({
      id: newId(),
      personId,
      workerId: worker.id,
      meetingId: newId(),
      meetingOccurredAt: new Date(`${at}T10:00:00Z`),
      respondent,
      visibility: respondent === 'person' ? 'aggregate' : null,
      score: value,
      responseId: newId(),
      givenAt: new Date(`${at}T11:00:00Z`),
      recordedByAccountId: null,
    });
  const rate = (personId: string, at: string, value: number) =>
    responses.push({
      id: newId(),
      personId,
      instrumentId: 'dialog-ratings',
      version: '1',
      purpose: 'meeting_ratings',
      meetingId: newId(),
      answers: [],
      scores: [score('subjective-quality-of-life', value), score('treatment-satisfaction', 7 - value)],
      completedAt: new Date(`${at}T10:00:00Z`),
      recordedByAccountId: null,
    });
  const recover = (personId: string, at: string, value: number) =>
    responses.push({
      id: newId(),
      personId,
      instrumentId: 'qpr-15',
      version: '1',
      purpose: 'outcome_measure',
      meetingId: null,
      answers: [],
      scores: [score('total', value)],
      completedAt: new Date(`${at}T10:00:00Z`),
      recordedByAccountId: null,
    });

  give(a[0], '2025-12-01', 1);
  give(a[0], '2026-01-10', 4);
  give(a[0], '2026-03-10', 5);
  rate(a[0], '2026-01-10', 3);
  rate(a[0], '2026-03-10', 5.5);
  recover(a[0], '2026-03-11', 50);
  give(a[1], '2026-02-01', 2);
  rate(a[1], '2026-01-05', 4);
  rate(a[1], '2026-02-01', 3);
  recover(a[1], '2026-02-02', 20);
  for (const [at, value] of [
    ['2026-01-03', 3],
    ['2026-02-03', 3],
    ['2026-03-03', 4],
  ] as const)
    give(a[2], at, value);
  rate(a[2], '2026-01-03', 4.5);
  rate(a[2], '2026-03-03', 4.5);
  recover(a[2], '2026-03-04', 55);
  give(a[3], '2026-02-10', 4, 'worker');
  rate(a[3], '2026-02-10', 5);
  recover(a[3], '2026-02-11', 40);
  for (const [id, fb, life] of [
    [b[0], 5, 6],
    [b[1], 1, 2],
    [c[0], 2, 2],
    [c[1], 2.5, 3],
    [c[2], 1.5, 2.5],
  ] as const) {
    give(id, '2026-02-15', fb);
    rate(id, '2026-02-15', life);
  }
  await t.repositories.feedback.createMany(feedback);
  await t.repositories.instruments.createResponses(responses);
  return {
    teams: { teamA, teamB, teamC },
    manager: await f.account('team_manager', { workerId: manager.id }),
    admin: await f.account('admin'),
    worker: await f.account('worker', { workerId: worker.id }),
    researcher: await f.account('researcher'),
  };
}

useTestDatabase(async (opened) => {
  t = opened;
  world = await buildWorld();
});

describe('getRelationshipFigures (hand-worked above)', () => {
  it('summarises the manager’s team, hiding a distribution that fewer than three people make', async () => {
    const figures = await getRelationshipFigures(t.deps, QUARTER, world.manager);
    expect(figures.team?.name).toBe('Team A');
    expect(figures.overall.people).toBe(4);
    expect(figures.overall.personFeedback).toMatchObject({ n: 3, median: 10 / 3, min: 2, max: 4.5 });
    expect(figures.overall.personFeedback?.mean).toBeCloseTo((4.5 + 2 + 10 / 3) / 3, 12);
    expect(figures.overall.lifeDomains).toMatchObject({ n: 4, median: 4.75, min: 3, max: 5.5 });
    expect(figures.overall.workerFeedback).toBeNull();
    expect(figures.byTeam.map((team) => [team.teamName, team.people, team.personFeedback?.n ?? null])).toEqual([
      ['Team A', 4, 3],
      ['Team B', 2, null],
    ]);
  });

  it('compares the sites with Kruskal–Wallis over every site’s people', async () => {
    const figures = await getRelationshipFigures(t.deps, QUARTER, world.manager);
    expect(figures.bySite.map((site) => [site.siteName, site.people])).toEqual([
      ['North', 6],
      ['South', 3],
    ]);
    const north = [4.5, 2, 10 / 3, 5, 1];
    const south = [2, 2.5, 1.5];
    expect(figures.siteTests.personFeedback).toEqual(withEpsilonSquared(kruskalWallis([north, south])));
    expect(figures.siteTests.personFeedback).toMatchObject({ n: 8, groups: 2, df: 1 });
    expect(figures.siteTests.lifeDomains).toEqual(
      withEpsilonSquared(
        kruskalWallis([
          [5.5, 3, 4.5, 5, 6, 2],
          [2, 3, 2.5],
        ]),
      ),
    );
  });

  it('relates the person’s view of the relationship to quality of life and recovery (Spearman)', async () => {
    const { correlations } = await getRelationshipFigures(t.deps, QUARTER, world.manager);
    // Feedback ranks a2 < a3 < a1 and quality of life ranks a2 < a3 < a1: rho = 1.
    // Without ties and with so few people p is exact (as R's cor.test): 1 of the 3! orderings is as extreme, p = 2/6.
    expect(correlations.feedbackWithLifeDomains).toMatchObject({ n: 3, rho: 1, method: 'exact' });
    expect(correlations.feedbackWithLifeDomains.p).toBeCloseTo(1 / 3, 12);
    // Recovery ranks a2 < a1 < a3: rank deviations (1, −1, 0) and (0, −1, 1) give rho = 1/2, S = 2;
    // 3 of the 6 orderings have S ≤ 2 (no change, or one swap of neighbours), so p = min(1, 2·3/6) = 1.
    expect(correlations.feedbackWithRecovery).toMatchObject({ n: 3, s: 2, method: 'exact' });
    expect(correlations.feedbackWithRecovery.rho).toBeCloseTo(0.5, 12);
    expect(correlations.feedbackWithRecovery.p).toBeCloseTo(1, 12);
  });

  it('marks reliable change in quality of life (Jacobson–Truax, reliability .71)', async () => {
    const { reliableChange } = await getRelationshipFigures(t.deps, QUARTER, world.manager);
    // First scores 3, 4, 4.5: SD = √(1.1667/2) = 0.7638; S_diff = √2 · 0.7638 · √0.29 = 0.5817.
    // a1: +2.5 / 0.5817 = 4.30, improved; a2: −1 / 0.5817 = −1.72, not reliable; a3: 0.
    expect(reliableChange).toMatchObject({ people: 3, improved: 1, unchanged: 2, deteriorated: 0, reliability: 0.71 });
    expect(reliableChange?.baselineSd).toBeCloseTo(Math.sqrt(7 / 12), 12);
  });

  it('refuses workers, researchers and a manager asking for another team, and audits each read', async () => {
    await expect(getRelationshipFigures(t.deps, QUARTER, world.worker)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(getRelationshipFigures(t.deps, QUARTER, world.researcher)).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      getRelationshipFigures(t.deps, { ...QUARTER, teamId: world.teams.teamC.id }, world.manager),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await getRelationshipFigures(t.deps, { ...QUARTER, teamId: world.teams.teamC.id }, world.admin);
    const [event] = (await t.repositories.audit.listChain(`account:${world.admin.accountId}`)).slice(-1);
    expect(event).toMatchObject({
      action: 'analytics.relationship.read',
      personId: null,
      detail: { teamId: world.teams.teamC.id, people: 3 },
    });
  });
});
