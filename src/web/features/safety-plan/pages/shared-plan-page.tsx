import { useParams } from 'react-router';
import '../safety-plan.css';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { usePageTitle } from '../../../hooks/use-page-title';
import { LoadingMessage } from '../../../ui/loading-message';
import { formatDateTime } from '../../../ui/format/format-date';
import { useSharedDocument } from '../api/use-shared-document';
import { NumbersToCall } from '../components/numbers-to-call';
import { SafetyPlanSectionsView } from '../components/safety-plan-sections-view';

/**
 * What someone given a share link sees, without an account: the person's safety plan, read-only,
 * and until when the link works. A revoked or expired link says so plainly and shows nothing else.
 */
export function SharedPlanPage() {
  const { token = '' } = useParams();
  const shared = useSharedDocument(token);
  usePageTitle(shared.data ? `${shared.data.personName}’s safety plan` : 'A shared safety plan');
  if (shared.isPending) return <LoadingMessage what="the shared safety plan" />;
  if (shared.isError) {
    const title = hasStatus(shared.error, 410) ? 'This link no longer works' : 'This safety plan cannot be shown';
    return (
      <div className="narrow">
        <h1>{title}</h1>
        <p className="notice notice--error" role="alert">
          {isApiRequestError(shared.error) ? shared.error.message : 'Something went wrong. Please try again.'}
        </p>
      </div>
    );
  }
  const plan = shared.data;
  return (
    <div className="narrow">
      <h1>{plan.personName}’s safety plan</h1>
      <p className="lead">
        {plan.personName} shared their safety plan with you through Tandem. It is in their own words. Please read it and
        do what it asks.
      </p>
      <p className="muted">
        {plan.updatedAt ? `Last changed ${formatDateTime(plan.updatedAt)}. ` : ''}This link works until{' '}
        {formatDateTime(plan.expiresAt)}. Each time it is opened, {plan.personName} can see that it was.
      </p>
      <NumbersToCall sections={plan.sections} />
      <SafetyPlanSectionsView sections={plan.sections} emptyText="Nothing written here yet." />
    </div>
  );
}
