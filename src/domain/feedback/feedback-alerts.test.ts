import { describe, expect, it } from 'vitest';
import { meetingFeedbackPerson } from '../instruments';
import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS, feedbackAlertThresholds } from './alert-thresholds';
import { feedbackAlerts, NEEDS_ATTENTION_MESSAGE } from './feedback-alerts';
import type { FeedbackPoint } from './feedback-point';
import type { FeedbackVisibility } from './feedback-visibility';

let day = 0;
const point = (
  person: number | null,
  worker: number | null = null,
  visibility: FeedbackVisibility = 'individual',
): FeedbackPoint => {
  day += 1;
  const at = new Date(Date.UTC(2026, 0, day, 10));
  return {
    meetingId: `m${day}`,
    occurredAt: at,
    person: person === null ? null : { score: person, visibility, givenAt: at },
    worker: worker === null ? null : { score: worker, givenAt: at },
  };
};

const reasonsOf = (alerts: ReturnType<typeof feedbackAlerts>) =>
  alerts.map((alert) => alert.reasons.map((r) => r.reason));

describe('feedbackAlerts', () => {
  it('raises nothing for steady, good feedback', () => {
    expect(feedbackAlerts([point(4.2, 4), point(4, 4.2), point(4.4, 4)])).toEqual([]);
  });

  it('raises a drop of exactly one point, worked by hand: 4.2 → 3.2', () => {
    // 4.2 − 3.2 = 1.0000000000000004 in floating point; rounded it is 1, which meets "at least 1".
    const [alert, ...rest] = feedbackAlerts([point(4.2), point(3.2)]);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      kind: 'meeting',
      reasons: [{ reason: 'dropped' }],
      meetingId: `m${day}`,
      values: { score: 3.2, previousScore: 4.2, workerScore: null },
    });
    expect(alert?.message).toBe('Feedback fell from 4.2 to 3.2 since the time before.');
    // 4.2 → 3.4 is a drop of 0.8: below the threshold.
    expect(feedbackAlerts([point(4.2), point(3.4)])).toEqual([]);
  });

  it('raises a score below 3 but not one of exactly 3', () => {
    expect(feedbackAlerts([point(3)])).toEqual([]);
    expect(feedbackAlerts([point(2.8)])).toEqual([
      expect.objectContaining({ kind: 'meeting', message: 'Feedback was 2.8, below 3.' }),
    ]);
  });

  it('raises views that differ by 1.5 or more on the same meeting, in either direction', () => {
    // person 2.6, worker 4.4: |4.4 − 2.6| = 1.8 ≥ 1.5, and 2.6 < 3.
    expect(reasonsOf(feedbackAlerts([point(2.6, 4.4)]))).toEqual([['low', 'views_differ']]);
    // person 4.8, worker 3.2: 1.6 apart; the person is happier than the worker thinks.
    expect(feedbackAlerts([point(4.8, 3.2)])[0]?.message).toBe('Their view (4.8) and yours (3.2) differ by 1.6.');
    // person 4, worker 2.6: 1.4 apart, no alert.
    expect(feedbackAlerts([point(4, 2.6)])).toEqual([]);
  });

  it('gives one alert for a meeting, naming every reason that applies', () => {
    // 4 → 2.6 with the worker at 4.4: a drop of 1.4, below 3, and 1.8 apart.
    const alerts = feedbackAlerts([point(4), point(2.6, 4.4)]);
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      key: `meeting:m${day}`,
      meetingId: `m${day}`,
      values: { score: 2.6, previousScore: 4, workerScore: 4.4 },
    });
    expect(reasonsOf(alerts)).toEqual([['dropped', 'low', 'views_differ']]);
    expect(alerts[0]?.message).toBe(
      'Feedback fell from 4 to 2.6 since the time before. Feedback was 2.6, below 3. Their view (2.6) and yours (4.4) differ by 1.8.',
    );
  });

  it('looks only at the latest feedback: an old low score that recovered raises nothing', () => {
    expect(feedbackAlerts([point(2), point(4), point(4.2)])).toEqual([]);
  });

  it('skips unscored feedback and meetings with only the worker’s view', () => {
    // 4.4, then unscored, then 3.2: the drop is counted from 4.4, the last score there is.
    expect(reasonsOf(feedbackAlerts([point(4.4), point(null, 4), point(3.2)]))).toEqual([['dropped']]);
    expect(feedbackAlerts([point(null, 1.5)])).toEqual([]);
  });

  it('never names or dates a meeting whose answer was kept for the aggregate, even when it is the only one', () => {
    expect(feedbackAlerts([point(1, 4.4, 'aggregate')])).toEqual([]);
    expect(feedbackAlerts([point(4.6, 4.4), point(2.2, 4.4, 'aggregate')])).toEqual([]);
  });

  it('says only "needs attention", with no meeting, date or figure, when a block of three private answers averages low', () => {
    // 2.2, 2.6, 3.4 → 8.2 / 3 = 2.73, below 3.
    const alerts = feedbackAlerts([
      point(2.2, 4.4, 'aggregate'),
      point(2.6, null, 'aggregate'),
      point(3.4, null, 'aggregate'),
    ]);
    expect(alerts).toEqual([
      {
        key: 'aggregate:3',
        kind: 'needs_attention',
        reasons: [],
        meetingId: null,
        occurredAt: null,
        message: NEEDS_ATTENTION_MESSAGE,
        values: null,
      },
    ]);
    // 4, 4, 4 → 4: no alert.
    expect(
      feedbackAlerts([point(4, null, 'aggregate'), point(4, null, 'aggregate'), point(4, null, 'aggregate')]),
    ).toEqual([]);
  });

  it('says "needs attention" when the latest block of private answers fell by a point from the block before', () => {
    // (5 + 5 + 4.6) / 3 = 4.87, then (3.6 + 3.8 + 3.4) / 3 = 3.6: a fall of 1.27, though 3.6 is not low.
    const scores = [5, 5, 4.6, 3.6, 3.8, 3.4];
    const alerts = feedbackAlerts(scores.map((score) => point(score, null, 'aggregate')));
    expect(alerts.map((alert) => alert.key)).toEqual(['aggregate:6']);
  });

  it('does not compare a shared answer with a private one, which would reveal the private one', () => {
    // Saying "fell from 4.6 to 3.4" would show the aggregate-only 4.6.
    expect(feedbackAlerts([point(4.6, null, 'aggregate'), point(3.4)])).toEqual([]);
    // 3.2 (aggregate only) → 2.6 (shared): 2.6 is low; 3.2 must not appear.
    const [alert, ...rest] = feedbackAlerts([point(3.2, null, 'aggregate'), point(2.6)]);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({
      reasons: [{ reason: 'low' }],
      values: { score: 2.6, previousScore: null, workerScore: null },
    });
    expect(JSON.stringify(alert)).not.toMatch(/3\.2/);
  });

  it('uses thresholds a service sets', () => {
    const strict = feedbackAlertThresholds({ below: 4 });
    expect(reasonsOf(feedbackAlerts([point(3.8)], strict))).toEqual([['low']]);
    expect(() => feedbackAlertThresholds({ gapAtLeast: 0 })).toThrow(/1–5 scale/);
  });

  it('uses the feedback form’s own "worth talking about" line as the default floor', () => {
    const overall = meetingFeedbackPerson.scores.find((score) => score.id === 'overall');
    expect(overall?.thresholds[0]).toMatchObject({ comparator: '<', value: DEFAULT_FEEDBACK_ALERT_THRESHOLDS.below });
  });
});
