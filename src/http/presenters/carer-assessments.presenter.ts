import type { CarerAssessmentRequestView } from '../../services/carer-assessments/ports';
import type {
  CarerAssessmentRequestDto,
  CarerAssessmentRequestsResponse,
} from '../../shared/api/carer-assessments.responses';

// Requests for a carer's assessment to the JSON of shared/api/carer-assessments.responses.ts.

export const presentCarerAssessmentRequest = (r: CarerAssessmentRequestView): CarerAssessmentRequestDto => ({
  id: r.id,
  personId: r.personId,
  personName: r.personName,
  carerId: r.carerId,
  carerName: r.carerName,
  carerNote: r.carerNote,
  requestedAt: r.requestedAt.toISOString(),
  status: r.status,
  arrangedOn: r.arrangedOn,
  declineReason: r.declineReason,
  answeredByName: r.answeredByName,
  answeredAt: r.answeredAt?.toISOString() ?? null,
  version: r.version,
});

export const presentCarerAssessmentRequests = (
  requests: readonly CarerAssessmentRequestView[],
): CarerAssessmentRequestsResponse => ({ requests: requests.map(presentCarerAssessmentRequest) });
