import type { FeedbackPoint } from './feedback-point';
import type { FeedbackRespondent, FeedbackVisibility } from './feedback-visibility';

/** One side's feedback on one meeting, as stored, reduced to what the rules need. */
export interface FeedbackEntry {
  meetingId: string;
  meetingOccurredAt: Date;
  workerId: string;
  respondent: FeedbackRespondent;
  visibility: FeedbackVisibility | null;
  score: number | null;
  givenAt: Date;
}

/** Who is looking at feedback: the person, or a worker, who sees only their own relationships. */
export type FeedbackReader = { kind: 'person' } | { kind: 'worker'; workerId: string };

/**
 * Whether a reader may see one answer on its own. The person sees their own answers, not the
 * worker's reflections; a worker sees their own view and the person's answers about their
 * relationship that the person chose to show individually, never an answer kept for the aggregate.
 */
export function canSeeFeedbackEntry(
  reader: FeedbackReader,
  entry: Pick<FeedbackEntry, 'workerId' | 'respondent' | 'visibility'>,
): boolean {
  if (reader.kind === 'person') return entry.respondent === 'person';
  if (entry.workerId !== reader.workerId) return false;
  return entry.respondent === 'worker' || entry.visibility === 'individual';
}

/**
 * One relationship's entries as points per meeting, oldest meeting first. Entries for other
 * workers are the caller's to filter out first.
 */
export function toFeedbackPoints(entries: readonly FeedbackEntry[]): FeedbackPoint[] {
  const byMeeting = new Map<string, FeedbackPoint>();
  for (const entry of entries) {
    const point = byMeeting.get(entry.meetingId) ?? {
      meetingId: entry.meetingId,
      occurredAt: entry.meetingOccurredAt,
      person: null,
      worker: null,
    };
    if (entry.respondent === 'person') {
      point.person = { score: entry.score, visibility: entry.visibility ?? 'aggregate', givenAt: entry.givenAt };
    } else {
      point.worker = { score: entry.score, givenAt: entry.givenAt };
    }
    byMeeting.set(entry.meetingId, point);
  }
  return [...byMeeting.values()].sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}
