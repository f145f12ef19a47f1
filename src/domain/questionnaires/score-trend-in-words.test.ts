import { describe, expect, it } from 'vitest';
import { nextDueOn } from './next-due-on';
import { scoreTrendInWords } from './score-trend-in-words';

const recovery = { max: 60, higherMeans: 'more recovery' };

describe('scoreTrendInWords', () => {
  it('says when there is nothing yet, and when there is only one score', () => {
    expect(scoreTrendInWords([], recovery)).toBe('You have not filled this in yet.');
    expect(scoreTrendInWords([{ completedOn: '2026-01-05', value: 30 }], recovery)).toBe(
      'Your latest score is 30 out of 60 (5 January 2026). This is your first, so there is nothing to compare it with yet.',
    );
  });

  it('compares the latest with the one before and the first, whatever order they come in', () => {
    const points = [
      { completedOn: '2026-04-06', value: 36 },
      { completedOn: '2026-01-05', value: 30 },
      { completedOn: '2026-07-06', value: 33.5 },
    ];
    expect(scoreTrendInWords(points, recovery)).toBe(
      'Your latest score is 33.5 out of 60 (6 July 2026), 2.5 lower than last time (36 on 6 April 2026). Higher means more recovery. Since your first (30 on 5 January 2026) it has gone up.',
    );
  });

  it('says when nothing changed', () => {
    expect(
      scoreTrendInWords(
        [
          { completedOn: '2026-01-05', value: 30 },
          { completedOn: '2026-02-05', value: 30 },
        ],
        recovery,
      ),
    ).toContain('the same as last time (30 on 5 January 2026)');
  });
});

describe('nextDueOn', () => {
  it('counts the gap from the day the last one was completed, across months and leap days', () => {
    expect(nextDueOn('2026-03-10', 91)).toBe('2026-06-09');
    expect(nextDueOn('2028-02-01', 28)).toBe('2028-02-29');
  });
});
