import { AppLink } from '../../navigation/components/app-link';
import { useCarePlan } from '../../care-plan/api/use-care-plan';

/** At the top of the person's page: changes to their plan that wait for their answer, and messages from their care team. */
export function WaitingForYou({ personId }: { personId: string }) {
  const plan = useCarePlan(personId);
  const waiting = plan.data?.pendingProposals ?? [];
  const messages = (plan.data?.news ?? []).filter((item) => item.kind === 'message');
  if (waiting.length === 0 && messages.length === 0) return null;
  const title = [
    waiting.length === 1 && 'a change to your care plan',
    waiting.length > 1 && `${waiting.length} changes to your care plan`,
    messages.length > 0 && (messageCount(messages) === 1 ? 'a message' : `${messageCount(messages)} messages`),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <section aria-labelledby="waiting-heading" className="notice">
      <h2 id="waiting-heading" className="notice__title">
        Waiting for you: {title.join(' and ')}
      </h2>
      <ul className="plain-list">
        {waiting.map((proposal) => (
          <li key={proposal.id}>
            {proposal.proposedBy.name} suggested a change to “{proposal.sectionTitle}”.
          </li>
        ))}
        {messages.map((item) => (
          <li key={`message-${item.sectionKey}`}>
            {item.count === 1
              ? `${item.latestByName} wrote to you about “${item.sectionTitle}”.`
              : `${item.count} messages about “${item.sectionTitle}”, the latest from ${item.latestByName}.`}
          </li>
        ))}
      </ul>
      <p>
        <AppLink to={`/people/${encodeURIComponent(personId)}/care-plan`}>
          {waiting.length > 0 ? 'Read and decide in your care plan' : 'Read them in your care plan'}
        </AppLink>
      </p>
    </section>
  );
}

const messageCount = (items: readonly { count: number }[]): number => items.reduce((sum, item) => sum + item.count, 0);
