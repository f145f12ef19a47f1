import type { Actor } from '../../domain/accounts/actor';
import { kruskalWallis, withEpsilonSquared, type KruskalWallisWithEffectSize } from '../../domain/statistics';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';
import { resolveWindow } from './analytics-window';
import type { AnalyticsWindow } from './ports';
import {
  CONTINUITY_MEASURES,
  groupBy,
  summarizeContinuity,
  valuesOf,
  type ContinuityGroupSummary,
  type ContinuityMeasure,
} from './summarize-continuity';

export interface SiteContinuity extends ContinuityGroupSummary {
  siteId: string;
  siteName: string;
}

export interface SiteComparison {
  window: AnalyticsWindow;
  bySite: SiteContinuity[];
  /** Kruskal–Wallis test, per measure, that the sites' distributions are the same, with its effect size. */
  tests: Record<ContinuityMeasure, KruskalWallisWithEffectSize>;
}

/**
 * Continuity of care compared across every site, with a rank test per measure: therapeutic
 * relationship scores differed significantly between six sites in England and Wales (Simpson et
 * al., Recovery-focused care planning and coordination, BMC Psychiatry 2016), so a service needs to
 * see whether its own sites differ. Only groups are shown, so team managers see it as well as
 * administrators.
 */
export async function compareSites(
  deps: ServiceDeps,
  input: { from?: string; to?: string },
  actor: Actor,
): Promise<SiteComparison> {
  const comparison = await buildSiteComparison(deps, input, actor);
  const people = comparison.bySite.reduce((sum, site) => sum + site.people, 0);
  await deps.uow.run((r) =>
    recordAudit(r, actor, deps.now(), {
      action: 'analytics.sites.read',
      detail: { from: comparison.window.from, to: comparison.window.to, people },
    }),
  );
  return comparison;
}

/** The comparison after the access check; not audited (callers audit what they hand out). */
export async function buildSiteComparison(
  deps: ServiceDeps,
  input: { from?: string; to?: string },
  actor: Actor,
): Promise<SiteComparison> {
  requireRole(actor, ['team_manager', 'admin'], 'Site comparisons are for team managers and administrators.');
  const window = resolveWindow(input, deps.now());
  const reader = deps.analytics;
  return reader.reuse('site-comparison', window, async () => {
    const people = await reader.personContinuity(window, {});
    const groups = groupBy(people, (p) => p.siteId);
    const sites = await deps.uow.run((r) => r.organisation.listSites());
    const members = sites.map((site) => groups.get(site.id) ?? []);
    const tests = Object.fromEntries(
      CONTINUITY_MEASURES.map((measure) => [
        measure,
        withEpsilonSquared(kruskalWallis(members.map((group) => valuesOf(group, measure)))),
      ]),
    ) as Record<ContinuityMeasure, KruskalWallisWithEffectSize>;
    return {
      window,
      bySite: sites.map((site, i) => ({
        siteId: site.id,
        siteName: site.name,
        ...summarizeContinuity(members[i] ?? []),
      })),
      tests,
    };
  });
}
