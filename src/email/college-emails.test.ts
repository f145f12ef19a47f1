import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../test/support/college-fixtures';
import { useTestMailbox, type TestSmtpServer } from '../../test/support/smtp-server';
import { TEST_NOW, useTestDatabase, type TestDatabase } from '../../test/support/test-database';
import type { SmtpTransport } from './smtp-transport';
import { deliverDueEmails } from '../services/email/deliver-due-emails';
import { changeEnrolment } from '../services/college/change-enrolment';
import { enrolOnCourse } from '../services/college/enrol-on-course';
import { queueSessionReminders } from '../services/college/queue-session-reminders';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

let smtp: TestSmtpServer;
let transport: SmtpTransport;
useTestMailbox('college@service.test', (opened) => ({ smtp, transport } = opened));
beforeEach(async () => {
  t.setNow(TEST_NOW);
  await t.handle.db.execute(sql`delete from email_outbox`);
});

const on = () => ({ ...t.deps, emailEnabled: true });
const emailOf = async (accountId: string) => (await t.repositories.college.findStudentByAccount(accountId))!.email;

describe('Recovery College emails', () => {
  it('emails the next student waiting when a place comes free, with the course and the deadline and nothing else', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1, title: 'Hope and Recovery' });
    const [first, second] = [await f.student('service_user'), await f.student('carer')];
    const place = await enrolOnCourse(on(), course.id, first);
    await enrolOnCourse(on(), course.id, second);
    await changeEnrolment(on(), { enrolmentId: place.id, change: 'cancel' }, first);

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 1, failed: 0 });
    const [message] = await smtp.waitForMessages(1);
    expect(message?.to).toMatchObject({ text: await emailOf(second.accountId) });
    expect(message?.subject).toBe('A place has come free on your course');
    expect(message?.text).toContain('“Hope and Recovery”');
    expect(message?.text).toContain('Wednesday 17 June at 11:00');
    expect(message?.text).toContain('http://tandem.test/college/my-courses');
    const names = [c.peer.firstName, c.practitioner.firstName, c.practitioner.lastName, 'Student', 'service user'];
    for (const name of names) expect(message?.text).not.toContain(name);
  });

  it('sends no offer email when email is not configured, and none for a change that was refused', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1 });
    const [first, second] = [await f.student(), await f.student()];
    const place = await enrolOnCourse(t.deps, course.id, first);
    await enrolOnCourse(t.deps, course.id, second);
    await changeEnrolment(t.deps, { enrolmentId: place.id, change: 'cancel' }, first);
    await expect(changeEnrolment(on(), { enrolmentId: place.id, change: 'cancel' }, first)).rejects.toMatchObject({
      code: 'conflict',
    });
    expect(await t.repositories.outbox.countWaiting()).toBe(0);
  });

  it('reminds every student with a place of a session in the coming day, once', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course, session } = await f.publishedCourse(c, { capacity: 2, title: 'Sleep Matters' });
    const [first, second, waiting] = [await f.student(), await f.student(), await f.student()];
    for (const student of [first, second, waiting]) await enrolOnCourse(on(), course.id, student);
    t.setNow(new Date(session.startsAt.getTime() - 25 * 3_600_000));
    expect(await queueSessionReminders(on())).toBe(0);
    t.setNow(new Date(session.startsAt.getTime() - 20 * 3_600_000));
    expect(await queueSessionReminders(on())).toBe(2);
    expect(await queueSessionReminders(on())).toBe(0);

    expect(await deliverDueEmails(t.deps, transport)).toEqual({ sent: 2, failed: 0 });
    const messages = await smtp.waitForMessages(2);
    const to = messages.map((m) => (Array.isArray(m.to) ? '' : m.to?.text)).sort();
    expect(to).toEqual([await emailOf(first.accountId), await emailOf(second.accountId)].sort());
    expect(messages[0]?.subject).toBe('Your course session is coming up');
    expect(messages[0]?.text).toContain('“Sleep Matters” is on Monday 22 June at 11:00,\nat Room 2, The Hub.');
  });
});
