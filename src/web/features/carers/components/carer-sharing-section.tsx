import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { useCarerSharing } from '../api/use-carer-sharing';
import { carerShareScopeLabel, joinWithAnd } from '../carer-share-scope-label';
import { CarerSharingForm } from './carer-sharing-form';
import { ConsentHistory } from './consent-history';

interface CarerSharingSectionProps {
  personId: string;
  /** 'self': the person chooses; 'on_behalf': an administrator records it for them; 'read': the care team reads it. */
  mode: 'self' | 'on_behalf' | 'read';
  personName?: string;
}

/** The person's carers and what each may see, with every change kept as a consent record. */
export function CarerSharingSection({ personId, mode, personName = 'The person' }: CarerSharingSectionProps) {
  const sharing = useCarerSharing(personId);
  const isSelf = mode === 'self';
  return (
    <section aria-labelledby="carer-sharing-heading" className="section">
      <h2 id="carer-sharing-heading">{isSelf ? 'What your carers can see' : 'What carers can see'}</h2>
      <p className="muted">
        {isSelf
          ? 'You choose what each carer sees, part by part, and can change it at any time. A part you stop sharing is hidden from them straight away. Every carer can always see your team and how to reach it.'
          : `${personName} chooses what each carer sees. Every change is kept.`}
      </p>
      {sharing.isPending && <LoadingMessage what="your carers" />}
      {sharing.isError && <ErrorMessage error={sharing.error} />}
      {sharing.data && sharing.data.carers.length === 0 && (
        <p className="empty-state">
          {isSelf ? 'No carers are linked to you.' : 'No carers are linked to this person.'}
        </p>
      )}
      {sharing.data && sharing.data.carers.length > 0 && mode !== 'read' && (
        <ul className="card-list">
          {sharing.data.carers.map((carer) => (
            <CarerSharingForm key={carer.carerId} personId={personId} carer={carer} isOnBehalf={mode === 'on_behalf'} />
          ))}
        </ul>
      )}
      {sharing.data && sharing.data.carers.length > 0 && mode === 'read' && (
        <ul className="plain-list">
          {sharing.data.carers.map((carer) => (
            <li key={carer.carerId}>
              <strong>{carer.name}</strong> ({carer.relationship}):{' '}
              {carer.sharedScopes.length === 0
                ? 'nothing beyond the team and how to reach it.'
                : `${joinWithAnd(carer.sharedScopes.map(carerShareScopeLabel))}.`}
            </li>
          ))}
        </ul>
      )}
      {sharing.data && (
        <details className="details">
          <summary>
            {isSelf ? 'Every change of what your carers can see' : 'Every change of what carers can see'}
          </summary>
          <ConsentHistory history={sharing.data.history} isSelf={isSelf} />
        </details>
      )}
    </section>
  );
}
