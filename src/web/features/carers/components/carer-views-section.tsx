import type { CarerViewsResponse } from '../../../../shared/api/carer-views.responses';
import { ErrorMessage } from '../../../ui/error-message';
import { formatDate } from '../../../ui/format/format-date';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCarerViews } from '../api/use-carer-views';
import { CarerViewForm } from './carer-view-form';

/**
 * Carers' views of meetings, for whoever reads: a carer gives theirs on reviews they were at; the
 * care team reads them; the person ("Your carers' views") sees that one was given, and what was
 * said when the carer let them (ADR 0036).
 */
export function CarerViewsSection({ personId, personName }: { personId: string; personName: string }) {
  const views = useCarerViews(personId);
  const isPerson = views.data?.reader === 'person';
  const heading =
    views.data?.reader === 'carer'
      ? 'Your view of meetings you were at'
      : isPerson
        ? 'Your carers’ views of meetings'
        : 'Carers’ views of meetings';
  return (
    <section aria-labelledby="carer-views-heading" className="section">
      <h2 id="carer-views-heading">{heading}</h2>
      {views.isPending && <LoadingMessage what="carers’ views" />}
      {views.isError && <ErrorMessage error={views.error} />}
      {views.data && <CarerViewsBody data={views.data} personId={personId} personName={personName} />}
    </section>
  );
}

function CarerViewsBody({
  data,
  personId,
  personName,
}: {
  data: CarerViewsResponse;
  personId: string;
  personName: string;
}) {
  const label = (itemId: string) => data.instrument.items.find((item) => item.id === itemId)?.label ?? itemId;
  return (
    <>
      {data.invitations.map((invitation) => (
        <CarerViewForm
          key={invitation.reviewId}
          personId={personId}
          personName={personName}
          reviewId={invitation.reviewId}
          heldOn={invitation.heldOn}
          instrument={data.instrument}
        />
      ))}
      {data.views.length === 0 && data.invitations.length === 0 && (
        <p className="muted">
          {data.reader === 'carer'
            ? 'When you are at a review with the care team, you can say here how it went for you.'
            : 'No carer has given a view of a meeting yet.'}
        </p>
      )}
      {data.views.length > 0 && (
        <ul className="card-list">
          {data.views.map((view) => (
            <li key={view.id} className="card">
              <p>
                <strong>{data.reader === 'carer' ? 'You' : view.carerName}</strong> gave a view of the review
                {view.reviewHeldOn ? ` on ${formatDate(view.reviewHeldOn)}` : ''}.
              </p>
              {view.content === null && (
                <p className="muted">{view.carerName} chose to tell the care team only. You can ask them about it.</p>
              )}
              {view.content && (
                <>
                  <dl className="summary-list">
                    {view.content.answers.map((answer) => (
                      <div key={answer.itemId}>
                        <dt>{label(answer.itemId)}</dt>
                        <dd>{String(answer.value)} of 5</dd>
                      </div>
                    ))}
                  </dl>
                  {view.content.comment && <p>“{view.content.comment}”</p>}
                  {data.reader === 'care_team' && (
                    <p className="small muted">
                      {view.sharedWithPerson ? `${personName} can read this.` : `Only the care team reads this.`}
                    </p>
                  )}
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
