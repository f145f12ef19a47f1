import { useParams } from 'react-router';
import type { Me } from '../../../../shared/api/sessions.responses';
import { hasStatus, isApiRequestError } from '../../../api-client/api-request-error';
import { usePerson } from '../api/use-person';
import { BreakGlassRequest } from '../components/break-glass-request';
import { CarerPersonView } from '../../carers/components/carer-person-view';
import { ErrorMessage } from '../../../ui/error-message';
import { ForbiddenNotice } from '../../../ui/forbidden-notice';
import { LoadingMessage } from '../../../ui/loading-message';
import { PersonRecordView } from '../components/person-record-view';
import { usePageTitle } from '../../../hooks/use-page-title';
import { NotFoundPage } from '../../navigation/pages/not-found-page';

/** One person's record, shaped by why the viewer may see it; a worker outside the care team may break glass. */
export function PersonPage({ me }: { me: Me }) {
  const { personId = '' } = useParams();
  const person = usePerson(personId);
  usePageTitle(person.data ? (person.data.person.preferredName ?? person.data.person.name) : 'Person');

  if (person.isPending) return <LoadingMessage what="the record" />;
  if (person.isError) {
    const error = person.error;
    if (hasStatus(error, 404)) return <NotFoundPage what="person" />;
    if (hasStatus(error, 403)) {
      const canBreakGlass = isApiRequestError(error) && error.details.canBreakGlass === true;
      return canBreakGlass ? (
        <BreakGlassRequest personId={personId} />
      ) : (
        <ForbiddenNotice message={isApiRequestError(error) ? error.message : undefined} />
      );
    }
    return (
      <>
        <h1>The record could not be opened</h1>
        <ErrorMessage error={error} />
      </>
    );
  }
  if (person.data.access.basis === 'carer_consent') return <CarerPersonView record={person.data} />;
  return <PersonRecordView record={person.data} me={me} />;
}
