import type { CaseloadEntryDto } from '../../../../shared/api/caseload.responses';
import { personPath } from '../../../app-pages';
import { AppLink } from '../../navigation/components/app-link';
import { Badge } from '../../../ui/badge';

/** Under a person's name on the caseload: what they did in their plan that the worker has not seen yet. */
export function CarePlanNewsLine({ person, name }: { person: CaseloadEntryDto; name: string }) {
  const news = person.carePlanNews;
  if (!news) return null;
  const parts = [
    news.declinedChanges > 0 &&
      (news.declinedChanges === 1 ? 'declined a change' : `declined ${news.declinedChanges} changes`),
    news.messagesFromPerson > 0 &&
      (news.messagesFromPerson === 1 ? 'wrote a message' : `wrote ${news.messagesFromPerson} messages`),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <span className="block small">
      <Badge tone="info">New in the plan</Badge>{' '}
      <AppLink to={personPath(person.personId, '/care-plan')} fallback={`${name} ${parts.join(' and ')}`}>
        {name} {parts.join(' and ')}
      </AppLink>
    </span>
  );
}
