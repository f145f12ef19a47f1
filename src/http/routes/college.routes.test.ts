import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const inAWeek = (hours = 0) => new Date(Date.parse('2026-06-22T10:00:00Z') + hours * 3_600_000).toISOString();

describe('college API: the prospectus', () => {
  it('shows published courses to anyone, with trainers’ first names and places left, and no student', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { title: 'Finding Hope', capacity: 3 });
    const student = await f.student();
    const client = await signInAs(app, student.username);
    expect(
      (await client.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` })).statusCode,
    ).toBe(201);
    const response = await app.inject({ method: 'GET', url: '/api/v1/college/prospectus?q=hope' });
    expect(response.statusCode).toBe(200);
    const shown = response.json().courses;
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({
      title: 'Finding Hope',
      placesLeft: 2,
      sessions: [
        { place: 'Room 2, The Hub', trainers: [{ firstName: 'Amira', experience: 'peer' }, { firstName: 'Tom' }] },
      ],
    });
    expect(response.body).not.toMatch(/Student \d|example\.org|Practitioner"|lastName/);
  });

  it('refuses bad filters with a 400 that names the field', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/v1/college/prospectus?format=carrier-pigeon' });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('Format: choose in person or online.');
  });
});

describe('college API: running courses', () => {
  it('refuses to publish a course without a peer trainer, saying why, and leaves it a draft', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/college/courses',
      payload: {
        termId: c.term.id,
        title: 'Sleep Well',
        summary: 'Sleep and how to look after it.',
        audience: 'Anyone',
        accessibility: '',
        designedBy: 'Tom',
        capacity: 10,
      },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const session = await admin.request({
      method: 'POST',
      url: `/api/v1/college/courses/${id}/sessions`,
      payload: {
        startsAt: inAWeek(),
        endsAt: inAWeek(2),
        place: 'Online',
        isOnline: true,
        trainerIds: [c.practitioner.id],
      },
    });
    expect(session.statusCode).toBe(201);
    const publish = await admin.request({ method: 'POST', url: `/api/v1/college/courses/${id}/publish` });
    expect(publish.statusCode).toBe(409);
    expect(publish.json().error.message).toMatch(/^One session has no peer trainer and practitioner trainer together/);
    expect((await t.repositories.college.findCourse(id))?.status).toBe('draft');
    const prospectus = await app.inject({ method: 'GET', url: '/api/v1/college/prospectus?q=sleep' });
    expect(prospectus.json().courses).toEqual([]);
  });

  it('refuses HTML in course text, sessions in the past, unknown trainers and unknown courses, writing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const admin = await signInAs(app, c.admin.username);
    const html = await admin.request({
      method: 'POST',
      url: '/api/v1/college/courses',
      payload: {
        termId: c.term.id,
        title: 'Hope <script>alert(1)</script>',
        summary: 'x',
        audience: 'x',
        accessibility: '',
        designedBy: 'x',
        capacity: 5,
      },
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toBe('Title: write this as plain text, without HTML tags.');
    const url = `/api/v1/college/courses/${course.id}/sessions`;
    const past = await admin.request({
      method: 'POST',
      url,
      payload: {
        startsAt: '2026-06-01T10:00:00Z',
        endsAt: '2026-06-01T12:00:00Z',
        place: 'Room 1',
        trainerIds: [c.peer.id, c.practitioner.id],
      },
    });
    expect(past.statusCode).toBe(400);
    expect(past.json().error.message).toMatch(/cannot start in the past/);
    const onlyPeer = await admin.request({
      method: 'POST',
      url,
      payload: { startsAt: inAWeek(24), endsAt: inAWeek(26), place: 'Room 1', trainerIds: [c.peer.id] },
    });
    expect(onlyPeer.statusCode).toBe(400);
    expect(onlyPeer.json().error.message).toMatch(/needs a peer trainer and a practitioner trainer/);
    const unknown = await admin.request({
      method: 'POST',
      url: '/api/v1/college/courses/01900000-0000-7000-8000-000000000000/publish',
    });
    expect(unknown.statusCode).toBe(404);
    const setup = (await admin.request({ method: 'GET', url: '/api/v1/college/setup' })).json();
    expect(setup.courses.find((x: { id: string }) => x.id === course.id).sessions).toHaveLength(1);
    expect(setup.courses.some((x: { title: string }) => x.title.includes('script'))).toBe(false);
  });

  it('tells someone editing a course that changed meanwhile, with the current course', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const admin = await signInAs(app, c.admin.username);
    const fields = {
      title: 'Renamed',
      summary: course.summary,
      audience: course.audience,
      accessibility: course.accessibility,
      designedBy: course.designedBy,
      capacity: 12,
    };
    const stale = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/courses/${course.id}`,
      payload: { ...fields, version: 1 },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ status: 'published', version: 2 });
    const fresh = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/courses/${course.id}`,
      payload: { ...fields, version: 2 },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it('keeps course management from students, service users and workers who are not trainers', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    for (const actor of [await f.student(), await f.account('service_user'), await f.account('worker')]) {
      const client = await signInAs(app, actor.username);
      const response = await client.request({
        method: 'POST',
        url: '/api/v1/college/terms',
        payload: { name: 'Rogue', startsOn: '2027-01-01', endsOn: '2027-03-01' },
      });
      expect(response.statusCode).toBe(403);
      expect((await client.request({ method: 'GET', url: '/api/v1/college/setup' })).statusCode).toBe(403);
    }
    expect((await t.repositories.college.listTerms()).some((term) => term.name === 'Rogue')).toBe(false);
    expect(c.term.name).toMatch(/^Term/);
  });
});

describe('college API: students', () => {
  it('lets anyone sign up without signing in, then sign in, enrol and see their courses', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1 });
    const signUp = await app.inject({
      method: 'POST',
      url: '/api/v1/college/students',
      payload: {
        username: 'river.learner',
        password: 'a long walk by the river',
        name: 'River',
        email: 'river@example.org',
        kind: 'carer',
      },
    });
    expect(signUp.statusCode).toBe(201);
    const client = await signInAs(app, 'river.learner', 'a long walk by the river');
    const me = (await client.request({ method: 'GET', url: '/api/v1/me' })).json();
    expect(me.me.role).toBe('student');
    const enrol = await client.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` });
    expect(enrol.json()).toMatchObject({ status: 'enrolled' });
    const mine = (await client.request({ method: 'GET', url: '/api/v1/college/my-courses' })).json();
    expect(mine.enrolments).toMatchObject([
      { enrolment: { status: 'enrolled' }, course: { id: course.id, placesLeft: 0 } },
    ]);
    const again = await app.inject({
      method: 'POST',
      url: '/api/v1/college/students',
      payload: {
        username: 'river.learner',
        password: 'another long walk',
        name: 'R',
        email: 'r@example.org',
        kind: 'other',
      },
    });
    expect(again.statusCode).toBe(409);
    const badEmail = await app.inject({
      method: 'POST',
      url: '/api/v1/college/students',
      payload: {
        username: 'someone.else',
        password: 'a long walk by the river',
        name: 'S',
        email: 'nope',
        kind: 'other',
      },
    });
    expect(badEmail.statusCode).toBe(400);
    expect(badEmail.json().error.message).toMatch(/^Email: give an email address/);
  });

  it('asks for sign-in to enrol, and for a student record to see courses', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    expect(
      (await app.inject({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` })).statusCode,
    ).toBe(401);
    const worker = await signInAs(app, (await f.account('worker')).username);
    const refused = await worker.request({ method: 'GET', url: '/api/v1/college/my-courses' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('Sign up as a student of the Recovery College first.');
  });

  it('shows a session’s register to its trainers only, and lets them mark attendance on the day', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course, session } = await f.publishedCourse(c);
    const student = await f.student();
    const studentClient = await signInAs(app, student.username);
    await studentClient.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` });
    const url = `/api/v1/college/sessions/${session.id}/register`;
    expect((await studentClient.request({ method: 'GET', url })).statusCode).toBe(403);
    const otherCollege = await f.college();
    const stranger = await signInAs(app, otherCollege.trainerActor.username);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    const trainer = await signInAs(app, c.trainerActor.username);
    const register = (await trainer.request({ method: 'GET', url })).json();
    expect(register.students).toHaveLength(1);
    const studentId = register.students[0].studentId;
    const attendanceUrl = `/api/v1/college/sessions/${session.id}/attendance`;
    const early = await trainer.request({
      method: 'PUT',
      url: attendanceUrl,
      payload: { marks: [{ studentId, attended: true }] },
    });
    expect(early.statusCode).toBe(400);
    t.setNow(new Date(session.startsAt.getTime() + 30 * 60_000));
    try {
      // A week later the first sign-in has timed out: the trainer signs in on the day.
      const onTheDay = await signInAs(app, c.trainerActor.username);
      const marked = await onTheDay.request({
        method: 'PUT',
        url: attendanceUrl,
        payload: { marks: [{ studentId, attended: true }] },
      });
      expect(marked.statusCode).toBe(200);
      expect(marked.json().students).toEqual([expect.objectContaining({ studentId, attended: true })]);
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
  });
});
