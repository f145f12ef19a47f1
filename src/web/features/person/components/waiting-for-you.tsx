import { AppLink } from '../../navigation/components/app-link';
import { useCarePlan } from '../../care-plan/api/use-care-plan';

/** At the top of the person's page: changes to their plan that wait for their answer. */
export function WaitingForYou({ personId }: { personId: string }) {
  const plan = useCarePlan(personId);
  const waiting = plan.data?.pendingProposals ?? [];
  if (waiting.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading" className="notice">
      <h2 id="waiting-heading" className="notice__title">
        Waiting for you:{' '}
        {waiting.length === 1 ? 'a change to your care plan' : `${waiting.length} changes to your care plan`}
      </h2>
      <ul className="plain-list">
        {waiting.map((proposal) => (
          <li key={proposal.id}>
            {proposal.proposedBy.name} suggested a change to “{proposal.sectionTitle}”.
          </li>
        ))}
      </ul>
      <p>
        <AppLink to={`/people/${encodeURIComponent(personId)}/care-plan`}>Read and decide in your care plan</AppLink>
      </p>
    </section>
  );
}
