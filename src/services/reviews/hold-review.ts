import type { Actor } from '../../domain/accounts/actor';
import { characterCount } from '../../domain/care-plan/care-plan-sections';
import { DEFAULT_REVIEW_CADENCE_MONTHS, nextReviewDue } from '../../domain/care-plan/next-review-due';
import { beforeJoiningProblem } from '../../domain/people/plausible-dates';
import { REVIEW_LIMITS } from '../../domain/care-plan/review-attendee';
import { daysBetween, isoDate } from '../../domain/care-team/membership-period';
import { AppError } from '../../domain/errors/app-error';
import { requirePersonAccess } from '../access/require-person-access';
import { recordAudit } from '../audit/record-audit';
import { newId } from '../new-id';
import type { PersonRecord } from '../organisation/ports';
import type { ReviewRecord } from './ports';
import type { Repositories, ServiceDeps } from '../ports';
import { resolveAttendees, type ReviewAttendeeInput } from './review-attendees';
import { reviewView, type ReviewView } from './review-view';

export interface HoldReviewInput {
  personId: string;
  /** The review being held; the next one due when left out (one is made if none was scheduled). */
  reviewId?: string;
  /** Defaults to today. */
  heldOn?: string;
  attendees: ReviewAttendeeInput[];
  whatChanged: string;
  /** The plan version talked through at the review. */
  carePlanVersion?: number | null;
  /**
   * When the next review is due, as agreed at this one: after the day it was held and no later than
   * the team's cadence allows. Defaults to the team's cadence.
   */
  nextDueOn?: string | null;
}

/**
 * Records a review as held: when, who was there and what changed; then schedules the next one
 * at the team's cadence, unless one is already waiting. Written up by the person's care team.
 */
export async function holdReview(
  deps: ServiceDeps,
  input: HoldReviewInput,
  actor: Actor,
): Promise<{ review: ReviewView; nextReview: ReviewRecord }> {
  const whatChanged = checkedWhatChanged(input.whatChanged);
  return deps.uow.run(async (repositories) => {
    const now = deps.now();
    const { person, basis } = await requirePersonAccess(repositories, actor, input.personId, 'write_care_plan', now);
    if (basis !== 'care_team')
      throw new AppError('forbidden', 'A review is written up by a worker in the person’s care team.');
    const heldOn = checkedHeldOn(input.heldOn ?? isoDate(now), now);
    const beforeJoining = beforeJoiningProblem(heldOn, person, 'A review');
    if (beforeJoining) throw new AppError('bad_request', beforeJoining, { field: 'heldOn' });
    const attendees = await resolveAttendees(repositories, person, input.attendees);
    const carePlanVersion = await checkedPlanVersion(repositories, person.id, input.carePlanVersion ?? null, heldOn);
    const team = await repositories.organisation.findTeam(person.teamId);
    const nextDueOn = checkedNextDueOn(input.nextDueOn ?? null, heldOn, team?.reviewCadenceMonths);
    const review = await reviewToHold(repositories, person.id, input.reviewId, heldOn);
    if (!(await repositories.reviews.markHeld(person.id, review.id, heldOn))) {
      throw new AppError('conflict', 'This review has been recorded as held already.', { reviewId: review.id });
    }
    const outcome = {
      personId: person.id,
      reviewId: review.id,
      whatChanged,
      carePlanVersion,
      attendees,
      recordedByAccountId: actor.accountId,
      recordedByName: actor.displayName,
      recordedAt: now,
    };
    await repositories.reviewOutcomes.create(outcome);
    const nextReview = await scheduleNext(repositories, person, nextDueOn);
    await recordAudit(repositories, actor, now, {
      action: 'review.hold',
      personId: person.id,
      basis,
      detail: {
        reviewId: review.id,
        heldOn,
        attendees: attendees.length,
        nextReviewId: nextReview.id,
        nextDueOn: nextReview.dueOn,
      },
    });
    return { review: reviewView({ ...review, heldOn }, outcome, { showNotes: true }), nextReview };
  });
}

function checkedWhatChanged(raw: string): string {
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text === '')
    throw new AppError('bad_request', 'Say what changed at the review, even if it was “nothing”.', {
      field: 'whatChanged',
    });
  if (characterCount(text) > REVIEW_LIMITS.maxWhatChangedCharacters) {
    throw new AppError(
      'bad_request',
      `What changed can be at most ${REVIEW_LIMITS.maxWhatChangedCharacters.toLocaleString('en-GB')} characters.`,
      { field: 'whatChanged' },
    );
  }
  return text;
}

function checkedHeldOn(heldOn: string, now: Date): string {
  const days = daysBetween(new Date(`${heldOn}T00:00:00Z`), now);
  if (days < 0)
    throw new AppError('bad_request', 'A review cannot be recorded as held on a day still to come.', {
      field: 'heldOn',
    });
  if (days > REVIEW_LIMITS.maxDaysInPast) {
    throw new AppError(
      'bad_request',
      `A review can be recorded up to ${REVIEW_LIMITS.maxDaysInPast} days after it was held.`,
      { field: 'heldOn' },
    );
  }
  return heldOn;
}

async function checkedPlanVersion(
  repositories: Repositories,
  personId: string,
  version: number | null,
  heldOn: string,
): Promise<number | null> {
  if (version === null) return null;
  const current = (await repositories.carePlans.findPlan(personId))?.currentVersion ?? 0;
  if (version < 1 || version > current) {
    throw new AppError('bad_request', `The plan has no version ${version}; its latest is ${current}.`, {
      field: 'carePlanVersion',
    });
  }
  // A review talks through a plan that exists: it cannot be held before that version was written.
  const written = (await repositories.carePlans.listVersions(personId)).find((v) => v.version === version)?.createdAt;
  if (written && heldOn < isoDate(written)) {
    throw new AppError(
      'bad_request',
      `Version ${version} of the plan was written on ${isoDate(written)}; a review of it cannot be held before then.`,
      { field: 'heldOn' },
    );
  }
  return version;
}

/** The next review's due date: the agreed one if it is after this review and within the cadence, the cadence's otherwise. */
function checkedNextDueOn(agreed: string | null, heldOn: string, cadenceMonths: number | undefined): string {
  const latest = nextReviewDue(heldOn, cadenceMonths);
  if (agreed === null) return latest;
  if (agreed <= heldOn)
    throw new AppError('bad_request', 'The next review is due after this one.', { field: 'nextDueOn' });
  if (agreed > latest) {
    throw new AppError(
      'bad_request',
      `The team reviews plans at least every ${cadenceMonths ?? DEFAULT_REVIEW_CADENCE_MONTHS} months: choose a day on or before ${latest}.`,
      {
        field: 'nextDueOn',
      },
    );
  }
  return agreed;
}

async function reviewToHold(
  repositories: Repositories,
  personId: string,
  reviewId: string | undefined,
  heldOn: string,
): Promise<ReviewRecord> {
  if (reviewId) {
    const review = await repositories.reviews.findById(personId, reviewId);
    if (!review) throw new AppError('not_found', 'This person has no review with that id.');
    return review;
  }
  const due = await repositories.reviews.findNextDue(personId);
  if (due) return due;
  // A review held without one being scheduled (after a crisis, say) is recorded all the same.
  const unscheduled: ReviewRecord = { id: newId(), personId, dueOn: heldOn, heldOn: null };
  await repositories.reviews.create(unscheduled);
  return unscheduled;
}

async function scheduleNext(repositories: Repositories, person: PersonRecord, dueOn: string): Promise<ReviewRecord> {
  const waiting = await repositories.reviews.findNextDue(person.id);
  // A review already waiting is brought forward to the agreed day, never put back.
  if (waiting) {
    if (dueOn >= waiting.dueOn) return waiting;
    await repositories.reviews.setDueOn(person.id, waiting.id, dueOn);
    return { ...waiting, dueOn };
  }
  const next: ReviewRecord = { id: newId(), personId: person.id, dueOn, heldOn: null };
  await repositories.reviews.create(next);
  return next;
}
