import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createCollegeFixtures } from '../../../test/support/college-fixtures';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const room = {
  name: 'Room 2, The Hub',
  address: '12 Mill Lane',
  capacity: 14,
  accessibility: 'Step-free; hearing loop.',
};

describe('college API: rooms', () => {
  it('lets an administrator and a college lead add and change rooms, and tells a stale edit with the current room', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const leadActor = await f.collegeLead(c);
    const lead = await signInAs(app, leadActor.username);
    const created = await lead.request({ method: 'POST', url: '/api/v1/college/rooms', payload: room });
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    const admin = await signInAs(app, c.admin.username);
    const changed = await admin.request({
      method: 'PUT',
      url: `/api/v1/college/rooms/${id}`,
      payload: { ...room, version, capacity: 16 },
    });
    expect(changed.json()).toMatchObject({ capacity: 16, version: 2 });
    const stale = await lead.request({
      method: 'PUT',
      url: `/api/v1/college/rooms/${id}`,
      payload: { ...room, version, name: 'The Garden Room' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current).toMatchObject({ name: 'Room 2, The Hub', capacity: 16, version: 2 });
    const rooms = (await admin.request({ method: 'GET', url: '/api/v1/college/rooms' })).json().rooms;
    expect(rooms).toEqual([expect.objectContaining({ name: 'Room 2, The Hub', capacity: 16 })]);
  });

  it('refuses HTML, unknown rooms and people who do not run the college, writing nothing', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const html = await admin.request({
      method: 'POST',
      url: '/api/v1/college/rooms',
      payload: { ...room, accessibility: '<script>alert(1)</script>' },
    });
    expect(html.statusCode).toBe(400);
    const unknown = await admin.request({
      method: 'PUT',
      url: '/api/v1/college/rooms/0190f2a0-0000-7000-8000-000000000000',
      payload: { ...room, version: 1 },
    });
    expect(unknown.statusCode).toBe(404);
    // A trainer who does not lead the college, a student and a manager cannot add rooms.
    for (const actor of [c.trainerActor, await f.student(), await f.account('team_manager')]) {
      const client = await signInAs(app, actor.username);
      expect((await client.request({ method: 'POST', url: '/api/v1/college/rooms', payload: room })).statusCode).toBe(
        403,
      );
      expect((await client.request({ method: 'GET', url: '/api/v1/college/rooms' })).statusCode).toBe(403);
    }
    expect((await t.repositories.collegeAdmin.listRooms()).filter((r) => r.accessibility.includes('<'))).toEqual([]);
    expect((await t.repositories.collegeAdmin.listRooms()).every((r) => r.name === room.name)).toBe(true);
  });

  it('refuses a session in an unknown room or one too small for the course', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const admin = await signInAs(app, c.admin.username);
    const small = (
      await admin.request({ method: 'POST', url: '/api/v1/college/rooms', payload: { ...room, capacity: 6 } })
    ).json();
    const course = (
      await admin.request({
        method: 'POST',
        url: '/api/v1/college/courses',
        payload: {
          termId: c.term.id,
          title: 'Sleep',
          summary: 'Sleep well.',
          audience: 'Anyone',
          accessibility: '',
          designedBy: 'Amira',
          capacity: 12,
        },
      })
    ).json();
    const session = (roomId: string) => ({
      startsAt: '2026-09-08T10:00:00Z',
      endsAt: '2026-09-08T12:00:00Z',
      place: 'Room',
      trainerIds: [c.peer.id, c.practitioner.id],
      roomId,
    });
    const tooSmall = await admin.request({
      method: 'POST',
      url: `/api/v1/college/courses/${course.id}/sessions`,
      payload: session(small.id),
    });
    expect(tooSmall.statusCode).toBe(400);
    expect(tooSmall.json().error.message).toBe(
      'Room 2, The Hub holds 6, and this course has 12 places. Choose a larger room or fewer places.',
    );
    const unknown = await admin.request({
      method: 'POST',
      url: `/api/v1/college/courses/${course.id}/sessions`,
      payload: session('0190f2a0-0000-7000-8000-000000000000'),
    });
    expect(unknown.statusCode).toBe(400);
    const [view] = await t.repositories.college.listCourses({ publishedOnly: false, courseIds: [course.id] });
    expect(view?.sessions).toEqual([]);
  });
});

describe('college API: a session’s trainers', () => {
  it('lets a draft session gain its peer trainer, and keeps a published one co-delivered', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { session } = await f.publishedCourse(c);
    const admin = await signInAs(app, c.admin.username);
    const url = `/api/v1/college/sessions/${session.id}/trainers`;
    const onlyOne = await admin.request({ method: 'PUT', url, payload: { trainerIds: [c.practitioner.id] } });
    expect(onlyOne.statusCode).toBe(400);
    expect(onlyOne.json().error.message).toMatch(/keeps a peer trainer and a practitioner trainer/);
    expect((await t.repositories.college.findSession(session.id))?.trainerIds).toHaveLength(2);
    const trainer = await signInAs(app, c.trainerActor.username);
    expect(
      (await trainer.request({ method: 'PUT', url, payload: { trainerIds: [c.practitioner.id, c.peer.id] } }))
        .statusCode,
    ).toBe(403);
  });
});

describe('college API: who delivered a session', () => {
  it('lets the session’s trainer mark who delivered it on the day, and counts co-delivery from that', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { session } = await f.publishedCourse(c);
    const url = `/api/v1/college/sessions/${session.id}/delivery`;
    const stranger = await signInAs(app, (await f.college()).trainerActor.username);
    expect((await stranger.request({ method: 'GET', url })).statusCode).toBe(403);
    const trainer = await signInAs(app, c.trainerActor.username);
    const before = (await trainer.request({ method: 'GET', url })).json();
    expect(before.planned.map((p: { firstName: string }) => p.firstName)).toEqual(['Amira', 'Tom']);
    expect(before.delivered).toEqual([]);
    const early = await trainer.request({ method: 'PUT', url, payload: { trainerIds: [c.practitioner.id] } });
    expect(early.statusCode).toBe(400);
    t.setNow(new Date(session.startsAt.getTime() + 60 * 60_000));
    try {
      const onTheDay = await signInAs(app, c.trainerActor.username);
      const unknown = await onTheDay.request({
        method: 'PUT',
        url,
        payload: { trainerIds: ['0190f2a0-0000-7000-8000-000000000000'] },
      });
      expect(unknown.statusCode).toBe(400);
      // The peer trainer was ill: only the practitioner delivered it.
      const marked = await onTheDay.request({ method: 'PUT', url, payload: { trainerIds: [c.practitioner.id] } });
      expect(marked.statusCode).toBe(200);
      expect(marked.json().delivered).toEqual([
        { trainerId: c.practitioner.id, firstName: 'Tom', experience: 'practitioner' },
      ]);
      const admin = await signInAs(app, c.admin.username);
      const figures = (
        await admin.request({ method: 'GET', url: `/api/v1/college/figures?termId=${c.term.id}` })
      ).json();
      expect(figures.sessions).toEqual({ delivered: 1, coDelivered: 0, share: 0, notMarked: 0 });
      await onTheDay.request({ method: 'PUT', url, payload: { trainerIds: [c.practitioner.id, c.peer.id] } });
      const after = (await admin.request({ method: 'GET', url: `/api/v1/college/figures?termId=${c.term.id}` })).json();
      expect(after.sessions).toEqual({ delivered: 1, coDelivered: 1, share: 1, notMarked: 0 });
    } finally {
      t.setNow(new Date('2026-06-15T10:00:00Z'));
    }
  });
});

describe('college API: design notes and co-production meetings', () => {
  it('records a co-production meeting with who took part, and refuses a future date, HTML and strangers', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c);
    const url = `/api/v1/college/courses/${course.id}/design-notes`;
    const admin = await signInAs(app, c.admin.username);
    const meeting = {
      kind: 'meeting',
      heldOn: '2026-06-10',
      participants: [
        { name: 'Amira', hasLivedExperience: true },
        { name: 'Tom', hasLivedExperience: false },
      ],
      notes: 'We agreed to start with what helps, not with symptoms.',
    };
    expect((await admin.request({ method: 'POST', url, payload: meeting })).statusCode).toBe(201);
    expect(
      (await admin.request({ method: 'POST', url, payload: { ...meeting, heldOn: '2026-07-01' } })).statusCode,
    ).toBe(400);
    expect((await admin.request({ method: 'POST', url, payload: { ...meeting, participants: [] } })).statusCode).toBe(
      400,
    );
    expect((await admin.request({ method: 'POST', url, payload: { ...meeting, notes: '<b>hi</b>' } })).statusCode).toBe(
      400,
    );
    const unknown = await admin.request({
      method: 'POST',
      url: '/api/v1/college/courses/0190f2a0-0000-7000-8000-000000000000/design-notes',
      payload: meeting,
    });
    expect(unknown.statusCode).toBe(404);
    for (const actor of [await f.student(), c.trainerActor]) {
      const client = await signInAs(app, actor.username);
      expect((await client.request({ method: 'GET', url })).statusCode).toBe(403);
      expect((await client.request({ method: 'POST', url, payload: meeting })).statusCode).toBe(403);
    }
    const notes = (await admin.request({ method: 'GET', url })).json().notes;
    expect(notes).toEqual([
      expect.objectContaining({ kind: 'meeting', heldOn: '2026-06-10', participants: meeting.participants }),
    ]);
  });
});

describe('college API: figures', () => {
  it('gives enrolments and students by kind to managers and administrators, as JSON and CSV, and to no student or trainer', async () => {
    const f = createCollegeFixtures(t);
    const c = await f.college();
    const { course } = await f.publishedCourse(c, { title: 'Hope, and how to keep it' });
    for (const kind of ['carer', 'service_user', 'carer'] as const) {
      const client = await signInAs(app, (await f.student(kind)).username);
      await client.request({ method: 'POST', url: `/api/v1/college/courses/${course.id}/enrolments` });
    }
    const manager = await signInAs(app, (await f.account('team_manager')).username);
    const figures = (
      await manager.request({ method: 'GET', url: `/api/v1/college/figures?termId=${c.term.id}` })
    ).json();
    expect(figures.courses).toEqual([
      expect.objectContaining({
        courseTitle: 'Hope, and how to keep it',
        enrolled: 3,
        attendance: null,
        completion: null,
      }),
    ]);
    expect(figures.students.map((s: { kind: string; students: number }) => [s.kind, s.students])).toEqual([
      ['service_user', 1],
      ['carer', 2],
      ['staff', 0],
      ['other', 0],
    ]);
    expect(JSON.stringify(figures)).not.toMatch(/Student \d/);
    const csv = await manager.request({ method: 'GET', url: `/api/v1/college/figures.csv?termId=${c.term.id}` });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body.split('\r\n')[1]).toBe(`${c.term.name},"Hope, and how to keep it",3,1,0,,,,0,`);
    const badTerm = await manager.request({
      method: 'GET',
      url: '/api/v1/college/figures?termId=0190f2a0-0000-7000-8000-000000000000',
    });
    expect(badTerm.statusCode).toBe(400);
    for (const actor of [await f.student(), c.trainerActor]) {
      const client = await signInAs(app, actor.username);
      expect((await client.request({ method: 'GET', url: '/api/v1/college/figures' })).statusCode).toBe(403);
    }
  });
});
