import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendedCourseDto,
  CourseFeedbackListResponse,
  CourseFeedbackSummaryDto,
  MyLearningPlanResponse,
  SharedCollegeLifeResponse,
} from '../../../../shared/api/college-students.responses';
import type { CourseFeedbackBody, LearningGoalBody } from '../../../../shared/api/college-students.schema';
import { apiRequest } from '../../../api-client/api-request';
import { collegeKeys } from '../keys';

// The students' side of the college: learning plan, sharing, attendance, certificates and feedback.
// Every key starts with collegeKeys.all, so a change anywhere in the college refreshes them too.

const keys = {
  learningPlan: [...collegeKeys.all, 'learning-plan'] as const,
  attendance: [...collegeKeys.all, 'attendance'] as const,
  feedbackCourses: [...collegeKeys.all, 'feedback'] as const,
  courseFeedback: (courseId: string) => [...collegeKeys.all, 'feedback', courseId] as const,
  collegeLife: (personId: string) => ['people', personId, 'college-life'] as const,
};

export function useLearningPlan(enabled = true) {
  return useQuery({
    queryKey: keys.learningPlan,
    queryFn: () => apiRequest<MyLearningPlanResponse>('GET', '/college/learning-plan'),
    enabled,
  });
}

/** Adds a goal, or changes one when `goalId` and `version` are given. */
export function useSaveLearningGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, version, body }: { goalId?: string; version?: number; body: LearningGoalBody }) =>
      goalId
        ? apiRequest<{ id: string; version: number }>('PUT', `/college/learning-plan/goals/${goalId}`, {
            ...body,
            version,
          })
        : apiRequest<{ id: string; version: number }>('POST', '/college/learning-plan/goals', body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.learningPlan }),
  });
}

export function useRemoveLearningGoal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ goalId, version }: { goalId: string; version: number }) =>
      apiRequest<void>('DELETE', `/college/learning-plan/goals/${goalId}?version=${version}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.learningPlan }),
  });
}

export function useSetCollegeSharing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sharesWithCareTeam: boolean) =>
      apiRequest<{ sharesWithCareTeam: boolean }>('PUT', '/college/learning-plan/sharing', { sharesWithCareTeam }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.learningPlan }),
  });
}

/** A person's college life on their record, for the care team: null when the person does not share it. */
export function useSharedCollegeLife(personId: string, enabled: boolean) {
  return useQuery({
    queryKey: keys.collegeLife(personId),
    queryFn: () => apiRequest<SharedCollegeLifeResponse>('GET', `/people/${personId}/college-life`),
    enabled,
  });
}

export function useAttendedCourses(enabled = true) {
  return useQuery({
    queryKey: keys.attendance,
    queryFn: () => apiRequest<{ courses: AttendedCourseDto[] }>('GET', '/college/attendance'),
    enabled,
  });
}

export function useGiveCourseFeedback(courseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CourseFeedbackBody) =>
      apiRequest<{ id: string }>('POST', `/college/courses/${courseId}/feedback`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: keys.attendance }),
  });
}

export function useFeedbackCourses() {
  return useQuery({
    queryKey: keys.feedbackCourses,
    queryFn: () => apiRequest<CourseFeedbackListResponse>('GET', '/college/feedback'),
  });
}

export function useCourseFeedback(courseId: string) {
  return useQuery({
    queryKey: keys.courseFeedback(courseId),
    queryFn: () => apiRequest<CourseFeedbackSummaryDto>('GET', `/college/courses/${courseId}/feedback`),
  });
}

/** Where the certificate of attendance for a course downloads from (the session cookie goes with it). */
export const certificateHref = (courseId: string) => `/api/v1/college/courses/${courseId}/certificate.pdf`;
