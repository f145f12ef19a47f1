import { describe, expect, it } from 'vitest';
import { meetingFeedbackPerson } from '../instruments';
import { DEFAULT_FEEDBACK_ALERT_THRESHOLDS, feedbackAlertThresholds } from './alert-thresholds';
import { feedbackAlerts, NEEDS_ATTENTION_MESSAGE } from './feedback-alerts';
import type { FeedbackPoint } from './feedback-point';
import type { FeedbackVisibility } from './feedback-visibility';

let day = 0;
const point = (person: number | null, worker: number | null = null, visibility: FeedbackVisibility = 'individual'): FeedbackPoint => {
  day += 1;
  const at = new Date(Date.UTC(2026, 0, day, 10));
  return {
    meetingId: `m${day}`,
    occurredAt: at,
    person: person === null ? null : { score: person, visibility, givenAt: at },
    worker: worker === null ? null : { score: worker, givenAt: at },
  };
};

describe('feedbackAlerts', () => {
  it('raises nothing for steady, good feedback', () => {
    expect(feedbackAlerts([point(4.2, 4), point(4, 4.2), point(4.4, 4)])).toEqual([]);
  });

  it('raises a drop of exactly one point, worked by hand: 4.2 → 3.2', () => {
    // 4.2 − 3.2 = 1.0000000000000004 in floating point; rounded it is 1, which meets "at least 1".
    const [alert, ...rest] = feedbackAlerts([point(4.2), point(3.2)]);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'dropped', meetingId: `m${day}`, values: { score: 3.2, previousScore: 4.2, workerScore: null } });
    expect(alert?.message).toBe('Feedback fell from 4.2 to 3.2 since the time before.');
    // 4.2 → 3.4 is a drop of 0.8: below the threshold.
    expect(feedbackAlerts([point(4.2), point(3.4)])).toEqual([]);
  });

  it('raises a score below 3 but not one of exactly 3', () => {
    expect(feedbackAlerts([point(3)])).toEqual([]);
    expect(feedbackAlerts([point(2.8)])).toEqual([expect.objectContaining({ kind: 'low', message: 'Feedback was 2.8, below 3.' })]);
  });

  it('raises views that differ by 1.5 or more on the same meeting, in either direction', () => {
    // person 2.6, worker 4.4: |4.4 − 2.6| = 1.8 ≥ 1.5, and 2.6 < 3.
    expect(feedbackAlerts([point(2.6, 4.4)]).map((alert) => alert.kind)).toEqual(['low', 'views_differ']);
    expect(feedbackAlerts([point(2.6, 4.4)])[1]?.message).toBe('Their view (2.6) and yours (4.4) differ by 1.8.');
    // person 4.8, worker 3.2: 1.6 apart; the person is happier than the worker thinks.
    expect(feedbackAlerts([point(4.8, 3.2)]).map((alert) => alert.kind)).toEqual(['views_differ']);
    // person 4, worker 2.6: 1.4 apart, no alert.
    expect(feedbackAlerts([point(4, 2.6)])).toEqual([]);
  });

  it('looks only at the latest feedback: an old low score that recovered raises nothing', () => {
    expect(feedbackAlerts([point(2), point(4), point(4.2)])).toEqual([]);
  });

  it('skips unscored feedback and meetings with only the worker’s view', () => {
    // 4.4, then unscored, then 3.2: the drop is counted from 4.4, the last score there is.
    expect(feedbackAlerts([point(4.4), point(null, 4), point(3.2)]).map((alert) => alert.kind)).toEqual(['dropped']);
    expect(feedbackAlerts([point(null, 1.5)])).toEqual([]);
  });

  it('says only "needs attention", with no figures, when the latest answer is for the aggregate only', () => {
    const alerts = feedbackAlerts([point(4.6, 4.4), point(2.2, 4.4, 'aggregate')]);
    expect(alerts).toEqual([{ kind: 'needs_attention', meetingId: `m${day}`, occurredAt: expect.any(Date), message: NEEDS_ATTENTION_MESSAGE, values: null }]);
    expect(JSON.stringify(alerts)).not.toMatch(/2\.2/);
  });

  it('also hides a drop from a private answer to a shared one, which would reveal the private one', () => {
    // Saying "fell from 4.6 to 3.4" would show the aggregate-only 4.6.
    const alerts = feedbackAlerts([point(4.6, null, 'aggregate'), point(3.4)]);
    expect(alerts.map((alert) => alert.kind)).toEqual(['needs_attention']);
  });

  it('leaves out a private previous answer from the figures of an alert that did not need it', () => {
    // 3.2 (aggregate only) → 2.6 (shared): a fall of 0.6 is no drop, but 2.6 is low; 3.2 must not appear.
    const [alert, ...rest] = feedbackAlerts([point(3.2, null, 'aggregate'), point(2.6)]);
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ kind: 'low', values: { score: 2.6, previousScore: null, workerScore: null } });
    expect(JSON.stringify(alert)).not.toMatch(/3\.2/);
  });

  it('uses thresholds a service sets', () => {
    const strict = feedbackAlertThresholds({ below: 4 });
    expect(feedbackAlerts([point(3.8)], strict).map((alert) => alert.kind)).toEqual(['low']);
    expect(() => feedbackAlertThresholds({ gapAtLeast: 0 })).toThrow(/1–5 scale/);
  });

  it('uses the feedback form’s own "worth talking about" line as the default floor', () => {
    const overall = meetingFeedbackPerson.scores.find((score) => score.id === 'overall');
    expect(overall?.thresholds[0]).toMatchObject({ comparator: '<', value: DEFAULT_FEEDBACK_ALERT_THRESHOLDS.below });
  });
});
