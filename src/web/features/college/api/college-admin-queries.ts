import { useQuery } from '@tanstack/react-query';
import type {
  CollegeFiguresResponse,
  DesignNotesResponse,
  FidelityAssessmentsResponse,
  RoomsResponse,
  SessionDeliveryResponse,
} from '../../../../shared/api/college-admin.responses';
import type { CollegeSetupResponse } from '../../../../shared/api/college.responses';
import { apiRequest } from '../../../api-client/api-request';
import { collegeKeys } from '../keys';

/** Terms, trainers and every course, drafts included, for the people who run the college. */
export function useCollegeSetup() {
  return useQuery({
    queryKey: collegeKeys.setup,
    queryFn: () => apiRequest<CollegeSetupResponse>('GET', '/college/setup'),
  });
}

export function useCollegeRooms() {
  return useQuery({ queryKey: collegeKeys.rooms, queryFn: () => apiRequest<RoomsResponse>('GET', '/college/rooms') });
}

export function useDesignNotes(courseId: string) {
  return useQuery({
    queryKey: collegeKeys.designNotes(courseId),
    queryFn: () => apiRequest<DesignNotesResponse>('GET', `/college/courses/${courseId}/design-notes`),
  });
}

/** The college's figures for one term, or all terms when `termId` is empty. */
export function useCollegeFigures(termId: string) {
  return useQuery({
    queryKey: collegeKeys.figures(termId),
    queryFn: () =>
      apiRequest<CollegeFiguresResponse>(
        'GET',
        `/college/figures${termId ? `?termId=${encodeURIComponent(termId)}` : ''}`,
      ),
  });
}

export function useSessionDelivery(sessionId: string) {
  return useQuery({
    queryKey: collegeKeys.delivery(sessionId),
    queryFn: () => apiRequest<SessionDeliveryResponse>('GET', `/college/sessions/${sessionId}/delivery`),
  });
}

/** The college's fidelity self-assessments, the latest first, with the components' labels. */
export function useFidelityAssessments() {
  return useQuery({
    queryKey: collegeKeys.fidelity,
    queryFn: () => apiRequest<FidelityAssessmentsResponse>('GET', '/college/fidelity'),
  });
}
