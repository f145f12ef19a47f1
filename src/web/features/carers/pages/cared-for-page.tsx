import { AppLink } from '../../navigation/components/app-link';
import { useUnreadMessages } from '../../messages/api/use-messages';
import { useCaredFor } from '../api/use-cared-for';
import { ErrorMessage } from '../../../ui/error-message';
import { LoadingMessage } from '../../../ui/loading-message';
import { usePageTitle } from '../../../hooks/use-page-title';
import { CARER_SHARE_SCOPES } from '../../../../shared/api/labels';
import { carerShareScopeLabel, joinWithAnd } from '../carer-share-scope-label';

/** A carer's home: the people they support, and what each has chosen to share with them. */
export function CaredForPage() {
  usePageTitle('People I care for');
  const caredFor = useCaredFor();
  return (
    <>
      <h1>People I care for</h1>
      <p className="lead">Each person chooses what you can see, and can change it at any time.</p>
      {caredFor.isPending && <LoadingMessage what="the people you care for" />}
      {caredFor.isError && <ErrorMessage error={caredFor.error} />}
      {caredFor.data && caredFor.data.people.length === 0 && (
        <p className="empty-state">Nobody has linked you as their carer yet. Their care team can help with this.</p>
      )}
      {caredFor.data && caredFor.data.people.length > 0 && (
        <ul className="card-list">
          {caredFor.data.people.map((person) => (
            <li key={person.personId} className="card">
              <h2 className="card__title">{person.name}</h2>
              <p>You are their {person.relationship.toLowerCase()}.</p>
              <p>
                {person.sharedScopes.length === 0
                  ? `${person.name} shares their team and how to reach it, but nothing more.`
                  : `${person.name} shares ${joinWithAnd(person.sharedScopes.map(carerShareScopeLabel))}.`}
              </p>
              {person.sharedScopes.length < CARER_SHARE_SCOPES.length && (
                <p className="muted">
                  Not shared with you:{' '}
                  {joinWithAnd(
                    CARER_SHARE_SCOPES.filter((scope) => !person.sharedScopes.includes(scope)).map(
                      carerShareScopeLabel,
                    ),
                  )}
                  .
                </p>
              )}
              {person.sharedScopes.includes('messages') && (
                <MessagesLink personId={person.personId} name={person.name} />
              )}
              <p>
                <AppLink to={`/people/${person.personId}`}>
                  See what {person.name} shares<span className="visually-hidden"> with you</span>
                </AppLink>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The way into the person's conversation with their care team, with what the carer has not read. */
function MessagesLink({ personId, name }: { personId: string; name: string }) {
  const unread = useUnreadMessages(personId).data?.unread ?? 0;
  return (
    <p>
      <AppLink to={`/people/${encodeURIComponent(personId)}/messages`}>
        Messages with {name}’s care team
        {unread > 0 ? ` (${unread} unread)` : ''}
      </AppLink>
    </p>
  );
}
