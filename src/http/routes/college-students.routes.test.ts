import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { saveCarePlanSection } from '../../services/care-plan/save-care-plan-section';
import { joinCollege } from '../../services/college/register-student';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

describe('college API: learning plans', () => {
  it('asks for sign-in, and refuses a goal without words or with a bad course with a 400 naming the field', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/college/learning-plan' })).statusCode).toBe(401);
    const f = createCollegeFixtures(t);
    const student = await signInAs(app, (await f.student()).username);
    const empty = await student.request({
      method: 'POST',
      url: '/api/v1/college/learning-plan/goals',
      payload: { text: '   ', courseIds: [] },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.message).toBe('Text: write the goal in a few words.');
    const badCourse = await student.request({
      method: 'POST',
      url: '/api/v1/college/learning-plan/goals',
      payload: { text: 'Learn', courseIds: ['not-an-id'] },
    });
    expect(badCourse.statusCode).toBe(400);
    expect(badCourse.json().error.message).toMatch(/^Courses for this goal/);
    expect((await student.request({ method: 'GET', url: '/api/v1/college/learning-plan' })).json().goals).toEqual([]);
  });

  it('gives 409 with the saved goal to an edit from an older copy', async () => {
    const f = createCollegeFixtures(t);
    const student = await signInAs(app, (await f.student()).username);
    const created = await student.request({
      method: 'POST',
      url: '/api/v1/college/learning-plan/goals',
      payload: { text: 'Sleep better' },
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const put = (text: string) =>
      student.request({
        method: 'PUT',
        url: `/api/v1/college/learning-plan/goals/${id}`,
        payload: { version: 1, text },
      });
    expect((await put('Sleep better, most nights')).statusCode).toBe(200);
    const stale = await put('From an old tab');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ text: 'Sleep better, most nights', version: 2 });
  });

  it('shows the care coordinator a shared plan on the person’s record, and a stranger gets 403', async () => {
    const f = createCollegeFixtures(t);
    const world = await f.careTeamWorld();
    await saveCarePlanSection(
      t.deps,
      { personId: world.person.id, sectionKey: 'what_matters', text: 'Make friends', baseVersion: 0 },
      world.personActor,
    );
    await joinCollege(t.deps, { name: 'Sam', email: 'sam@example.org', kind: 'service_user' }, world.personActor);
    const person = await signInAs(app, world.personActor.username);
    await person.request({
      method: 'POST',
      url: '/api/v1/college/learning-plan/goals',
      payload: { text: 'Join a group', carePlanLink: { sectionKey: 'what_matters', goal: 'Make friends' } },
    });
    const coordinator = await signInAs(app, world.coordinatorActor.username);
    const read = () => coordinator.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/college-life` });
    expect((await read()).json()).toEqual({ learningPlan: null });
    const shared = await person.request({
      method: 'PUT',
      url: '/api/v1/college/learning-plan/sharing',
      payload: { sharesWithCareTeam: true },
    });
    expect(shared.statusCode).toBe(200);
    expect((await read()).json().learningPlan.goals[0]).toMatchObject({
      text: 'Join a group',
      carePlanLink: { goal: 'Make friends', sectionTitle: 'What matters to me and my goals' },
    });
    const stranger = await signInAs(app, world.strangerActor.username);
    const refused = await stranger.request({ method: 'GET', url: `/api/v1/people/${world.person.id}/college-life` });
    expect(refused.statusCode).toBe(403);
    expect(refused.body).not.toContain('Join a group');
  });
});

describe('college API: places, certificates and feedback', () => {
  it('gives the last place to exactly one of two students who take it at once', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { capacity: 1 });
    const clients = await Promise.all([f.student(), f.student()].map(async (s) => signInAs(app, (await s).username)));
    const answers = await Promise.all(
      clients.map((client) =>
        client.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(answers.map((a) => a.json().status).sort()).toEqual(['enrolled', 'waiting']);
  });

  it('keeps learning goals and feedback out of the public prospectus', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    await f.publishedCourse(c, { title: 'Open Course' });
    const student = await signInAs(app, (await f.student()).username);
    await student.request({
      method: 'POST',
      url: '/api/v1/college/learning-plan/goals',
      payload: { text: 'A private hope' },
    });
    const prospectus = await app.inject({ method: 'GET', url: '/api/v1/college/prospectus' });
    expect(prospectus.statusCode).toBe(200);
    expect(prospectus.body).toContain('Open Course');
    expect(prospectus.body).not.toContain('A private hope');
  });

  it('refuses feedback with a rating out of range, and a certificate for a course not attended', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const student = await signInAs(app, (await f.student()).username);
    await student.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` });
    const bad = await student.request({
      method: 'POST',
      url: `/api/v1/college/courses/${course.id}/feedback`,
      payload: { rating: 9, comment: '', isAnonymous: true },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/^How helpful it was: choose how helpful/);
    const certificate = await student.request({
      method: 'GET',
      url: `/api/v1/college/courses/${course.id}/certificate.pdf`,
    });
    expect(certificate.statusCode).toBe(409);
    expect(certificate.json().error.message).toMatch(/present at 0 of 1/);
    const trainer = await signInAs(app, c.trainerActor.username);
    const feedback = await trainer.request({ method: 'GET', url: `/api/v1/college/courses/${course.id}/feedback` });
    expect(feedback.statusCode).toBe(200);
    expect(
      (await student.request({ method: 'GET', url: `/api/v1/college/courses/${course.id}/feedback` })).statusCode,
    ).toBe(403);
  });
});
