import type { Actor } from '../../domain/accounts/actor';
import { carerViewSight, CARER_VIEW_LIMITS, type CarerViewReader } from '../../domain/feedback/carer-view-visibility';
import type { ItemAnswer } from '../../domain/instruments';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import type { ServiceDeps } from '../ports';

/** One carer's view as the reader may see it: `answers`, `score` and `comment` only with the content. */
export interface CarerViewLine {
  id: string;
  reviewId: string;
  reviewHeldOn: string | null;
  carerId: string;
  carerName: string;
  givenAt: Date;
  sharedWithPerson: boolean;
  content: { answers: ItemAnswer[]; score: number | null; comment: string | null } | null;
}

/** A review a carer was at and has not yet given their view of. */
export interface CarerViewInvitation {
  reviewId: string;
  heldOn: string;
}

export interface CarerViewsPage {
  reader: CarerViewReader['kind'];
  views: CarerViewLine[];
  /** For a carer: the recent reviews they were at and can still give a view of. */
  invitations: CarerViewInvitation[];
}

/**
 * Carers' views of meetings, as the reader may see them (ADR 0036): the care team everything, the
 * person that each was given (and its content when the carer let them), a carer their own views
 * and the reviews they can still give one on.
 */
export async function getCarerViews(
  deps: ServiceDeps,
  input: { personId: string },
  actor: Actor,
): Promise<CarerViewsPage> {
  return deps.uow.read(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'read_carer_views', now);
    const reader: CarerViewReader =
      basis === 'self'
        ? { kind: 'person' }
        : basis === 'carer_consent'
          ? { kind: 'carer', carerId: actor.carerId ?? '' }
          : { kind: 'care_team' };
    const [stored, outcomes, reviews, links] = await Promise.all([
      repositories.carerViews.listForPerson(person.id),
      repositories.reviewOutcomes.listForPerson(person.id),
      repositories.reviews.listForPerson(person.id),
      repositories.organisation.listCarerLinksForPerson(person.id),
    ]);
    const heldOn = new Map(reviews.map((review) => [review.id, review.heldOn]));
    const carerNames = new Map<string, string>();
    for (const link of links) {
      const carer = await repositories.organisation.findCarer(link.carerId);
      if (carer) carerNames.set(carer.id, carer.name);
    }
    const views: CarerViewLine[] = [];
    for (const view of stored) {
      const sight = carerViewSight(reader, view);
      if (sight === 'nothing') continue;
      views.push({
        id: view.id,
        reviewId: view.reviewId,
        reviewHeldOn: heldOn.get(view.reviewId) ?? null,
        carerId: view.carerId,
        carerName: carerNames.get(view.carerId) ?? 'A carer who is no longer linked',
        givenAt: view.givenAt,
        sharedWithPerson: view.sharedWithPerson,
        content: sight === 'content' ? { answers: view.answers, score: view.score, comment: view.comment } : null,
      });
    }
    const invitations: CarerViewInvitation[] = [];
    if (reader.kind === 'carer') {
      const since = new Date(now.getTime() - CARER_VIEW_LIMITS.invitationDays * 86_400_000).toISOString().slice(0, 10);
      const given = new Set(views.map((view) => view.reviewId));
      for (const outcome of outcomes) {
        const day = heldOn.get(outcome.reviewId);
        if (!day || day < since || given.has(outcome.reviewId)) continue;
        if (outcome.attendees.some((attendee) => attendee.carerId === reader.carerId))
          invitations.push({ reviewId: outcome.reviewId, heldOn: day });
      }
      invitations.sort((a, b) => b.heldOn.localeCompare(a.heldOn));
    }
    await recordAudit(repositories, actor, now, {
      action: 'carer_views.read',
      personId: person.id,
      basis,
      detail: { views: views.length },
    });
    return { reader: reader.kind, views, invitations };
  });
}
