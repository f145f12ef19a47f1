import type { FeedbackVisibility } from '../../domain/feedback/feedback-visibility';

// What the relationship feedback endpoints return. Instants are ISO 8601 strings.

export interface FeedbackReceiptDto {
  id: string;
  meetingId: string;
  workerId: string;
  respondent: 'person' | 'worker';
  visibility: FeedbackVisibility | null;
  givenAt: string;
  score: number | null;
}

export interface VisibleScoreDto {
  /** 'private': given, for the aggregate only. */
  status: 'given' | 'private' | 'not_given';
  score: number | null;
}

export interface RelationshipTrendDto {
  workerId: string;
  workerName: string;
  points: { meetingId: string; occurredAt: string; person: VisibleScoreDto; worker: VisibleScoreDto | null }[];
  personAggregate: { mean: number; count: number } | null;
}

export interface FeedbackAlertDto {
  personId: string;
  workerId: string;
  kind: 'dropped' | 'low' | 'views_differ' | 'needs_attention';
  message: string;
  meetingId: string;
  occurredAt: string;
  values: { score: number; previousScore: number | null; workerScore: number | null } | null;
}

export interface CaseloadAlertDto extends FeedbackAlertDto {
  name: string;
  preferredName: string | null;
}

export interface RelationshipFeedbackResponse {
  viewer: 'person' | 'worker';
  preference: FeedbackPreferenceResponse | null;
  relationships: RelationshipTrendDto[];
  alerts: FeedbackAlertDto[];
  invitations: { meetingId: string; occurredAt: string; workerId: string; workerName: string }[];
}

export interface FeedbackPreferenceResponse {
  visibility: FeedbackVisibility;
  isDefault: boolean;
}

export interface CaseloadAlertsResponse {
  alerts: CaseloadAlertDto[];
}
