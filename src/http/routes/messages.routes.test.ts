import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { signInAs, useTestApp } from '../../../test/support/http-client';
import type { TestDatabase } from '../../../test/support/test-database';
import { newId } from '../../services/new-id';

let t: TestDatabase;
let app: FastifyInstance;
useTestApp((opened) => ({ t, app } = opened));

const messagesUrl = (personId: string) => `/api/v1/people/${personId}/messages`;

/** A person with a care coordinator and a nurse in their care team, each signed in. */
async function messagingWorld() {
  const f = createFactories(t);
  const world = await f.careTeamWorld();
  const nurse = await f.worker({ teamId: world.team.id, name: 'Nia Nurse' });
  await f.membership(world.person.id, nurse.id, { role: 'nurse' });
  const nurseActor = await f.account('worker', { workerId: nurse.id });
  return {
    ...world,
    f,
    nurse,
    asPerson: await signInAs(app, world.personActor.username),
    asCoordinator: await signInAs(app, world.coordinatorActor.username),
    asNurse: await signInAs(app, nurseActor.username),
    asStranger: await signInAs(app, world.strangerActor.username),
  };
}

const messageCount = async (personId: string) =>
  (await t.repositories.messages.listForPerson(personId, { limit: 100 })).length;

describe('messages API', () => {
  it('needs a session: 401 without one', async () => {
    const world = await createFactories(t).careTeamWorld();
    expect((await app.inject({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(401);
    expect((await app.inject({ method: 'GET', url: '/api/v1/messages/inbox' })).statusCode).toBe(401);
  });

  it('puts a person’s message in the team inbox of every care-team member, and shows the sender who read it', async () => {
    const world = await messagingWorld();
    const sent = await world.asPerson.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'Could we meet at the library on Thursday instead?' },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({ authorKind: 'person', isMine: true, reads: [] });

    // The coordinator is away: the nurse sees the message waiting for the care team.
    const inbox = await world.asNurse.request({ method: 'GET', url: '/api/v1/messages/inbox' });
    expect(inbox.statusCode).toBe(200);
    expect(inbox.json()).toMatchObject({
      unreadTotal: 1,
      conversations: [{ personId: world.person.id, personName: 'Sam Taylor', unreadCount: 1, waitingForCareTeam: 1 }],
    });

    const opened = await world.asNurse.request({ method: 'GET', url: messagesUrl(world.person.id) });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({ newForReader: 1, canSend: true, basis: 'care_team' });
    expect(opened.json().messages[0].text).toBe('Could we meet at the library on Thursday instead?');

    const coordinatorInbox = (
      await world.asCoordinator.request({ method: 'GET', url: '/api/v1/messages/inbox' })
    ).json();
    expect(coordinatorInbox.conversations[0]).toMatchObject({ unreadCount: 1, waitingForCareTeam: 0 });

    const asSender = (await world.asPerson.request({ method: 'GET', url: messagesUrl(world.person.id) })).json();
    expect(asSender.messages[0].reads).toEqual([
      { readerName: expect.any(String), readerKind: 'worker', readAt: '2026-06-15T10:00:00.000Z' },
    ]);

    const reply = await world.asNurse.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'Thursday at the library is fine, 2pm.' },
    });
    expect(reply.statusCode).toBe(201);
    expect(
      (await world.asPerson.request({ method: 'GET', url: `${messagesUrl(world.person.id)}/unread` })).json(),
    ).toEqual({ unread: 1 });
  });

  it('shows the team’s hours and the crisis contacts in the conversation', async () => {
    const world = await messagingWorld();
    await t.repositories.organisation.updateTeamContact(world.team.id, 1, {
      phone: '01632 960 001',
      serviceHours: 'Monday to Friday, 9 to 5',
    });
    const body = (await world.asPerson.request({ method: 'GET', url: messagesUrl(world.person.id) })).json();
    expect(body.teamContact).toMatchObject({ phone: '01632 960 001', serviceHours: 'Monday to Friday, 9 to 5' });
    expect(Array.isArray(body.crisisContacts)).toBe(true);
  });

  it('refuses oversize text and HTML with a message, and writes nothing', async () => {
    const world = await messagingWorld();
    const tooLong = await world.asPerson.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'a'.repeat(4_001) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.message).toContain('4,000');
    const html = await world.asPerson.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'hello <img src=x onerror=alert(1)>' },
    });
    expect(html.statusCode).toBe(400);
    expect(html.json().error.message).toContain('plain text');
    const empty = await world.asPerson.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: '   ' },
    });
    expect(empty.statusCode).toBe(400);
    expect(await messageCount(world.person.id)).toBe(0);
  });

  it('keeps strangers, workers who broke glass, administrators and unknown ids out', async () => {
    const world = await messagingWorld();
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Private' } });
    expect((await world.asStranger.request({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(403);
    const strangerSend = await world.asStranger.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'Hello' },
    });
    expect(strangerSend.statusCode).toBe(403);
    await t.repositories.breakGlass.create({
      id: newId(),
      personId: world.person.id,
      accountId: world.strangerActor.accountId,
      reason: 'Emergency',
      createdAt: new Date('2026-06-15T09:00:00Z'),
      expiresAt: new Date('2026-06-15T18:00:00Z'),
    });
    expect((await world.asStranger.request({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(403);
    const asAdmin = await signInAs(app, world.admin.username);
    expect((await asAdmin.request({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(403);
    expect((await world.asCoordinator.request({ method: 'GET', url: messagesUrl(newId()) })).statusCode).toBe(404);
    expect((await world.asCoordinator.request({ method: 'GET', url: messagesUrl('not-an-id') })).statusCode).toBe(400);
    expect((await world.asStranger.request({ method: 'GET', url: '/api/v1/messages/inbox' })).json()).toEqual({
      conversations: [],
      unreadTotal: 0,
    });
    expect(await messageCount(world.person.id)).toBe(1);
  });

  it('lets a carer in only while the person shares their messages with them', async () => {
    const world = await messagingWorld();
    const withScope = await world.f.carerFor(world.person.id, ['messages']);
    const without = await world.f.carerFor(world.person.id, ['care_team', 'contacts', 'care_plan']);
    const asCarer = await signInAs(app, (await world.f.account('carer', { carerId: withScope })).username);
    const asOtherCarer = await signInAs(app, (await world.f.account('carer', { carerId: without })).username);
    const sent = await asCarer.request({
      method: 'POST',
      url: messagesUrl(world.person.id),
      payload: { text: 'Sam had a hard weekend; could someone ring?' },
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json().authorKind).toBe('carer');
    expect((await asOtherCarer.request({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(403);
  });

  it('takes a worker who leaves the care team out of the conversation and their inbox', async () => {
    const world = await messagingWorld();
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Hi' } });
    const [membership] = await t.repositories.careTeams.listActiveForWorker(
      world.person.id,
      world.nurse.id,
      '2026-06-15',
    );
    await t.repositories.careTeams.end(membership!.id, {
      endsOn: '2026-06-15',
      endReason: 'worker_changed_team',
      endNote: null,
      handoverNote: null,
    });
    expect((await world.asNurse.request({ method: 'GET', url: messagesUrl(world.person.id) })).statusCode).toBe(403);
    expect(
      (await world.asNurse.request({ method: 'GET', url: '/api/v1/messages/inbox' })).json().conversations,
    ).toEqual([]);
  });

  it('audits reading and sending in the person’s record', async () => {
    const world = await messagingWorld();
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Hi' } });
    await world.asNurse.request({ method: 'GET', url: messagesUrl(world.person.id) });
    const events = await t.repositories.audit.listForPerson(world.person.id, { limit: 10 });
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['message.send', 'messages.read']));
  });
});

describe('unread messages in the header', () => {
  const myUnread = async (client: {
    request: (o: { method: 'GET'; url: string }) => Promise<{ json: () => unknown }>;
  }) => (await client.request({ method: 'GET', url: '/api/v1/messages/unread' })).json();

  it('counts for the person, a carer they let in, and each care-team member, and drops to nothing once read', async () => {
    const world = await messagingWorld();
    const carerId = await world.f.carerFor(world.person.id, ['messages']);
    const asCarer = await signInAs(app, (await world.f.account('carer', { carerId })).username);
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Hello' } });
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Thursday?' } });
    await world.asCoordinator.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Yes' } });

    expect(await myUnread(world.asPerson)).toEqual({ unread: 1 });
    expect(await myUnread(asCarer)).toEqual({ unread: 3 });
    expect(await myUnread(world.asNurse)).toEqual({ unread: 3 });
    expect(await myUnread(world.asCoordinator)).toEqual({ unread: 2 });

    await world.asNurse.request({ method: 'GET', url: messagesUrl(world.person.id) });
    expect(await myUnread(world.asNurse)).toEqual({ unread: 0 });
    // One member reading does not read for the others.
    expect(await myUnread(world.asCoordinator)).toEqual({ unread: 2 });
  });

  it('gives a stranger, a carer without the messages scope and a withdrawn carer nothing', async () => {
    const world = await messagingWorld();
    const carerId = await world.f.carerFor(world.person.id, ['messages', 'care_team']);
    const otherCarerId = await world.f.carerFor(world.person.id, ['care_team']);
    const asCarer = await signInAs(app, (await world.f.account('carer', { carerId })).username);
    const asOtherCarer = await signInAs(app, (await world.f.account('carer', { carerId: otherCarerId })).username);
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Hello' } });

    expect(await myUnread(world.asStranger)).toEqual({ unread: 0 });
    expect(await myUnread(asOtherCarer)).toEqual({ unread: 0 });
    expect(await myUnread(asCarer)).toEqual({ unread: 1 });

    const link = await t.repositories.organisation.findCarerLink(world.person.id, carerId);
    expect(
      await t.repositories.organisation.updateCarerLinkScopes(world.person.id, carerId, link!.version, ['care_team']),
    ).toBe(true);
    // Withdrawn on the next request: no cached access.
    expect(await myUnread(asCarer)).toEqual({ unread: 0 });
    expect((await app.inject({ method: 'GET', url: '/api/v1/messages/unread' })).statusCode).toBe(401);
  });

  it('does not count a conversation the worker has left', async () => {
    const world = await messagingWorld();
    await world.asPerson.request({ method: 'POST', url: messagesUrl(world.person.id), payload: { text: 'Hi' } });
    expect(await myUnread(world.asNurse)).toEqual({ unread: 1 });
    const [membership] = await t.repositories.careTeams.listActiveForWorker(
      world.person.id,
      world.nurse.id,
      '2026-06-15',
    );
    await t.repositories.careTeams.end(membership!.id, {
      endsOn: '2026-06-15',
      endReason: 'worker_changed_team',
      endNote: null,
      handoverNote: null,
    });
    expect(await myUnread(world.asNurse)).toEqual({ unread: 0 });
  });
});

describe('the person’s safety-plan contacts beside the service hours', () => {
  it('shows the person’s own contact sections to those who may see the safety plan, and to no one else', async () => {
    const world = await messagingWorld();
    const planUrl = `/api/v1/people/${world.person.id}/safety-plan/sections`;
    const saved = await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl}/people_to_ask`,
      payload: { text: 'My sister Jo, 07700 900123', baseVersion: 0 },
    });
    expect(saved.statusCode).toBe(200);
    await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl}/professionals`,
      payload: { text: 'GP surgery, 01632 960 002', baseVersion: 1 },
    });
    await world.asPerson.request({
      method: 'PUT',
      url: `${planUrl}/warning_signs`,
      payload: { text: 'I stop answering my phone.', baseVersion: 2 },
    });
    const expected = [
      { key: 'people_to_ask', heading: 'People I can ask for help', text: 'My sister Jo, 07700 900123' },
      { key: 'professionals', heading: 'Professionals and services to contact', text: 'GP surgery, 01632 960 002' },
    ];
    for (const reader of [world.asPerson, world.asNurse]) {
      expect(
        (await reader.request({ method: 'GET', url: messagesUrl(world.person.id) })).json().safetyPlanContacts,
      ).toEqual(expected);
    }
    // A carer in the messages but not the safety plan sees the service hours only.
    const messagesOnly = await world.f.carerFor(world.person.id, ['messages']);
    const both = await world.f.carerFor(world.person.id, ['messages', 'safety_plan']);
    const asMessagesOnly = await signInAs(app, (await world.f.account('carer', { carerId: messagesOnly })).username);
    const asBoth = await signInAs(app, (await world.f.account('carer', { carerId: both })).username);
    const carerView = (await asMessagesOnly.request({ method: 'GET', url: messagesUrl(world.person.id) })).json();
    expect(carerView.safetyPlanContacts).toBeNull();
    expect(JSON.stringify(carerView)).not.toContain('07700 900123');
    expect(
      (await asBoth.request({ method: 'GET', url: messagesUrl(world.person.id) })).json().safetyPlanContacts,
    ).toEqual(expected);
  });

  it('gives an empty list when the person has not written those sections', async () => {
    const world = await messagingWorld();
    const body = (await world.asPerson.request({ method: 'GET', url: messagesUrl(world.person.id) })).json();
    expect(body.safetyPlanContacts).toEqual([]);
  });
});
