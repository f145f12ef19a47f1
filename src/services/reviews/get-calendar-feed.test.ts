import { describe, expect, it } from 'vitest';
import { createFactories } from '../../../test/support/factories';
import { type TestDatabase, useTestDatabase } from '../../../test/support/test-database';
import { newId } from '../new-id';
import { getCalendarFeedStatus, revokeCalendarFeed, rotateCalendarFeed } from './calendar-feed-settings';
import { getCalendarFeed } from './get-calendar-feed';

let t: TestDatabase;
useTestDatabase((opened) => (t = opened));

const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('the calendar feed', () => {
  it('lists the reviews of the worker’s caseload, escaped and folded, and nobody else’s', async () => {
    const f = createFactories(t);
    const world = await f.careTeamWorld();
    const long = await f.person({
      teamId: world.team.id,
      name: 'Alexandria Montgomery-Fitzwilliam Worthington-Smythe',
      preferredName: 'Lexi, "Lex"; the\nGreat',
    });
    await f.membership(long.id, world.coordinator.id, { role: 'nurse' });
    const elsewhere = await f.careTeamWorld();
    const add = async (personId: string, dueOn: string, heldOn: string | null = null) => {
      const id = newId();
      await t.repositories.reviews.create({ id, personId, dueOn, heldOn });
      return id;
    };
    await add(world.person.id, '2026-09-01');
    await add(world.person.id, '2025-09-01', '2025-09-03');
    await add(world.person.id, '2024-09-01', '2024-09-05'); // held over a year ago: no longer shown
    await add(long.id, '2026-07-10');
    const notMine = await add(elsewhere.person.id, '2026-08-01');

    const { token } = await rotateCalendarFeed(t.deps, world.coordinatorActor);
    const feed = await getCalendarFeed(t.deps, { token });

    const lines = feed.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const text = unfold(feed);
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(text).toContain('SUMMARY:Care plan review due: Sam T.\r\nDESCRIPTION:');
    expect(text).toContain('DTSTART;VALUE=DATE:20260901');
    expect(text).toContain('SUMMARY:Care plan review held: Sam T.');
    expect(text).toContain('SUMMARY:Care plan review due: Lexi\\, "Lex"\\; the\\nGreat W.');
    expect(feed).toContain('\r\n '); // the long description was folded
    expect(text).not.toContain(notMine);
    const status = await getCalendarFeedStatus(t.deps, world.coordinatorActor);
    expect(status).toMatchObject({ isActive: true, lastUsedAt: t.deps.now() });
  });

  it('answers 404 for an unknown token, an old token after rotation and a revoked one', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(getCalendarFeed(t.deps, { token: 'not-a-token' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCalendarFeed(t.deps, { token: 'A'.repeat(43) })).rejects.toMatchObject({ code: 'not_found' });
    const first = await rotateCalendarFeed(t.deps, world.coordinatorActor);
    const second = await rotateCalendarFeed(t.deps, world.coordinatorActor);
    await expect(getCalendarFeed(t.deps, { token: first.token })).rejects.toMatchObject({ code: 'not_found' });
    await expect(getCalendarFeed(t.deps, { token: second.token })).resolves.toContain('BEGIN:VCALENDAR');
    await revokeCalendarFeed(t.deps, world.coordinatorActor);
    await expect(getCalendarFeed(t.deps, { token: second.token })).rejects.toMatchObject({ code: 'not_found' });
  });

  it('is for workers only', async () => {
    const world = await createFactories(t).careTeamWorld();
    await expect(rotateCalendarFeed(t.deps, world.personActor)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
