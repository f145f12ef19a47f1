import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePersonHandovers } from '../api/use-handovers';
import { HandoverCard } from './handover-card';
import { PlanHandoverForm } from './plan-handover-form';

/** A person's planned and past changes of care coordinator: the person's view, or the care team's. */
export function HandoversSection({ personId, isSelf }: { personId: string; isSelf: boolean }) {
  const handovers = usePersonHandovers(personId);
  const data = handovers.data;
  const planned = data?.handovers.filter((h) => h.status === 'planned') ?? [];
  const past = data?.handovers.filter((h) => h.status !== 'planned') ?? [];
  return (
    <section aria-labelledby="handovers-heading" className="section">
      <h2 id="handovers-heading">{isSelf ? 'Changes to your care coordinator' : 'Planned handovers'}</h2>
      {handovers.isPending && <LoadingMessage what="handovers" />}
      {handovers.isError && <ErrorMessage error={handovers.error} />}
      {data && planned.length === 0 && (
        <p className="muted">
          {isSelf ? 'No change of care coordinator is planned.' : 'No change of care coordinator is planned.'}
        </p>
      )}
      {planned.length > 0 && (
        <ul className="card-list">
          {planned.map((handover) => (
            <HandoverCard
              key={handover.id}
              handover={handover}
              isSelf={isSelf}
              canPlan={data?.canPlan ?? false}
              canAddNote={data?.canAddNote ?? false}
            />
          ))}
        </ul>
      )}
      {data?.canPlan && planned.length === 0 && <PlanHandoverForm personId={personId} candidates={data.candidates} />}
      {past.length > 0 && (
        <details className="details">
          <summary>{isSelf ? 'Earlier changes' : 'Earlier handovers'}</summary>
          <ul className="card-list">
            {past.map((handover) => (
              <HandoverCard
                key={handover.id}
                handover={handover}
                isSelf={isSelf}
                canPlan={data?.canPlan ?? false}
                canAddNote={false}
              />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
