export type { CaseloadResponse } from '../../../src/shared/api/caseload.responses';
export type { OrganisationResponse } from '../../../src/shared/api/organisation.responses';
export type { SessionResponse } from '../../../src/shared/api/sessions.responses';
import type { SessionResponse } from '../../../src/shared/api/sessions.responses';

export type MeResponseShape = SessionResponse;
