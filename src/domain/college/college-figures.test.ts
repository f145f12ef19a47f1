import { describe, expect, it } from 'vitest';
import { collegeFigures, hasCompleted, type CourseCounts } from './college-figures';

const now = new Date('2026-11-01T12:00:00Z');
const course = (over: Partial<CourseCounts>): CourseCounts => ({
  courseId: 'c1',
  courseTitle: 'Understanding anxiety',
  termId: 't1',
  termName: 'Autumn',
  enrolled: 0,
  sessionsPlanned: 0,
  sessionsMarked: 0,
  attendedMarks: 0,
  possibleMarks: 0,
  sessionsAttendedByStudent: [],
  ...over,
});

describe('collegeFigures', () => {
  it('works out attendance and completion of a course by hand', () => {
    // Three sessions, all marked; four students came to 3, 2, 1 and 0 of them.
    // Attendance: (3+2+1+0) / (4 × 3) = 6/12 = 0.5. Completion needs 2 of 3: two of four = 0.5.
    const figures = collegeFigures(
      {
        courses: [
          course({
            enrolled: 4,
            sessionsPlanned: 3,
            sessionsMarked: 3,
            attendedMarks: 6,
            possibleMarks: 12,
            sessionsAttendedByStudent: [3, 2, 1, 0],
          }),
        ],
        studentKinds: [],
        sessions: [],
      },
      now,
    );
    expect(figures.courses[0]).toMatchObject({ enrolled: 4, attendance: 0.5, completed: 2, completion: 0.5 });
    expect(figures.totals).toEqual({ enrolled: 4, attendance: 0.5, completion: 0.5 });
  });

  it('leaves completion open until every session is marked, and attendance until one is', () => {
    const figures = collegeFigures(
      {
        courses: [
          course({
            courseId: 'a',
            enrolled: 2,
            sessionsPlanned: 4,
            sessionsMarked: 1,
            attendedMarks: 1,
            possibleMarks: 2,
            sessionsAttendedByStudent: [1, 0],
          }),
          course({ courseId: 'b', enrolled: 3, sessionsPlanned: 2 }),
        ],
        studentKinds: [],
        sessions: [],
      },
      now,
    );
    expect(figures.courses.map((c) => [c.attendance, c.completion])).toEqual([
      [0.5, null],
      [null, null],
    ]);
    expect(figures.totals).toEqual({ enrolled: 5, attendance: 0.5, completion: null });
  });

  it('shares students by kind, in the fixed order of kinds, with none as zero', () => {
    // 3 service users, 1 carer, 0 staff, 4 others: 8 in all.
    const figures = collegeFigures(
      {
        courses: [],
        studentKinds: [
          { kind: 'other', students: 4 },
          { kind: 'service_user', students: 3 },
          { kind: 'carer', students: 1 },
        ],
        sessions: [],
      },
      now,
    );
    expect(figures.students).toEqual([
      { kind: 'service_user', students: 3, share: 0.375 },
      { kind: 'carer', students: 1, share: 0.125 },
      { kind: 'staff', students: 0, share: 0 },
      { kind: 'other', students: 4, share: 0.5 },
    ]);
  });

  it('counts co-delivery over sessions delivered, not planned', () => {
    // Four sessions delivered: two by a peer and a practitioner, one by a practitioner alone, one by two
    // peers. 2 of 4 = 0.5. One past session and one future session are not marked: only the past one is owed.
    const past = new Date('2026-10-01T10:00:00Z');
    const future = new Date('2026-12-01T10:00:00Z');
    const figures = collegeFigures(
      {
        courses: [],
        studentKinds: [],
        sessions: [
          { startsAt: past, deliveredBy: ['peer', 'practitioner'] },
          { startsAt: past, deliveredBy: ['peer', 'practitioner', 'practitioner'] },
          { startsAt: past, deliveredBy: ['practitioner'] },
          { startsAt: past, deliveredBy: ['peer', 'peer'] },
          { startsAt: past, deliveredBy: [] },
          { startsAt: future, deliveredBy: [] },
        ],
      },
      now,
    );
    expect(figures.sessions).toEqual({ delivered: 4, coDelivered: 2, share: 0.5, notMarked: 1 });
  });

  it('says nothing rather than zero when there is nothing to count', () => {
    const figures = collegeFigures({ courses: [], studentKinds: [], sessions: [] }, now);
    expect(figures.totals).toEqual({ enrolled: 0, attendance: null, completion: null });
    expect(figures.sessions.share).toBeNull();
    expect(figures.students.every((s) => s.share === null)).toBe(true);
  });
});

describe('hasCompleted', () => {
  it('needs two thirds of the sessions, rounded up', () => {
    expect([0, 1, 2, 3].map((n) => hasCompleted(n, 3))).toEqual([false, false, true, true]);
    expect([3, 4].map((n) => hasCompleted(n, 6))).toEqual([false, true]);
    expect([0, 1].map((n) => hasCompleted(n, 1))).toEqual([false, true]);
    expect(hasCompleted(0, 0)).toBe(false);
  });
});
