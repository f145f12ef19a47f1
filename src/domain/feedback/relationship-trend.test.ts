import { describe, expect, it } from 'vitest';
import { aggregateMean } from './aggregate-mean';
import type { FeedbackPoint } from './feedback-point';
import type { FeedbackVisibility } from './feedback-visibility';
import { relationshipTrend } from './relationship-trend';

const point = (
  day: number,
  person: number | null,
  visibility: FeedbackVisibility,
  worker: number | null = null,
): FeedbackPoint => {
  const at = new Date(Date.UTC(2026, 2, day, 10));
  return {
    meetingId: `m${day}`,
    occurredAt: at,
    person: person === null ? null : { score: person, visibility, givenAt: at },
    worker: worker === null ? null : { score: worker, givenAt: at },
  };
};

describe('aggregateMean', () => {
  it('needs three answers and then moves only in whole blocks of three', () => {
    expect(aggregateMean([4, 2])).toBeNull();
    // (4 + 2 + 3) / 3 = 3
    expect(aggregateMean([4, 2, 3])).toEqual({ mean: 3, count: 3 });
    // A fourth answer changes nothing, so comparing the two means reveals nothing about it.
    expect(aggregateMean([4, 2, 3, 5])).toEqual({ mean: 3, count: 3 });
    expect(aggregateMean([4, 2, 3, 5, 1])).toEqual({ mean: 3, count: 3 });
    // (4 + 2 + 3 + 5 + 1 + 4.2) / 6 = 19.2 / 6 = 3.2
    expect(aggregateMean([4, 2, 3, 5, 1, 4.2])).toEqual({ mean: 3.2, count: 6 });
  });
});

describe('relationshipTrend', () => {
  const points = [
    point(1, 4.2, 'individual', 4),
    point(2, 2.4, 'aggregate', 4.2),
    point(3, 3.6, 'aggregate'),
    point(4, null, 'individual', 3.8),
  ];

  it('shows the worker shared answers, marks private ones as given without the score, and shows their own view', () => {
    const trend = relationshipTrend(points, 'worker');
    expect(trend.points.map((p) => [p.person, p.worker])).toEqual([
      [
        { status: 'given', score: 4.2 },
        { status: 'given', score: 4 },
      ],
      [
        { status: 'private', score: null },
        { status: 'given', score: 4.2 },
      ],
      [
        { status: 'private', score: null },
        { status: 'not_given', score: null },
      ],
      [
        { status: 'not_given', score: null },
        { status: 'given', score: 3.8 },
      ],
    ]);
    // Two private answers are not enough for a mean.
    expect(trend.personAggregate).toBeNull();
    expect(JSON.stringify(trend)).not.toMatch(/2\.4|3\.6/);
  });

  it('gives the worker a mean of private answers once there are three, and never one of them alone', () => {
    const trend = relationshipTrend([...points, point(5, 3, 'aggregate')], 'worker');
    // (2.4 + 3.6 + 3) / 3 = 9 / 3 = 3
    expect(trend.personAggregate).toEqual({ mean: 3, count: 3 });
  });

  it('shows the person all their own answers and not the worker’s view', () => {
    const trend = relationshipTrend(points, 'person');
    // The fourth meeting has only the worker's view, so the person is not shown it at all.
    expect(trend.points.map((p) => p.person.score)).toEqual([4.2, 2.4, 3.6]);
    expect(trend.points.every((p) => p.worker === null)).toBe(true);
    expect(trend.personAggregate).toBeNull();
  });
});
