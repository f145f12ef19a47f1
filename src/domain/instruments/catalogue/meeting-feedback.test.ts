import { describe, expect, it } from 'vitest';
import { buildResponse } from '../build-response';
import { responseIssues } from '../validate-response';
import { meetingFeedbackCarer, meetingFeedbackPerson, meetingFeedbackWorker } from './meeting-feedback';
import { scoresOf } from './score-of';

describe('meeting feedback', () => {
  it('scores the mean with "rushed" reverse-keyed', () => {
    // listened 5, decided 4, trust 4, whole person 5, rushed 2 → 1 + 5 − 2 = 4.
    // mean = (5 + 4 + 4 + 5 + 4) / 5 = 22 / 5 = 4.4
    const { overall } = scoresOf(meetingFeedbackPerson, {
      listened: 5,
      'decided-together': 4,
      trust: 4,
      'whole-person': 5,
      rushed: 2,
    });
    expect(overall).toMatchObject({ value: 4.4, isProrated: false, thresholdsMet: [] });
  });

  it('flags a low mean as worth talking about', () => {
    // four items at 2, rushed 5 → 1; mean = (2 + 2 + 2 + 2 + 1) / 5 = 9 / 5 = 1.8 < 3
    const { overall } = scoresOf(meetingFeedbackWorker, {
      listened: 2,
      'decided-together': 2,
      trust: 2,
      'whole-person': 2,
      rushed: 5,
    });
    expect(overall).toMatchObject({ value: 1.8, thresholdsMet: [{ comparator: '<', value: 3 }] });
  });

  it('allows one missing answer and no more', () => {
    // trust missing: mean = (5 + 4 + 5 + 4) / 4 = 18 / 4 = 4.5
    const oneMissing = scoresOf(meetingFeedbackPerson, {
      listened: 5,
      'decided-together': 4,
      'whole-person': 5,
      rushed: 2,
    });
    expect(oneMissing.overall).toMatchObject({ value: 4.5, isProrated: true, missingCount: 1 });
    const twoMissing = scoresOf(meetingFeedbackPerson, { listened: 5, 'decided-together': 4, rushed: 2 });
    expect(twoMissing.overall).toMatchObject({ value: null, reason: 'too-many-missing' });
  });

  it('asks the worker the same items as the person, so the two views line up', () => {
    expect(meetingFeedbackWorker.items.map((item) => item.id)).toEqual(
      meetingFeedbackPerson.items.map((item) => item.id),
    );
    expect(meetingFeedbackWorker.items.map((item) => item.text)).not.toEqual(
      meetingFeedbackPerson.items.map((item) => item.text),
    );
  });

  it('accepts only whole numbers from 1 to 5', () => {
    const response = buildResponse(meetingFeedbackPerson, { listened: 0, trust: 6, rushed: 3.5 });
    expect(responseIssues(meetingFeedbackPerson, response).map((issue) => issue.code)).toEqual([
      'out-of-range',
      'out-of-range',
      'not-integer',
    ]);
  });
});

describe('the carer’s view of a meeting', () => {
  it('scores the mean of four items, none reversed, and allows one missing', () => {
    // (5 + 4 + 2 + 3) / 4 = 14 / 4 = 3.5; without "informed": (5 + 2 + 3) / 3 = 10 / 3 ≈ 3.333
    expect(
      scoresOf(meetingFeedbackCarer, { listened: 5, informed: 4, 'knowledge-valued': 2, 'next-steps': 3 }).overall,
    ).toMatchObject({ value: 3.5 });
    expect(
      scoresOf(meetingFeedbackCarer, { listened: 5, 'knowledge-valued': 2, 'next-steps': 3 }).overall?.value,
    ).toBeCloseTo(10 / 3);
  });
});
