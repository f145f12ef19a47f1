import { useQuery } from '@tanstack/react-query';
import type {
  CollegeMeResponse,
  MyCoursesResponse,
  ProspectusResponse,
  RegisterResponse,
  TrainerSessionDto,
} from '../../../../shared/api/college.responses';
import { apiRequest } from '../../../api-client/api-request';
import { collegeKeys } from '../keys';

/** The public prospectus, filtered by the page's search (a query string, without "?"). */
export function useProspectus(search: string) {
  return useQuery({
    queryKey: collegeKeys.prospectus(search),
    queryFn: () => apiRequest<ProspectusResponse>('GET', `/college/prospectus${search ? `?${search}` : ''}`),
  });
}

/** What the signed-in account is in the college; only asked when someone is signed in. */
export function useCollegeMe(isSignedIn: boolean) {
  return useQuery({
    queryKey: collegeKeys.me,
    queryFn: () => apiRequest<CollegeMeResponse>('GET', '/college/me'),
    enabled: isSignedIn,
  });
}

export function useMyCourses(enabled = true) {
  return useQuery({
    queryKey: collegeKeys.myCourses,
    queryFn: () => apiRequest<MyCoursesResponse>('GET', '/college/my-courses'),
    enabled,
  });
}

export function useTrainerSessions() {
  return useQuery({
    queryKey: collegeKeys.trainerSessions,
    queryFn: () => apiRequest<{ sessions: TrainerSessionDto[] }>('GET', '/college/trainer/sessions'),
  });
}

export function useRegister(sessionId: string) {
  return useQuery({
    queryKey: collegeKeys.register(sessionId),
    queryFn: () => apiRequest<RegisterResponse>('GET', `/college/sessions/${sessionId}/register`),
  });
}
