import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EnrolmentDto, RegisterResponse, StudentDto } from '../../../../shared/api/college.responses';
import type { JoinCollegeBody, RegisterStudentBody } from '../../../../shared/api/college.schema';
import { apiRequest } from '../../../api-client/api-request';
import { collegeKeys } from '../keys';

/** Signs up a new student account (no sign-in needed). */
export function useRegisterStudent() {
  return useMutation({
    mutationFn: (body: RegisterStudentBody) => apiRequest<StudentDto>('POST', '/college/students', body),
  });
}

/** Makes the signed-in account a student too. */
export function useJoinCollege() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: JoinCollegeBody) => apiRequest<StudentDto>('POST', '/college/me/student', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: collegeKeys.all }),
  });
}

/** Enrols on a course, or joins its waiting list when it is full. */
export function useEnrol() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (courseId: string) => apiRequest<EnrolmentDto>('POST', `/college/courses/${courseId}/enrolments`),
    // The prospectus keeps its list as it is, so the course just joined stays in view with its outcome,
    // even when that place was the last one and a filter for places free would now hide it.
    onSettled: () => queryClient.invalidateQueries({ queryKey: collegeKeys.myCourses }),
  });
}

/** Gives up a place, or accepts or declines an offered one. */
export function useChangeEnrolment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { enrolmentId: string; change: 'cancel' | 'accept_offer' | 'decline_offer' }) =>
      apiRequest<EnrolmentDto>('PUT', `/college/enrolments/${input.enrolmentId}`, { change: input.change }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: collegeKeys.all }),
  });
}

/** Marks who came to a session. */
export function useMarkAttendance(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (marks: { studentId: string; attended: boolean }[]) =>
      apiRequest<{ students: RegisterResponse['students'] }>('PUT', `/college/sessions/${sessionId}/attendance`, {
        marks,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: collegeKeys.register(sessionId) }),
  });
}
