/** Cache keys for the Recovery College. */
export const collegeKeys = {
  all: ['college'] as const,
  prospectus: (search: string) => ['college', 'prospectus', search] as const,
  me: ['college', 'me'] as const,
  myCourses: ['college', 'my-courses'] as const,
  trainerSessions: ['college', 'trainer-sessions'] as const,
  register: (sessionId: string) => ['college', 'register', sessionId] as const,
};
