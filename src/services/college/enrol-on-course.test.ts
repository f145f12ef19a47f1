import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { useTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import { changeEnrolment } from './change-enrolment';
import { enrolOnCourse } from './enrol-on-course';
import { passOnLapsedOffers } from './pass-on-lapsed-offers';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const statuses = async (courseId: string) =>
  (await t.repositories.college.listEnrolmentsForCourse(courseId, ['enrolled', 'waiting', 'offered'])).map(
    (e) => e.status,
  );

describe('enrolOnCourse', () => {
  it('gives exactly the free places when several students take them at once, and queues the rest', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 2 });
    const students = await Promise.all([1, 2, 3, 4, 5].map(() => f.student()));
    const results = await Promise.all(students.map((s) => enrolOnCourse(t.deps, course.id, s)));
    expect(results.filter((r) => r.status === 'enrolled')).toHaveLength(2);
    expect(results.filter((r) => r.status === 'waiting')).toHaveLength(3);
    expect((await statuses(course.id)).sort()).toEqual(['enrolled', 'enrolled', 'waiting', 'waiting', 'waiting']);
  });

  it('refuses a second enrolment, a draft or unknown course, and someone who is not a student, changing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const student = await f.student();
    await enrolOnCourse(t.deps, course.id, student);
    await expect(enrolOnCourse(t.deps, course.id, student)).rejects.toMatchObject({
      code: 'conflict',
      message: 'You already have a place on this course.',
    });
    await expect(enrolOnCourse(t.deps, '01900000-0000-7000-8000-000000000000', student)).rejects.toMatchObject({
      code: 'not_found',
    });
    const carer = await f.account('carer');
    await expect(enrolOnCourse(t.deps, course.id, carer)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await statuses(course.id)).toEqual(['enrolled']);
  });

  it('refuses to enrol once the last session has started', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course, session } = await f.publishedCourse(c);
    const student = await f.student();
    t.setNow(new Date(session.startsAt.getTime() + 60_000));
    try {
      await expect(enrolOnCourse(t.deps, course.id, student)).rejects.toMatchObject({
        code: 'conflict',
        message: /too late to join/,
      });
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
  });
});

describe('the waiting list', () => {
  it('offers a place given up to the longest waiting student, who can accept it within 48 hours', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1 });
    const [first, second, third] = [await f.student(), await f.student(), await f.student()];
    const place = await enrolOnCourse(t.deps, course.id, first);
    const queued = await enrolOnCourse(t.deps, course.id, second);
    await enrolOnCourse(t.deps, course.id, third);
    await changeEnrolment(t.deps, { enrolmentId: place.id, change: 'cancel' }, first);
    const offered = await t.repositories.college.findEnrolment(queued.id);
    expect(offered).toMatchObject({ status: 'offered', offerExpiresAt: new Date('2026-06-17T10:00:00Z') });
    const accepted = await changeEnrolment(t.deps, { enrolmentId: queued.id, change: 'accept_offer' }, second);
    expect(accepted.status).toBe('enrolled');
    expect(await statuses(course.id)).toEqual(['enrolled', 'waiting']);
  });

  it('passes an unanswered offer on after 48 hours, and then refuses it', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1 });
    const [first, second, third] = [await f.student(), await f.student(), await f.student()];
    const place = await enrolOnCourse(t.deps, course.id, first);
    const slow = await enrolOnCourse(t.deps, course.id, second);
    const nextInLine = await enrolOnCourse(t.deps, course.id, third);
    await changeEnrolment(t.deps, { enrolmentId: place.id, change: 'cancel' }, first);
    t.setNow(new Date('2026-06-17T10:00:01Z'));
    try {
      expect(await passOnLapsedOffers(t.deps)).toBe(1);
      expect((await t.repositories.college.findEnrolment(slow.id))?.status).toBe('lapsed');
      expect((await t.repositories.college.findEnrolment(nextInLine.id))?.status).toBe('offered');
      await expect(
        changeEnrolment(t.deps, { enrolmentId: slow.id, change: 'accept_offer' }, second),
      ).rejects.toMatchObject({ code: 'conflict', message: /passed to the next person waiting/ });
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
  });

  it('hides another student’s enrolment as if it did not exist', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const [owner, other] = [await f.student(), await f.student()];
    const place = await enrolOnCourse(t.deps, course.id, owner);
    await expect(changeEnrolment(t.deps, { enrolmentId: place.id, change: 'cancel' }, other)).rejects.toMatchObject({
      code: 'not_found',
    });
    expect((await t.repositories.college.findEnrolment(place.id))?.status).toBe('enrolled');
  });
});
