import { describe, expect, it } from 'vitest';
import { canSeeFeedbackEntry, toFeedbackPoints, type FeedbackEntry } from './feedback-entry';

const entry = (over: Partial<FeedbackEntry>): FeedbackEntry => ({
  meetingId: 'm1',
  meetingOccurredAt: new Date('2026-05-01T10:00:00Z'),
  workerId: 'w1',
  respondent: 'person',
  visibility: 'individual',
  score: 4,
  givenAt: new Date('2026-05-01T11:00:00Z'),
  ...over,
});

describe('canSeeFeedbackEntry', () => {
  const me = { kind: 'worker', workerId: 'w1' } as const;

  it('shows a worker the person’s answer only when it was given to be seen individually', () => {
    expect(canSeeFeedbackEntry(me, entry({ visibility: 'individual' }))).toBe(true);
    expect(canSeeFeedbackEntry(me, entry({ visibility: 'aggregate' }))).toBe(false);
  });

  it('shows a worker their own view, and nothing of another worker’s relationship', () => {
    expect(canSeeFeedbackEntry(me, entry({ respondent: 'worker', visibility: null }))).toBe(true);
    expect(canSeeFeedbackEntry(me, entry({ workerId: 'w2' }))).toBe(false);
    expect(canSeeFeedbackEntry(me, entry({ workerId: 'w2', respondent: 'worker', visibility: null }))).toBe(false);
  });

  it('shows the person every answer of their own, and not the worker’s reflections', () => {
    expect(canSeeFeedbackEntry({ kind: 'person' }, entry({ visibility: 'aggregate' }))).toBe(true);
    expect(canSeeFeedbackEntry({ kind: 'person' }, entry({ respondent: 'worker', visibility: null }))).toBe(false);
  });
});

describe('toFeedbackPoints', () => {
  it('pairs both sides’ feedback on each meeting, oldest meeting first', () => {
    const later = new Date('2026-05-20T10:00:00Z');
    const points = toFeedbackPoints([
      entry({ meetingId: 'm2', meetingOccurredAt: later, score: 3 }),
      entry({ respondent: 'worker', visibility: null, score: 4.4 }),
      entry({ score: 4.2, visibility: 'aggregate' }),
    ]);
    expect(points.map((p) => [p.meetingId, p.person?.score, p.person?.visibility, p.worker?.score ?? null])).toEqual([
      ['m1', 4.2, 'aggregate', 4.4],
      ['m2', 3, 'individual', null],
    ]);
  });
});
