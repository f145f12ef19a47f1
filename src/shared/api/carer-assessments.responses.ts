import type { CarerAssessmentStatus } from './carer-assessments.schema';

// Requests for a carer's assessment. Calendar dates are YYYY-MM-DD; instants are ISO strings.

export interface CarerAssessmentRequestDto {
  id: string;
  personId: string;
  personName: string;
  carerId: string;
  carerName: string;
  carerNote: string | null;
  requestedAt: string;
  status: CarerAssessmentStatus;
  arrangedOn: string | null;
  declineReason: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  /** Sent back with an answer, so an answer given meanwhile is a 409, not overwritten. */
  version: number;
}

export interface CarerAssessmentRequestsResponse {
  requests: CarerAssessmentRequestDto[];
}
