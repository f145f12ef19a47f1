import type { CarePlanResponse } from '../../../../shared/api/care-plan.responses';
import { ProposalCard } from './proposal-card';

/** Changes the care team proposed to the person's own words, waiting for the person: every document kind draws them alike. */
export function PendingProposals({
  personId,
  plan,
  isSelf,
}: {
  personId: string;
  plan: CarePlanResponse;
  isSelf: boolean;
}) {
  const pending = plan.pendingProposals ?? [];
  if (pending.length === 0) return null;
  return (
    <section className="section" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">{isSelf ? 'Changes waiting for you' : `Changes waiting for ${plan.personName}`}</h2>
      {isSelf && <p>Your care team suggested these changes to your words. Nothing changes unless you accept.</p>}
      {pending.map((proposal) => (
        <ProposalCard
          key={proposal.id}
          personId={personId}
          proposal={proposal}
          canDecide={plan.access.canDecideProposals}
        />
      ))}
    </section>
  );
}
