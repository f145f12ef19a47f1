import { useParams } from 'react-router';
import { AppLink } from '../../navigation/components/app-link';
import '../reviews.css';
import { hasStatus } from '../../../api-client/api-request-error';
import { usePerson } from '../../person/api/use-person';
import { useReviewChoices, useReviews } from '../api/use-reviews';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { ReviewForm } from '../components/review-form';
import { ReviewList } from '../components/review-list';
import { usePageTitle } from '../../../hooks/use-page-title';
import { NotFoundPage } from '../../navigation/pages/not-found-page';

/** A person's care plan reviews: the next one due, the ones held, and for their care team a form to record one. */
export function ReviewPage() {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  const reviews = useReviews(personId);
  const isCareTeam = person.data?.access.basis === 'care_team';
  const choices = useReviewChoices(personId, isCareTeam);
  const name = person.data ? (person.data.person.preferredName ?? person.data.person.name) : null;
  const isSelf = person.data?.access.basis === 'self';
  usePageTitle(isSelf ? 'Your reviews' : name ? `Reviews for ${name}` : 'Reviews');

  if (person.isPending || reviews.isPending) return <LoadingMessage what="the reviews" />;
  const failed = person.error ?? reviews.error;
  if (failed) {
    if (hasStatus(failed, 404)) return <NotFoundPage what="person" />;
    if (hasStatus(failed, 403)) return <ForbiddenNotice />;
    return (
      <>
        <h1>The reviews could not be opened</h1>
        <ErrorMessage error={failed} />
      </>
    );
  }
  const base = `/people/${encodeURIComponent(personId)}`;
  const personName = name ?? 'this person';
  return (
    <div className="narrow">
      <h1>{isSelf ? 'Your reviews' : `Reviews for ${personName}`}</h1>
      <p className="lead">
        {isSelf
          ? 'At a review, you and the people who support you look at your care plan together and agree what changes.'
          : `At a review, ${personName} and the people who support them look at the care plan together and agree what changes.`}
      </p>
      <div className="button-row">
        {person.data?.access.canReadCarePlan && (
          <AppLink to={`${base}/care-plan`} access={person.data?.access}>
            {isSelf ? 'Your care plan' : `${personName}’s care plan`}
          </AppLink>
        )}
        <AppLink to={isSelf ? '/my-page' : base}>{isSelf ? 'Your page' : `${personName}’s record`}</AppLink>
      </div>
      <ReviewList reviews={reviews.data?.reviews ?? []} personName={isSelf ? 'you' : personName} />
      {isCareTeam && (
        <section className="section" aria-labelledby="record-review-heading">
          <h2 id="record-review-heading">Record a review</h2>
          {choices.isPending && <LoadingMessage what="who can be at the review" />}
          {choices.isError && <ErrorMessage error={choices.error} />}
          {choices.data && <ReviewForm personId={personId} personName={personName} choices={choices.data} />}
        </section>
      )}
    </div>
  );
}
