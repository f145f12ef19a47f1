import { Link } from 'react-router';
import '../safety-plan.css';
import { hasStatus } from '../../../api-client/api-request-error';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useSafetyPlan } from '../api/use-safety-plan';
import { inCrisisOrder } from '../crisis-first';
import { SafetyPlanSectionsView } from './safety-plan-sections-view';

/**
 * The person's safety plan at the top of their record, crisis preferences and who to call first:
 * shown to a worker who broke glass, or after a crisis contact, before anything else.
 */
export function SafetyPlanFirst({ personId, personName, why }: { personId: string; personName: string; why: string }) {
  const plan = useSafetyPlan(personId);
  return (
    <section className="section card safety-plan-first" aria-labelledby="safety-plan-first-heading">
      <h2 id="safety-plan-first-heading">{personName}’s safety plan</h2>
      <p className="muted">
        {why} This is {personName}’s own plan, in their words: follow what it asks.
      </p>
      {plan.isPending && <LoadingMessage what="the safety plan" />}
      {plan.isError &&
        (hasStatus(plan.error, 403) ? <p>You cannot read this safety plan.</p> : <ErrorMessage error={plan.error} />)}
      {plan.data &&
        (plan.data.currentVersion === 0 ? (
          <p>{personName} has no safety plan yet.</p>
        ) : (
          <SafetyPlanSectionsView
            sections={inCrisisOrder(plan.data.sections).map((s) => ({ key: s.key, heading: s.title, text: s.text }))}
            emptyText="Nothing written here."
          />
        ))}
      <p>
        <Link to={`/people/${encodeURIComponent(personId)}/safety-plan`}>Open the whole safety plan</Link>
      </p>
    </section>
  );
}
