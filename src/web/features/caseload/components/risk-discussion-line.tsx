import type { CaseloadEntryDto } from '../../../../shared/api/caseload.responses';
import { personPath } from '../../../app-pages';
import { AppLink } from '../../navigation/components/app-link';
import { Badge } from '../../../ui/badge';
import { formatDate } from '../../../ui/format/format-date';

/** Under a person's name on the caseload: their risk formulation has not been talked through with them in 12 months. */
export function RiskDiscussionLine({ person }: { person: CaseloadEntryDto }) {
  const { isDue, lastDiscussedOn } = person.riskDiscussion;
  if (!isDue) return null;
  const when = lastDiscussedOn ? `last discussed ${formatDate(lastDiscussedOn)}` : 'never discussed with them';
  return (
    <span className="block small">
      <Badge tone="warning">Risk not discussed in 12 months</Badge>{' '}
      <AppLink to={personPath(person.personId, '/risk-formulation')} fallback={`Risk formulation ${when}`}>
        Risk formulation {when}
      </AppLink>
    </span>
  );
}

/** People whose risk formulation is due to be talked through with them. */
export function isRiskDiscussionDue(person: CaseloadEntryDto): boolean {
  return person.riskDiscussion.isDue;
}
