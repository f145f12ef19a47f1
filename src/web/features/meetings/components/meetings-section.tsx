import '../meetings.css';
import { AppLink } from '../../navigation/components/app-link';
import { useRelationshipFeedback } from '../../feedback/api/use-relationship-feedback';
import { FeedbackAlertList } from '../../feedback/components/feedback-alert-list';
import { FeedbackTrend } from '../../feedback/components/feedback-trend';
import { RatingsAtAGlance } from './ratings-at-a-glance';
import { WorkerFeedbackInvitations } from '../../feedback/components/worker-feedback-invitations';

interface MeetingsSectionProps {
  personId: string;
  personName: string;
  canStart: boolean;
}

/** Shared meetings on the record: start one, how ratings have moved, and what relationship feedback says. */
export function MeetingsSection({ personId, personName, canStart }: MeetingsSectionProps) {
  const feedback = useRelationshipFeedback(personId);
  const alerts = feedback.data?.viewer === 'worker' ? feedback.data.alerts : [];
  return (
    <section aria-labelledby="meetings-heading" className="section">
      <h2 id="meetings-heading">Meetings</h2>
      {canStart && (
        <p>
          <AppLink className="button" to={`/people/${personId}/meetings/new`}>
            Start a meeting with {personName}
          </AppLink>
        </p>
      )}
      <h3>How things are, compared with earlier meetings</h3>
      <RatingsAtAGlance personId={personId} />
      {feedback.data?.viewer === 'worker' && (
        <>
          <h3>Relationship feedback</h3>
          <FeedbackAlertList personId={personId} alerts={alerts} />
          <h4>How meetings went, from both sides</h4>
          {feedback.data.relationships.length === 0 ? (
            <p className="empty-state">No feedback on your meetings with {personName} yet.</p>
          ) : (
            feedback.data.relationships.map((relationship) => (
              <FeedbackTrend key={relationship.workerId} relationship={relationship} personName={personName} />
            ))
          )}
          <WorkerFeedbackInvitations personId={personId} personName={personName} feedback={feedback.data} />
        </>
      )}
    </section>
  );
}
