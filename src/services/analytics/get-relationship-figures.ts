import type { Actor } from '../../domain/accounts/actor';
import {
  kruskalWallis,
  reliableChange,
  withEpsilonSquared,
  spearmanCorrelation,
  summarizeDistribution,
  type DistributionSummary,
  type KruskalWallisWithEffectSize,
  type SpearmanResult,
} from '../../domain/statistics';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveAnalyticsScope } from './analytics-scope';
import { resolveWindow } from './analytics-window';
import type { DashboardInput } from './get-continuity-dashboard';
import type { AnalyticsWindow, PersonRelationshipFigures } from './ports';
import { groupBy } from './summarize-continuity';

/**
 * Fewer people than this in a group and its figures are not shown: with two, each could work out
 * the other's answers. The same block size as feedback a person chose to share only in aggregate.
 */
export const MINIMUM_GROUP_SIZE = 3;

/**
 * Reliability of the subjective quality of life score (the eight life domains): internal
 * consistency (Cronbach's alpha) .71 in 271 people in community mental health care. Source:
 * Priebe S, Golden E, McCabe R, Reininghaus U. Patient-reported outcome data generated in a
 * clinical intervention in community mental health care: psychometric properties. BMC Psychiatry
 * 2012;12:113.
 */
export const LIFE_DOMAINS_RELIABILITY = 0.71;

/** A group's figures; each distribution is null when fewer than MINIMUM_GROUP_SIZE people have a value. */
export interface RelationshipGroup {
  people: number;
  personFeedback: DistributionSummary | null;
  workerFeedback: DistributionSummary | null;
  /** Subjective quality of life at each person's last rated meeting in the period. */
  lifeDomains: DistributionSummary | null;
}

export interface ReliableChangeCounts {
  /** People with two or more rated meetings in the period: first compared with last. */
  people: number;
  improved: number;
  unchanged: number;
  deteriorated: number;
  /** The standard deviation of the first scores, and the reliability, that the index uses. */
  baselineSd: number;
  reliability: number;
}

export interface RelationshipFigures {
  window: AnalyticsWindow;
  team: { id: string; name: string } | null;
  site: { id: string; name: string } | null;
  minimumGroupSize: number;
  overall: RelationshipGroup;
  byTeam: (RelationshipGroup & { teamId: string; teamName: string })[];
  bySite: (RelationshipGroup & { siteId: string; siteName: string })[];
  /** Kruskal–Wallis tests that the sites' distributions are the same. */
  siteTests: { personFeedback: KruskalWallisWithEffectSize; lifeDomains: KruskalWallisWithEffectSize };
  /** Over the people in focus: how the person's view of the relationship goes with their quality of life and recovery. */
  correlations: { feedbackWithLifeDomains: SpearmanResult; feedbackWithRecovery: SpearmanResult };
  /** Jacobson–Truax reliable change in quality of life; null with fewer than MINIMUM_GROUP_SIZE people or no spread at the start. */
  reliableChange: ReliableChangeCounts | null;
}

/**
 * Relationship feedback and life-domain ratings for a team manager's dashboard: distributions for
 * the team, the teams of its site and every site, a rank test across sites, how the relationship
 * goes with quality of life and recovery, and who changed reliably. Only groups are shown, never
 * a person, and a group too small to hide its members shows nothing.
 */
export async function getRelationshipFigures(
  deps: ServiceDeps,
  input: DashboardInput,
  actor: Actor,
): Promise<RelationshipFigures> {
  requireRole(actor, ['team_manager', 'admin'], 'Relationship figures are for team managers and administrators.');
  const reader = deps.analytics;
  const window = resolveWindow(input, deps.now());
  const scope = await deps.uow.run((r) => resolveAnalyticsScope(r, actor, input));
  const everyone = await reader.personRelationshipFigures(window, {});
  const compared = await reader.personRelationshipFigures(window, scope.comparison);
  const focus = scope.team ? compared.filter((p) => p.teamId === scope.team?.id) : scope.site ? compared : everyone;
  const { teams, sites } = await deps.uow.run(async (r) => ({
    teams: await r.organisation.listTeams(),
    sites: await r.organisation.listSites(),
  }));
  const inComparison = (t: { id: string; siteId: string }) =>
    (scope.comparison.siteId === undefined || t.siteId === scope.comparison.siteId) &&
    (scope.comparison.teamIds === undefined || scope.comparison.teamIds.includes(t.id));
  const byTeam = groupBy(compared, (p) => p.teamId);
  const bySite = groupBy(everyone, (p) => p.siteId);
  const siteGroups = sites.map((site) => bySite.get(site.id) ?? []);
  const withFeedback = focus.filter((p) => p.personFeedback !== null);
  const figures: RelationshipFigures = {
    window,
    team: scope.team ? { id: scope.team.id, name: scope.team.name } : null,
    site: scope.site,
    minimumGroupSize: MINIMUM_GROUP_SIZE,
    overall: summarizeGroup(focus),
    byTeam: teams
      .filter(inComparison)
      .map((t) => ({ teamId: t.id, teamName: t.name, ...summarizeGroup(byTeam.get(t.id) ?? []) }))
      .sort((a, b) => a.teamName.localeCompare(b.teamName)),
    bySite: sites.map((site, i) => ({ siteId: site.id, siteName: site.name, ...summarizeGroup(siteGroups[i] ?? []) })),
    siteTests: {
      personFeedback: withEpsilonSquared(
        kruskalWallis(siteGroups.map((group) => present(group.map((p) => p.personFeedback)))),
      ),
      lifeDomains: withEpsilonSquared(
        kruskalWallis(siteGroups.map((group) => present(group.map((p) => p.lifeDomainsLast)))),
      ),
    },
    correlations: {
      feedbackWithLifeDomains: pairedSpearman(withFeedback, (p) => p.lifeDomainsLast),
      feedbackWithRecovery: pairedSpearman(withFeedback, (p) => p.recovery),
    },
    reliableChange: countReliableChange(focus),
  };
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.relationship.read',
      detail: {
        teamId: figures.team?.id ?? null,
        siteId: figures.site?.id ?? null,
        from: window.from,
        to: window.to,
        people: focus.length,
      },
    }),
  );
  return figures;
}

const present = (values: readonly (number | null)[]): number[] => values.filter((v): v is number => v !== null);

/** A distribution, or null when too few people have a value to show it without identifying them. */
function shown(values: readonly (number | null)[]): DistributionSummary | null {
  const known = present(values);
  return known.length < MINIMUM_GROUP_SIZE ? null : summarizeDistribution(known);
}

export function summarizeGroup(people: readonly PersonRelationshipFigures[]): RelationshipGroup {
  return {
    people: people.length,
    personFeedback: shown(people.map((p) => p.personFeedback)),
    workerFeedback: shown(people.map((p) => p.workerFeedback)),
    lifeDomains: shown(people.map((p) => p.lifeDomainsLast)),
  };
}

/** Spearman's rho between the person's feedback and another score, over the people who have both. */
function pairedSpearman(
  people: readonly PersonRelationshipFigures[],
  other: (p: PersonRelationshipFigures) => number | null,
): SpearmanResult {
  const pairs = people.flatMap((p) => {
    const y = other(p);
    return p.personFeedback !== null && y !== null ? [[p.personFeedback, y] as const] : [];
  });
  if (pairs.length < MINIMUM_GROUP_SIZE)
    return { n: pairs.length, rho: null, s: null, t: null, df: Math.max(pairs.length - 2, 0), p: null, method: null };
  return spearmanCorrelation(
    pairs.map(([x]) => x),
    pairs.map(([, y]) => y),
  );
}

/**
 * Each person with two or more rated meetings: their first and last quality of life score,
 * classified with the Jacobson–Truax index, using the standard deviation of the first scores of
 * these people (the sample's baseline) and LIFE_DOMAINS_RELIABILITY. Higher is better.
 */
export function countReliableChange(people: readonly PersonRelationshipFigures[]): ReliableChangeCounts | null {
  const repeated = people.filter(
    (p) => p.lifeDomainsCount >= 2 && p.lifeDomainsFirst !== null && p.lifeDomainsLast !== null,
  );
  if (repeated.length < MINIMUM_GROUP_SIZE) return null;
  const firsts = repeated.map((p) => p.lifeDomainsFirst as number);
  const mean = firsts.reduce((sum, v) => sum + v, 0) / firsts.length;
  const baselineSd = Math.sqrt(firsts.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (firsts.length - 1));
  if (!(baselineSd > 0)) return null;
  const counts = {
    people: repeated.length,
    improved: 0,
    unchanged: 0,
    deteriorated: 0,
    baselineSd,
    reliability: LIFE_DOMAINS_RELIABILITY,
  };
  for (const p of repeated) {
    const { classification } = reliableChange({
      before: p.lifeDomainsFirst as number,
      after: p.lifeDomainsLast as number,
      sd: baselineSd,
      reliability: LIFE_DOMAINS_RELIABILITY,
      better: 'higher',
    });
    if (classification === 'reliable_improvement') counts.improved += 1;
    else if (classification === 'reliable_deterioration') counts.deteriorated += 1;
    else counts.unchanged += 1;
  }
  return counts;
}
