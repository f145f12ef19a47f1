export type { CaseloadResponse, OrganisationResponse, SessionResponse } from '../../../src/shared/api/responses';
import type { SessionResponse } from '../../../src/shared/api/responses';

export type MeResponseShape = SessionResponse;
