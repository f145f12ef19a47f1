import { describe, expect, it } from 'vitest';
import type { Actor } from '../../domain/accounts/actor';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { pdfText } from '../../../test/support/pdf-text';
import { useTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { enrolOnCourse } from './enrol-on-course';
import { exportCertificatePdf } from './export-certificate-pdf';
import { getCollegeFigures } from './get-college-figures';
import { giveCourseFeedback } from './give-course-feedback';
import { readCourseFeedback } from './read-course-feedback';
import { markAttendance } from './registers';
import { joinCollege } from './register-student';
import type { StudentRecord } from './ports';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

/** A course with one session, students with places on it, and the session's day come. */
async function courseWithStudents(names: string[]) {
  const f = createCollegeFixtures(t);
  const c = await f.college();
  const { course, session } = await f.publishedCourse(c, { title: 'Hope and Recovery' });
  const students: { actor: Actor; record: StudentRecord }[] = [];
  for (const name of names) {
    const actor = await f.account('student');
    const record = await joinCollege(t.deps, { name, email: 'someone@example.org', kind: 'other' }, actor);
    await enrolOnCourse(t.deps, course.id, actor);
    students.push({ actor, record });
  }
  t.setNow(new Date(session.startsAt.getTime() + 3_600_000));
  const mark = (present: typeof students) =>
    markAttendance(
      t.deps,
      { sessionId: session.id, marks: present.map((s) => ({ studentId: s.record.id, attended: true })) },
      c.trainerActor,
    );
  return { f, c, course, students, mark };
}

describe('a certificate of attendance', () => {
  it('prints the student’s name in any script, the course and the sessions attended', async () => {
    const { course, students, mark } = await courseWithStudents(['ليلى Hassan 🌱']);
    await mark(students);
    const { pdf, fileName } = await exportCertificatePdf(t.deps, course.id, students[0]!.actor);
    expect(fileName).toBe('certificate-of-attendance-hope-and-recovery.pdf');
    const text = pdfText(pdf);
    expect(text).not.toContain('\u0000');
    expect(text).not.toContain('\uFFFD');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Certificate of attendance');
    expect(flat).toContain('Hope and Recovery');
    expect(flat).toContain('Hassan 🌱');
    expect(flat).toContain('ىليل'); // Arabic, drawn right to left
    expect(flat).toContain('Present at 1 of 1 session');
    expect(flat).toContain('Amira (lived experience)');
  });

  it('is refused, saying why, for a course the student did not attend, and to someone who is not a student', async () => {
    const { f, course, students } = await courseWithStudents(['Robin']);
    await expect(exportCertificatePdf(t.deps, course.id, students[0]!.actor)).rejects.toMatchObject({
      code: 'conflict',
      message: /marked present at 0 of 1/,
    });
    await expect(exportCertificatePdf(t.deps, course.id, await f.account('worker'))).rejects.toMatchObject({
      code: 'forbidden',
    });
    await expect(
      exportCertificatePdf(t.deps, '01900000-0000-7000-8000-000000000000', students[0]!.actor),
    ).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('course feedback', () => {
  it('is given once by a student who attended, and refused to one who did not', async () => {
    const { course, students, mark } = await courseWithStudents(['Ann', 'Ben']);
    await mark([students[0]!]);
    await giveCourseFeedback(
      t.deps,
      { courseId: course.id, rating: 5, comment: 'Warm', isAnonymous: false },
      students[0]!.actor,
    );
    await expect(
      giveCourseFeedback(
        t.deps,
        { courseId: course.id, rating: 4, comment: 'Again', isAnonymous: false },
        students[0]!.actor,
      ),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      giveCourseFeedback(
        t.deps,
        { courseId: course.id, rating: 1, comment: 'Never came', isAnonymous: true },
        students[1]!.actor,
      ),
    ).rejects.toMatchObject({ code: 'conflict', message: /courses you attended/ });
    expect(await t.repositories.collegeStudents.listFeedback(course.id)).toHaveLength(1);
  });

  it('never shows the trainers who wrote anonymous feedback, nor one anonymous answer on its own', async () => {
    const { c, course, students, mark } = await courseWithStudents(['Ann', 'Ben', 'Cat', 'Dee']);
    await mark(students);
    const give = (i: number, comment: string, isAnonymous: boolean) =>
      giveCourseFeedback(t.deps, { courseId: course.id, rating: 4, comment, isAnonymous }, students[i]!.actor);
    await give(0, 'Named and glad', false);
    await give(1, 'First secret', true);
    let seen = await readCourseFeedback(t.deps, course.id, c.trainerActor);
    expect(seen.summary.named.map((n) => n.studentName)).toEqual(['Ann']);
    expect(seen.summary.anonymous).toEqual([]);
    expect(seen.summary.anonymousWaiting).toBe(1);
    expect(JSON.stringify(seen)).not.toContain('First secret');
    expect(JSON.stringify(seen)).not.toContain('Ben');

    await give(2, 'Second secret', true);
    await give(3, 'Third secret', true);
    seen = await readCourseFeedback(t.deps, course.id, c.trainerActor);
    expect(seen.summary.anonymous.map((a) => a.comment)).toEqual(['First secret', 'Second secret', 'Third secret']);
    for (const name of ['Ben', 'Cat', 'Dee']) expect(JSON.stringify(seen)).not.toContain(name);
  });

  it('is read by the course’s trainers and administrators, and refused to anyone else', async () => {
    const { f, c, course, students } = await courseWithStudents(['Ann']);
    await expect(readCourseFeedback(t.deps, course.id, c.admin)).resolves.toBeDefined();
    const otherCollege = await f.college();
    for (const outsider of [students[0]!.actor, otherCollege.trainerActor, await f.account('team_manager')]) {
      await expect(readCourseFeedback(t.deps, course.id, outsider)).rejects.toMatchObject({ code: 'forbidden' });
    }
  });

  it('counts in the college figures, with a mean only of whole groups of three answers', async () => {
    const { c, course, students, mark } = await courseWithStudents(['Ann', 'Ben', 'Cat', 'Dee']);
    await mark(students);
    const figure = async () =>
      (await getCollegeFigures(t.deps, { termId: c.term.id }, c.admin)).feedback.find((f) => f.courseId === course.id);
    expect(await figure()).toEqual({ courseId: course.id, responses: 0, meanRating: null });
    for (const [i, rating] of [5, 4].entries()) {
      await giveCourseFeedback(
        t.deps,
        { courseId: course.id, rating, comment: '', isAnonymous: i === 1 },
        students[i]!.actor,
      );
    }
    expect(await figure()).toEqual({ courseId: course.id, responses: 2, meanRating: null });
    await giveCourseFeedback(
      t.deps,
      { courseId: course.id, rating: 3, comment: '', isAnonymous: true },
      students[2]!.actor,
    );
    // (5 + 4 + 3) / 3
    expect(await figure()).toEqual({ courseId: course.id, responses: 3, meanRating: 4 });
    await giveCourseFeedback(
      t.deps,
      { courseId: course.id, rating: 1, comment: '', isAnonymous: true },
      students[3]!.actor,
    );
    // The fourth answer waits for two more: the mean does not move, so it cannot be worked out.
    expect(await figure()).toEqual({ courseId: course.id, responses: 4, meanRating: 4 });
  });
});
