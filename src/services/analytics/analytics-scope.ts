import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import type { SiteRecord, TeamRecord } from '../organisation/ports';
import type { Repositories } from '../ports';
import type { AnalyticsScope } from './ports';

/** What a dashboard request is about, once checked against who is asking. */
export interface ResolvedScope {
  /** The people the figures are about. */
  focus: AnalyticsScope;
  team: TeamRecord | null;
  site: SiteRecord | null;
  /** The teams the focus is compared with: those of its site, or every team for the whole organisation. */
  comparison: AnalyticsScope;
}

export interface ScopeFilters {
  teamId?: string;
  siteId?: string;
}

/**
 * Checks a dashboard filter against the actor. Team managers see their own team, compared with
 * the other teams of its site; asking for another team or site is refused. Administrators may
 * choose any team or site, or neither for the whole organisation. Everyone else is refused.
 */
export async function resolveAnalyticsScope(
  r: Repositories,
  actor: Actor,
  filters: ScopeFilters,
): Promise<ResolvedScope> {
  if (actor.role === 'team_manager') return managerScope(r, actor, filters);
  if (actor.role !== 'admin')
    throw new AppError('forbidden', 'Service figures are for team managers and administrators.');
  if (filters.teamId) {
    const team = await r.organisation.findTeam(filters.teamId);
    if (!team) throw new AppError('not_found', 'There is no team with that id.');
    if (filters.siteId && filters.siteId !== team.siteId)
      throw new AppError('bad_request', 'That team is not at that site.', { field: 'siteId' });
    return teamScope(r, team);
  }
  if (filters.siteId) {
    const site = await r.organisation.findSite(filters.siteId);
    if (!site) throw new AppError('not_found', 'There is no site with that id.');
    return { focus: { siteId: site.id }, team: null, site, comparison: { siteId: site.id } };
  }
  return { focus: {}, team: null, site: null, comparison: {} };
}

async function managerScope(r: Repositories, actor: Actor, filters: ScopeFilters): Promise<ResolvedScope> {
  const manager = actor.workerId ? await r.organisation.findWorker(actor.workerId) : null;
  const team = manager ? await r.organisation.findTeam(manager.teamId) : null;
  if (!team) throw new AppError('forbidden', 'This manager account is not linked to a team.');
  if ((filters.teamId && filters.teamId !== team.id) || (filters.siteId && filters.siteId !== team.siteId)) {
    throw new AppError(
      'forbidden',
      'You can see the figures of your own team, compared with the other teams of its site.',
    );
  }
  return teamScope(r, team);
}

async function teamScope(r: Repositories, team: TeamRecord): Promise<ResolvedScope> {
  const site = await r.organisation.findSite(team.siteId);
  return { focus: { teamIds: [team.id] }, team, site, comparison: { siteId: team.siteId } };
}
