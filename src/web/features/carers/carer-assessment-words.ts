import type { CarerAssessmentRequestDto } from '../../../shared/api/carer-assessments.responses';
import { formatDate } from '../../ui/format/format-date';

/** Where a request for a carer's assessment stands, in words for the carer. */
export function carerAssessmentStateWords(request: CarerAssessmentRequestDto): string {
  switch (request.status) {
    case 'requested':
      return `You asked on ${formatDate(request.requestedAt.slice(0, 10))}. The care team has not answered yet.`;
    case 'accepted':
      return `${request.answeredByName ?? 'The care team'} accepted your request and will arrange a day with you.`;
    case 'arranged':
      return `Your carer’s assessment is arranged for ${formatDate(request.arrangedOn ?? '')}.`;
    case 'declined':
      return `${request.answeredByName ?? 'The care team'} could not offer an assessment: ${request.declineReason ?? ''}`;
  }
}
