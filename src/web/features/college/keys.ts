/** Cache keys for the Recovery College. */
export const collegeKeys = {
  all: ['college'] as const,
  prospectus: (search: string) => ['college', 'prospectus', search] as const,
  me: ['college', 'me'] as const,
  myCourses: ['college', 'my-courses'] as const,
  trainerSessions: ['college', 'trainer-sessions'] as const,
  register: (sessionId: string) => ['college', 'register', sessionId] as const,
  setup: ['college', 'setup'] as const,
  rooms: ['college', 'rooms'] as const,
  designNotes: (courseId: string) => ['college', 'design-notes', courseId] as const,
  figures: (termId: string) => ['college', 'figures', termId] as const,
  delivery: (sessionId: string) => ['college', 'delivery', sessionId] as const,
  fidelity: ['college', 'fidelity'] as const,
};
