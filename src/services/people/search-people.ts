import { decidePersonAccess } from '../../domain/access/person-access-policy';
import type { Actor } from '../../domain/accounts/actor';
import { AppError } from '../../domain/errors/app-error';
import { checkLocalIdentifier } from '../../domain/people/local-identifier';
import { loadFacts } from '../access/require-person-access';
import { requireRole } from '../access/require-role';
import { recordAudit } from '../audit/record-audit';
import type { PersonSearchRow } from '../organisation/ports';
import type { ServiceDeps } from '../ports';
import { identifierSchemeOf } from './people-deps';

/** At most this many people are offered; a search that finds more asks for more of the name. */
export const SEARCH_LIMIT = 20;

export interface PersonSearchResult extends PersonSearchRow {
  /** The actor may open the record now (their care team, a break-glass reason still running, their managed team). */
  canOpen: boolean;
  /** The record is closed to the actor, who may open it by giving a reason the person is told about. */
  canBreakGlass: boolean;
}

/**
 * Finds people by name (every word given, in the name or preferred name) or by their identifier,
 * so that two people with the same name are told apart. Only staff search; each result says
 * whether the actor may open the record, and outside the care team it offers break glass, never
 * the record itself. The search is audited with what was asked and who was found.
 */
export async function searchPeople(
  deps: ServiceDeps,
  input: { query: string },
  actor: Actor,
): Promise<{ results: PersonSearchResult[]; hasMore: boolean }> {
  requireRole(actor, ['worker', 'team_manager', 'admin'], 'Only staff search for people.');
  const query = input.query.trim();
  if (query.length < 2)
    throw new AppError('bad_request', 'Type at least 2 letters of a name, or a whole identifier.', { field: 'query' });
  const identifier = checkLocalIdentifier(identifierSchemeOf(deps), query);
  const looksLikeNumber = /^[\d\s-]+$/.test(query);
  const words = looksLikeNumber ? [] : query.split(/\s+/).filter(Boolean).slice(0, 5);
  return deps.uow.run(async (r) => {
    const now = deps.now();
    const rows = await r.organisation.searchPeople({
      words,
      identifier: identifier.valid ? identifier.value : null,
      limit: SEARCH_LIMIT + 1,
    });
    const results: PersonSearchResult[] = [];
    for (const row of rows.slice(0, SEARCH_LIMIT)) {
      const person = await r.organisation.findPerson(row.id);
      if (!person) continue;
      const facts = await loadFacts(r, actor, person, now);
      const canOpen = decidePersonAccess(actor, person.id, 'read_summary', facts).allowed;
      results.push({ ...row, canOpen, canBreakGlass: !canOpen && actor.role === 'worker' });
    }
    await recordAudit(r, actor, now, { action: 'person.search', detail: { query, found: results.map((p) => p.id) } });
    return { results, hasMore: rows.length > SEARCH_LIMIT };
  });
}
