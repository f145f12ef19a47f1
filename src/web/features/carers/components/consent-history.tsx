import type { CarerConsentDto } from '../../../../shared/api/carer-consent.responses';
import { formatDateTime } from '../../../ui/format/format-date';
import { ownScopeLabel, carerShareScopeLabel } from '../carer-share-scope-label';

/** Every change of what a carer may see, newest first: who, what, when, and why if not the person. */
export function ConsentHistory({ history, isSelf }: { history: CarerConsentDto[]; isSelf: boolean }) {
  if (history.length === 0) return <p className="empty-state">Nothing has been shared with a carer yet.</p>;
  return (
    <ul className="plain-list consent-history">
      {history.map((record) => (
        <li key={record.id}>
          <strong>{formatDateTime(record.changedAt)}</strong>:{' '}
          {record.change === 'given' ? 'shared' : 'stopped sharing'}{' '}
          {isSelf ? ownScopeLabel(record.scope).toLowerCase() : carerShareScopeLabel(record.scope)} with{' '}
          {record.carerName}.{' '}
          {record.isByPerson ? (
            <span>{isSelf ? 'You chose this.' : 'Chosen by the person.'}</span>
          ) : (
            <span>
              Recorded by {record.byName} {isSelf ? 'for you' : 'for the person'}: “{record.onBehalfReason}”
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
