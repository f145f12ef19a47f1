/** What someone looking through the prospectus asked for. */
export interface ProspectusFilter {
  /** Words to find in the title, what you will learn, or who it is for; every word must appear. */
  q?: string;
  termId?: string;
  format?: 'in_person' | 'online';
  /** Only courses with a place free now. */
  hasPlaces?: boolean;
}

/** What the filter needs to know of a course. */
export interface FilterableCourse {
  termId: string;
  title: string;
  summary: string;
  audience: string;
  placesLeft: number;
  sessions: readonly { isOnline: boolean }[];
}

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

/**
 * Whether a course matches the filter. Words match anywhere in the course's text, whatever their
 * case or accents; a course is online when all its sessions are, in person when any session is.
 */
export function matchesProspectusFilter(course: FilterableCourse, filter: ProspectusFilter): boolean {
  if (filter.termId && course.termId !== filter.termId) return false;
  if (filter.hasPlaces && course.placesLeft === 0) return false;
  if (filter.format) {
    const online = course.sessions.length > 0 && course.sessions.every((s) => s.isOnline);
    if ((filter.format === 'online') !== online) return false;
  }
  const words = fold(filter.q ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold(`${course.title} ${course.summary} ${course.audience}`);
  return words.every((word) => haystack.includes(word));
}
