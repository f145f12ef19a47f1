import { describe, expect, it } from 'vitest';
import { carePlanGoalLines, hasAttended, isCollegeLifeVisible, summariseCourseFeedback } from './student-life';

const entry = (rating: number, comment: string, isAnonymous: boolean, n: number) => ({
  rating,
  comment,
  isAnonymous,
  studentName: `Student ${n}`,
  givenAt: new Date(Date.UTC(2026, 5, n)),
});

describe('college life shared with the care team', () => {
  it('is always visible to the person, to the care team only while shared, and never on other grounds', () => {
    expect(isCollegeLifeVisible('self', false)).toBe(true);
    expect(isCollegeLifeVisible('care_team', true)).toBe(true);
    expect(isCollegeLifeVisible('care_team', false)).toBe(false);
    expect(isCollegeLifeVisible('break_glass', true)).toBe(false);
    expect(isCollegeLifeVisible('carer_consent', true)).toBe(false);
    expect(isCollegeLifeVisible('administration', true)).toBe(false);
  });
});

describe('attending a course', () => {
  it('needs a mark of present at half the sessions or more, rounded up, and at least one', () => {
    expect(hasAttended({ sessions: 1, attended: 1 })).toBe(true);
    expect(hasAttended({ sessions: 1, attended: 0 })).toBe(false);
    expect(hasAttended({ sessions: 4, attended: 2 })).toBe(true);
    expect(hasAttended({ sessions: 5, attended: 2 })).toBe(false);
    expect(hasAttended({ sessions: 5, attended: 3 })).toBe(true);
    expect(hasAttended({ sessions: 0, attended: 0 })).toBe(false);
  });
});

describe('care-plan goals a learning goal can link to', () => {
  it('are the non-empty lines of a section, trimmed', () => {
    expect(carePlanGoalLines('Get back to painting\r\n\n  Walk every day  \n')).toEqual([
      'Get back to painting',
      'Walk every day',
    ]);
  });
});

describe('course feedback for trainers', () => {
  it('shows named feedback with its name, and no anonymous answer until there are three', () => {
    const summary = summariseCourseFeedback([entry(5, 'Loved it', false, 1), entry(2, 'Too fast', true, 2)]);
    expect(summary.named).toEqual([
      { rating: 5, comment: 'Loved it', studentName: 'Student 1', givenAt: expect.any(Date) },
    ]);
    expect(summary.anonymous).toEqual([]);
    expect(summary.anonymousMean).toBeNull();
    expect(summary.anonymousWaiting).toBe(1);
    expect(JSON.stringify(summary)).not.toContain('Too fast');
    expect(JSON.stringify(summary)).not.toContain('Student 2');
  });

  it('shows anonymous answers only in whole blocks of three, sorted by their words, without names or dates', () => {
    const summary = summariseCourseFeedback([
      entry(4, 'Zebra calm', true, 1),
      entry(2, 'Apples', true, 2),
      entry(3, 'Middle', true, 3),
      entry(1, 'The fourth, alone', true, 4),
    ]);
    expect(summary.anonymous).toEqual([
      { rating: 2, comment: 'Apples' },
      { rating: 3, comment: 'Middle' },
      { rating: 4, comment: 'Zebra calm' },
    ]);
    expect(summary.anonymousMean).toEqual({ mean: 3, count: 3 });
    expect(summary.anonymousWaiting).toBe(1);
    expect(JSON.stringify(summary)).not.toContain('alone');
    expect(JSON.stringify(summary)).not.toMatch(/Student \d/);
  });
});
