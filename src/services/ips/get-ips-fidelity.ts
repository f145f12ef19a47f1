import { mapInTurn } from '../in-turn';
import type { Actor } from '../../domain/accounts/actor';
import { isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { fidelityIndicators, type FidelityIndicator } from '../../domain/ips/fidelity-indicators';
import { FIDELITY_ITEMS, scoreFidelity, type FidelityItem, type FidelityScore } from '../../domain/ips/fidelity-scale';
import { ips25 } from '../../domain/instruments/catalogue/ips-25';
import { itemId } from '../../domain/instruments/catalogue/numbered-items';
import { requireRole } from '../access/require-role';
import { resolveAnalyticsScope } from '../analytics/analytics-scope';
import { recordAudit } from '../audit/record-audit';
import type { Repositories, ServiceDeps } from '../ports';
import type { FidelityReviewRecord } from './ports';
import { ipsReach } from './served-teams';

/** An item with the scale's wording when the service has loaded it (ADR 0027), else only Tandem's short label. */
export interface FidelityItemView extends FidelityItem {
  text: string | null;
}

export interface IpsFidelityView {
  team: { id: string; name: string };
  items: FidelityItemView[];
  /** Whether the service has loaded the scale's wording. */
  hasWording: boolean;
  reviews: (FidelityReviewRecord & { score: FidelityScore })[];
  indicators: FidelityIndicator[];
  asOf: string;
}

const CONTACT_WEEKS = 13;
const dayBefore = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** The team a fidelity request is about: a manager's own team; an administrator must name one. */
export async function fidelityTeam(r: Repositories, actor: Actor, teamId: string | undefined) {
  requireRole(actor, ['team_manager', 'admin'], 'Fidelity reviews are for team managers and administrators.');
  if (actor.role === 'admin' && !teamId)
    throw new AppError('bad_request', 'Choose the team the review is about.', { field: 'teamId' });
  const scope = await resolveAnalyticsScope(r, actor, { teamId });
  if (!scope.team) throw new AppError('bad_request', 'Choose the team the review is about.', { field: 'teamId' });
  return scope.team;
}

/**
 * A team's IPS-25 fidelity reviews, with the figures Tandem can count from its records shown
 * beside the matching items (ADR 0032). Figures only: no one's name.
 */
export async function getIpsFidelity(
  deps: ServiceDeps,
  input: { teamId?: string },
  actor: Actor,
): Promise<IpsFidelityView> {
  const now = deps.now();
  const asOf = isoDate(now);
  return deps.uow.run(async (r) => {
    const team = await fidelityTeam(r, actor, input.teamId);
    const { teamIds, isOurs, isIpsTeam } = await ipsReach(r, team.id);
    const referrals = (await r.ips.listOutcomeReferrals({ teamIds })).filter(isOurs);
    const specialists = [
      ...new Set(referrals.filter((x) => x.endedOn === null).flatMap((x) => x.specialistWorkerId ?? [])),
    ];
    const caseloads = await mapInTurn(specialists, (id) => r.ips.listSpecialistCaseload(id));
    const yearAgo = dayBefore(asOf, 365);
    const contacts = await r.ips.listEmployerContactsBetween(specialists, dayBefore(asOf, CONTACT_WEEKS * 7 - 1), asOf);
    const supported = new Set(referrals.map((x) => x.personId));
    const jobs = (await r.ips.listOutcomeJobs({ teamIds })).filter(
      (j) => (!isIpsTeam || supported.has(j.personId)) && j.startsOn >= yearAgo && j.startsOn <= asOf,
    );
    const started = [...new Map(jobs.map((j) => [j.personId, j.startsOn])).entries()];
    let supportedAfterStart = 0;
    for (const [personId, startsOn] of started) {
      const seen = await r.contacts.listForPerson(personId, { limit: 50 });
      const supported = seen.some(
        (c) => isoDate(c.occurredAt) > startsOn && c.workers.some((w) => specialists.includes(w.id)),
      );
      if (supported) supportedAfterStart += 1;
    }
    const contactFrom = dayBefore(asOf, CONTACT_WEEKS * 7 - 1);
    const minutes = await r.ips.listSpecialistContactMinutes(specialists, contactFrom, asOf);
    const indicators = fidelityIndicators({
      caseloads: caseloads.map((c) => c.length),
      referrals: caseloads
        .flat()
        .filter((c) => c.referredOn >= yearAgo)
        .map((c) => ({ referredOn: c.referredOn, firstFaceToFaceContactOn: c.firstFaceToFaceEmployerContactOn })),
      faceToFaceContacts: specialists.map((id) => contacts.filter((c) => c.workerId === id && c.isFaceToFace).length),
      contactWeeks: CONTACT_WEEKS,
      jobs,
      startedWork: started.length,
      supportedAfterStart,
      contactMinutes: minutes.map(({ employment, total }) => ({ employment, total })),
    });
    const reviews = (await r.ips.listFidelityReviews(team.id)).map((review) => ({
      ...review,
      score: scoreFidelity(review.scores),
    }));
    const wording = await r.instruments.findWording(ips25.id, ips25.version);
    const texts = new Map(wording?.items.map((item) => [item.id, item.text]) ?? []);
    const items = FIDELITY_ITEMS.map((item) => ({ ...item, text: texts.get(itemId(item.number)) ?? null }));
    await recordAudit(r, actor, now, { action: 'ips.fidelity.read', detail: { teamId: team.id } });
    return { team: { id: team.id, name: team.name }, items, hasWording: wording !== null, reviews, indicators, asOf };
  });
}
